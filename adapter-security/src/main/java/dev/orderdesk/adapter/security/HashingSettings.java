package dev.orderdesk.adapter.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How passwords are hashed: bcrypt's cost, the pepper of the HMAC pre-hash, and the bounded pool bcrypt runs on.
 * The constants are the defaults and bounds a composition root reads the settings with.
 *
 * @param threads bcrypt runs on this many dedicated threads
 * @param queue   hard cap on hashes waiting for a thread, for memory's sake; the budget normally binds first
 * @param maxWait a hash is admitted only when its predicted wait for a thread is at most this long
 */
public record HashingSettings(int bcryptCost, byte[] pepper, int threads, int queue, Duration maxWait) {

    public static final int DEFAULT_COST = 12;
    /** Below this, production hashes are too cheap to brute-force slowly; tests may go down to bcrypt's own minimum. */
    public static final int MIN_PRODUCTION_COST = 10;
    public static final int MIN_COST = 4;
    public static final int MAX_COST = 31;
    public static final int MAX_THREADS = 1_024;
    public static final int MAX_QUEUE = 10_000;
    /**
     * A refusal's Retry-After is the predicted wait, so refusing a wait the caller would have sat through gains
     * nothing: the budget is the longest wait worth sitting through, about the 10 s a person's attention stays on
     * one action. It stays inside the 20 s drain and a balancer's 30 s server timeout. 3 s was too short: 50
     * registrations at cost 10 on 2 busy cores (load 7) took 3.5 to 5.3 s, and 3 s refused 14 of them.
     */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(10);
    public static final Duration LONGEST_MAX_WAIT = Duration.ofSeconds(60);
    /** Faster than bcrypt at the lowest production cost (10) on any current core (65 ms here); sizes the default cap. */
    static final Duration FASTEST_PLAUSIBLE_HASH = Duration.ofMillis(20);

    public HashingSettings {
        Objects.requireNonNull(pepper, "pepper");
        Objects.requireNonNull(maxWait, "maxWait");
        if (bcryptCost < MIN_COST || bcryptCost > MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between " + MIN_COST + " and " + MAX_COST);
        }
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("threads must be at least 1 and queue at least 0");
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("the maximum wait must not be negative");
        }
    }

    /** Hashing threads by default: one per core, since bcrypt is pure CPU. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The default hard cap on waiting hashes: as many as {@code threads} could clear within {@code maxWait} at the
     * fastest plausible hash time, so it never binds before the budget at a production cost (at least the former
     * default of two per thread, at most {@link #MAX_QUEUE}).
     */
    public static int defaultQueue(int threads, Duration maxWait) {
        long perThread = maxWait.toMillis() / FASTEST_PLAUSIBLE_HASH.toMillis();
        return (int) Math.min(MAX_QUEUE, Math.max(2L, perThread) * threads);
    }

    @Override
    public String toString() {
        return "HashingSettings[bcryptCost=" + bcryptCost + ", pepper=***, threads=" + threads + ", queue=" + queue
                + ", maxWait=" + maxWait + "]";
    }
}
