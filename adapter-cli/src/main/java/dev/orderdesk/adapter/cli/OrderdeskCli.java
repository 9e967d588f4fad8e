package dev.orderdesk.adapter.cli;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Violation;
import picocli.CommandLine;

/**
 * The command line's entry point: {@code serve} (also when no command is given), {@code migrate},
 * {@code db status}, {@code check}, {@code create-admin}, {@code users …} and {@code orders place}, each with
 * {@code --help};
 * {@code --version} on the whole.
 */
public final class OrderdeskCli {

    private OrderdeskCli() {
    }

    /** @return the process exit status */
    public static int run(String[] args, Operations operations, Terminal terminal) {
        CommandLine commandLine = new CommandLine(new RootCommand(operations))
                .addSubcommand(new ServeCommand(operations))
                .addSubcommand(new MigrateCommand(operations))
                .addSubcommand(new CommandLine(new DbCommand())
                        .addSubcommand(new DbStatusCommand(operations, terminal)))
                .addSubcommand(new CheckCommand(operations, terminal))
                .addSubcommand(new CreateAdminCommand(operations, terminal))
                .addSubcommand(new UsersCommand(operations, terminal))
                .addSubcommand(new OrdersCommand(operations, terminal))
                .setOut(terminal.out())
                .setErr(terminal.err())
                .setExecutionExceptionHandler((failure, command, parsed) -> report(failure, terminal));
        commandLine.getCommandSpec().version(operations.version());
        try {
            return commandLine.execute(args);
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    /** Operator-facing failures become one line each and their exit code; anything else is a bug and says so. */
    private static int report(Exception failure, Terminal terminal) throws Exception {
        if (failure instanceof OperationFailure operation) {
            operation.lines().forEach(terminal.err()::println);
            return operation.exitCode();
        }
        if (failure instanceof DomainException refused) {
            StringBuilder line = new StringBuilder("error: ").append(refused.getMessage())
                    .append(" (").append(refused.code()).append(')');
            for (Violation violation : refused.violations()) {
                line.append("; ").append(violation.field()).append(": ").append(violation.message());
            }
            terminal.err().println(line);
            return ExitCodes.of(refused.code().kind());
        }
        throw failure;
    }
}
