package dev.orderdesk.adapter.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where commands read and write: the environment (for secrets such as {@code ADMIN_PASSWORD}), a password prompt
 * that does not echo, and the two output streams. Tests pass their own.
 */
public record Terminal(Map<String, String> environment, PasswordPrompt prompt, PrintWriter out, PrintWriter err) {

    public Terminal {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** Asks for a secret: without echo on a terminal, else the first line of standard input; empty at end of input. */
    @FunctionalInterface
    public interface PasswordPrompt {
        Optional<String> read(String question);
    }
}
