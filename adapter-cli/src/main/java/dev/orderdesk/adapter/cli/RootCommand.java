package dev.orderdesk.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code orderdesk}: without a command it serves, as the jar always has. */
@Command(name = "orderdesk", mixinStandardHelpOptions = true,
        description = "Orderdesk: users, authentication and orders over REST. Without a command: serve.")
final class RootCommand implements Callable<Integer> {

    private final Operations operations;

    RootCommand(Operations operations) {
        this.operations = operations;
    }

    @Override
    public Integer call() {
        operations.serve();
        return ExitCodes.OK;
    }
}
