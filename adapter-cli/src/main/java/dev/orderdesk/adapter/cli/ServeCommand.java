package dev.orderdesk.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP API until SIGTERM (migrating first unless MIGRATE_ON_START=false).")
final class ServeCommand implements Callable<Integer> {

    private final Operations operations;

    ServeCommand(Operations operations) {
        this.operations = operations;
    }

    @Override
    public Integer call() {
        operations.serve();
        return ExitCodes.OK;
    }
}
