package dev.orderdesk.application.policy;

import dev.orderdesk.application.port.out.AttemptLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits password guesses per account. Every attempt counts as a failure from the moment it starts, so parallel
 * guesses cannot slip past the limit while the slow password check runs; a success clears the count, and an
 * attempt that ended before any password was checked (hashing busy, database down) is taken back.
 */
public final class LockoutPolicy {

    private final AttemptLog attempts;
    private final LockoutSettings settings;

    public LockoutPolicy(AttemptLog attempts, LockoutSettings settings) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Counts one attempt on the account; when present, the account is locked for that long and nothing was counted. */
    public Optional<Duration> begin(String account, Instant now) {
        return attempts.recordUnlessFull(account, now, settings.window(), settings.maxFailures())
                .map(unlocksAt -> Duration.between(now, unlocksAt));
    }

    /** The attempt begun at {@code begunAt} checked no password: it must not bring the account closer to a lock-out. */
    public void withdraw(String account, Instant begunAt) {
        attempts.remove(account, begunAt);
    }

    /** The password was right: forget the account's failures. */
    public void succeeded(String account) {
        attempts.clear(account);
    }
}
