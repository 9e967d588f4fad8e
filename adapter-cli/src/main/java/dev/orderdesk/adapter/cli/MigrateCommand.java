package dev.orderdesk.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create the database if it is missing, apply every pending migration and exit.")
final class MigrateCommand implements Callable<Integer> {

    private final Operations operations;

    MigrateCommand(Operations operations) {
        this.operations = operations;
    }

    @Override
    public Integer call() {
        operations.migrate();
        return ExitCodes.OK;
    }
}
