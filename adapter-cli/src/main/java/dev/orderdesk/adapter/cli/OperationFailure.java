package dev.orderdesk.adapter.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A problem the operator must fix, already worded for them: invalid settings (exit 2, one line per problem), or a
 * command that could not do its work (exit 1, one line: a database that cannot be reached or refuses us, pending
 * migrations). No stack trace is shown for it.
 */
public final class OperationFailure extends RuntimeException {

    private final int exitCode;
    private final List<String> lines;

    private OperationFailure(int exitCode, List<String> lines) {
        super(String.join("; ", lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    public static OperationFailure invalidSettings(List<String> problems) {
        List<String> lines = new ArrayList<>(List.of("Invalid configuration:"));
        problems.forEach(problem -> lines.add("  - " + problem));
        return new OperationFailure(ExitCodes.USAGE, lines);
    }

    public static OperationFailure failed(String line) {
        return new OperationFailure(ExitCodes.FAILURE, List.of(line));
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> lines() {
        return lines;
    }
}
