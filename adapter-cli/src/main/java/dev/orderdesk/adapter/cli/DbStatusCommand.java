package dev.orderdesk.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List applied and pending changesets; exit 0 when up to date, 1 when some are pending.")
final class DbStatusCommand implements Callable<Integer> {

    private final Operations operations;
    private final Terminal terminal;

    DbStatusCommand(Operations operations, Terminal terminal) {
        this.operations = operations;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        MigrationStatus status = operations.migrationStatus();
        status.applied().forEach(id -> terminal.out().println("applied  " + id));
        status.pending().forEach(id -> terminal.out().println("pending  " + id));
        terminal.out().println(status.upToDate()
                ? "Up to date: " + status.applied().size() + " changesets applied"
                : status.pending().size() + " changesets pending; run: orderdesk migrate");
        return status.upToDate() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
