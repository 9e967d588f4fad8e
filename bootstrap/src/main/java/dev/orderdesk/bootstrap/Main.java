package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.cli.OrderdeskCli;
import dev.orderdesk.adapter.cli.Terminal;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The jar's entry point: the command line ({@link OrderdeskCli}) over this process's environment, the working
 * directory's {@code .env} and its terminal. Without a command the jar serves, as it always has.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        boolean serving = args.length == 0 || args[0].equals("serve");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Path workingDirectory = Path.of("");
        int status = OrderdeskCli.run(args, new CommandLineOperations(System.getenv(), workingDirectory, !serving),
                new Terminal(ConfigurationVariables.read(System.getenv(), workingDirectory).values(), Main::readPassword, out, err));
        // Lines still queued for the log writer would die with the JVM; serve flushes in its own stop sequence.
        Logging.flush();
        System.exit(status);
    }

    private static Optional<String> readPassword(String question) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword(question);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        try {
            return Optional.ofNullable(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
