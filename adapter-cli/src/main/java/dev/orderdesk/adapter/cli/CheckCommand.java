package dev.orderdesk.adapter.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check settings, Redis (when REDIS_URL is set), the database and its migrations; exit 0 when "
                + "ready to serve, else one line per problem (usable as a container start-up check).")
final class CheckCommand implements Callable<Integer> {

    private final Operations operations;
    private final Terminal terminal;

    CheckCommand(Operations operations, Terminal terminal) {
        this.operations = operations;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<String> problems = operations.check();
        if (problems.isEmpty()) {
            terminal.out().println("OK: settings valid, database reachable, migrations up to date");
            return ExitCodes.OK;
        }
        problems.forEach(terminal.err()::println);
        return ExitCodes.FAILURE;
    }
}
