package dev.orderdesk.adapter.cli;

import java.util.List;

/**
 * A problem the operator must fix, already worded for them (one line each): invalid settings (exit 2) or a
 * dependency that cannot be reached (exit 1). No stack trace is shown for it.
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
        return new OperationFailure(ExitCodes.USAGE, problems);
    }

    public static OperationFailure unreachable(String line) {
        return new OperationFailure(ExitCodes.FAILURE, List.of(line));
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> lines() {
        return lines;
    }
}
