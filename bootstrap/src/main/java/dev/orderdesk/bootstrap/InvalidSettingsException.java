package dev.orderdesk.bootstrap;

import java.util.List;

/** Start-up configuration is wrong; lists every problem by variable name, never a secret's value. */
public final class InvalidSettingsException extends RuntimeException {

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super("Invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
