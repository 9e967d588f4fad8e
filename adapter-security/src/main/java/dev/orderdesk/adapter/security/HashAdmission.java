package dev.orderdesk.adapter.security;

import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Admits a hash when its predicted wait for a thread fits the budget: {@code ahead × hashTime ÷ threads}, where
 * {@code ahead} is how many admitted hashes must finish before it gets a thread (none while a thread is free) and
 * {@code hashTime} a moving average of measured hashes. Lock-free: {@link #admit()} takes its place with one atomic
 * increment first and judges that place, so concurrent callers each judge a distinct place and together never
 * exceed the budget; a refused caller gives its place back. A hard cap on waiting hashes bounds memory whatever
 * the estimate says.
 */
final class HashAdmission {

    /** Each measured hash moves the estimate a quarter of the way: a few hashes follow a change of speed. */
    private static final int SMOOTHING = 4;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int threads;
    private final int capacity;
    private final long maxWaitNanos;
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicLong hashNanos;
    private final AtomicBoolean seeded = new AtomicBoolean(true);

    /**
     * @param maxQueued hard cap on hashes waiting for a thread
     * @param maxWait   the longest predicted wait admitted
     * @param seed      the hash time assumed until the first hash is measured
     */
    HashAdmission(int threads, int maxQueued, Duration maxWait, Duration seed) {
        if (threads < 1 || maxQueued < 0 || maxWait.isNegative() || seed.isNegative() || seed.isZero()) {
            throw new IllegalArgumentException("threads ≥ 1, queue ≥ 0, max wait ≥ 0 and a positive seed are required");
        }
        this.threads = threads;
        this.capacity = threads + maxQueued;
        this.maxWaitNanos = maxWait.toNanos();
        this.hashNanos = new AtomicLong(seed.toNanos());
    }

    /**
     * Takes a place, to be given back with {@link #release()}.
     *
     * @throws RateLimitedException {@code SERVER_BUSY}, with the predicted wait rounded up to seconds as Retry-After
     */
    void admit() {
        int place = admitted.getAndIncrement();
        long wait = predictedWaitNanos(place);
        if (place >= capacity || wait > maxWaitNanos) {
            admitted.decrementAndGet();
            throw new RateLimitedException(ErrorCode.SERVER_BUSY, "Too many password checks in progress; retry shortly",
                    Duration.ofSeconds(Math.max(1, (wait + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND)));
        }
    }

    void release() {
        admitted.decrementAndGet();
    }

    /** Adds one measured hash to the estimate. */
    void record(long nanos) {
        // The seed is timed on a cold JVM (bcrypt cost 10 here: 360 ms cold, 70 ms warm), so it only stands in
        // until the first real measurement replaces it; from then on the average moves.
        if (seeded.compareAndSet(true, false)) {
            hashNanos.set(nanos);
        } else {
            hashNanos.accumulateAndGet(nanos, (estimate, sample) -> estimate + (sample - estimate) / SMOOTHING);
        }
    }

    /** The wait predicted for a hash with {@code place} admitted hashes before it; saturates instead of overflowing. */
    private long predictedWaitNanos(int place) {
        int ahead = Math.max(0, place - threads + 1);
        return (long) Math.min(Long.MAX_VALUE / 2.0, (double) ahead * hashNanos.get() / threads);
    }

    /** How many hashes are running or waiting for a thread now. */
    int admitted() {
        return admitted.get();
    }

    /** The hash time predictions use now. */
    Duration hashTime() {
        return Duration.ofNanos(hashNanos.get());
    }
}
