package dev.orderdesk.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code orderdesk}: without a command it serves, as the jar always has. */
@Command(name = "orderdesk", mixinStandardHelpOptions = true,
        description = "Orderdesk: users, authentication and orders over REST. Without a command: serve.")
final class RootCommand implements Callable<Integer> {

    private final ServeCommand serve;

    RootCommand(Operations operations) {
        this.serve = new ServeCommand(operations);
    }

    @Override
    public Integer call() {
        return serve.call();
    }
}
