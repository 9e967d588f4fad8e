package dev.orderdesk.adapter.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How passwords are hashed: bcrypt's cost, the pepper of the HMAC pre-hash, and the bounded pool bcrypt runs on.
 * The constants are the defaults and bounds a composition root reads the settings with.
 *
 * @param threads       bcrypt runs on this many dedicated threads
 * @param queue         this many hashes may wait for a thread
 * @param admissionWait how long a hash may wait for a place before it is refused as busy
 */
public record HashingSettings(int bcryptCost, byte[] pepper, int threads, int queue, Duration admissionWait) {

    public static final int DEFAULT_COST = 12;
    /** Below this, production hashes are too cheap to brute-force slowly; tests may go down to bcrypt's own minimum. */
    public static final int MIN_PRODUCTION_COST = 10;
    public static final int MIN_COST = 4;
    public static final int MAX_COST = 31;
    public static final int MAX_THREADS = 1_024;
    public static final int MAX_QUEUE = 10_000;
    /**
     * Short, so a flood gets fast answers, yet long enough that a burst slightly over capacity is absorbed.
     */
    public static final Duration DEFAULT_ADMISSION_WAIT = Duration.ofMillis(100);

    public HashingSettings {
        Objects.requireNonNull(pepper, "pepper");
        Objects.requireNonNull(admissionWait, "admissionWait");
        if (bcryptCost < MIN_COST || bcryptCost > MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between " + MIN_COST + " and " + MAX_COST);
        }
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("threads must be at least 1 and queue at least 0");
        }
    }

    /** Hashing threads by default: one per core, since bcrypt is pure CPU. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public String toString() {
        return "HashingSettings[bcryptCost=" + bcryptCost + ", pepper=***, threads=" + threads + ", queue=" + queue + "]";
    }
}
