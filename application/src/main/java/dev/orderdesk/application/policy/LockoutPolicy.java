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

    /**
     * Creates the policy over a store that counts atomically, shared by every instance.
     *
     * @param attempts the attempts per account
     * @param settings how many failures in which window lock an account
     */
    public LockoutPolicy(AttemptLog attempts, LockoutSettings settings) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Counts one attempt on the account, before its password is checked.
     *
     * @param account the normalised email tried
     * @param now     when the attempt started
     * @return empty when the attempt may go on; otherwise the account is locked for that long and nothing was counted
     */
    public Optional<Duration> begin(String account, Instant now) {
        return attempts.recordUnlessFull(account, now, settings.window(), settings.maxFailures())
                .map(unlocksAt -> Duration.between(now, unlocksAt));
    }

    /**
     * The attempt begun at {@code begunAt} checked no password: it must not bring the account closer to a lock-out.
     *
     * @param account the account of the attempt
     * @param begunAt the instant passed to {@link #begin}
     */
    public void withdraw(String account, Instant begunAt) {
        attempts.remove(account, begunAt);
    }

    /**
     * The password was right: forget the account's failures.
     *
     * @param account the account that logged in
     */
    public void succeeded(String account) {
        attempts.clear(account);
    }
}
