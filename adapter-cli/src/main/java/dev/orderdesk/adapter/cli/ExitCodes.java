package dev.orderdesk.adapter.cli;

import dev.orderdesk.domain.ErrorKind;

/**
 * The command line's exit codes: the catalogue's error kinds map to the BSD {@code sysexits.h} codes operators and
 * scripts already know, in one exhaustive switch (a new kind does not compile until it is mapped). A provisioning
 * script can, say, treat 73 from {@code create-admin} as "already there".
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** The command could not do its work: a dependency is unreachable, or {@code check}/{@code db status} found problems. */
    public static final int FAILURE = 1;
    /** The command line or the configuration is wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }

    public static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 65;          // EX_DATAERR
            case NOT_FOUND -> 67;        // EX_NOUSER
            case CONFLICT -> 73;         // EX_CANTCREAT: it exists already, or changed meanwhile
            case UNAUTHENTICATED, FORBIDDEN -> 77; // EX_NOPERM
            case RATE_LIMITED, UNAVAILABLE -> 75;  // EX_TEMPFAIL: try again later
        };
    }
}
