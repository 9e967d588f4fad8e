package dev.orderdesk.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how many callers' accounts an instance may remember between requests. Changes are announced to every
 * instance, so {@code maxAge} is only the safety net for an announcement that never arrived.
 *
 * @param maxAge     the longest an account is remembered; zero remembers nothing (every request reads the account)
 * @param maxEntries the most accounts remembered at once
 */
public record CallerCacheSettings(Duration maxAge, int maxEntries) {

    /** The longest {@code maxAge} configuration accepts, five minutes. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** The most entries configuration accepts. */
    public static final int MAX_ENTRIES = 1_000_000;
    // After the bounds: the constructor checks against them while the class initialises.
    /** Thirty seconds, ten thousand accounts (a few megabytes at most). */
    public static final CallerCacheSettings DEFAULTS = new CallerCacheSettings(Duration.ofSeconds(30), 10_000);

    /**
     * Checks the bounds; a programming error otherwise, as configuration validates first.
     *
     * @param maxAge     the longest an account is remembered
     * @param maxEntries the most accounts remembered at once
     */
    public CallerCacheSettings {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.compareTo(MAX_AGE) > 0) {
            throw new IllegalArgumentException("maxAge must be between zero and " + MAX_AGE);
        }
        if (maxEntries < 1 || maxEntries > MAX_ENTRIES) {
            throw new IllegalArgumentException("maxEntries must be between 1 and " + MAX_ENTRIES);
        }
    }
}
