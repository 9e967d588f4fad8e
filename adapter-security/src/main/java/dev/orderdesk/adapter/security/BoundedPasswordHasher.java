package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Runs a slow hasher on its own fixed pool of platform threads, admitting a hash only when its predicted wait for a
 * thread fits a budget ({@link HashAdmission}); beyond it the hash fails at once with {@link ErrorCode#SERVER_BUSY}
 * (503, Retry-After = the predicted wait). So a burst that the pool can clear within the budget is served in full,
 * a flood gets fast answers instead of queueing for long, and hashing uses at most {@code threads} cores and never
 * the request threads (or virtual-thread carriers) that every other endpoint needs.
 */
public final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {

    private static final PlainPassword WARM_UP = PlainPassword.of("warm-up password, timed and thrown away");

    private final PasswordHasher delegate;
    private final ExecutorService pool;
    private final HashAdmission admission;
    private final LongSupplier nanoTime;

    /**
     * Bcrypt with the settings' cost and pepper, on the settings' bounded pool. Times one hash first: predictions
     * need a hash time before any hash has been measured, and a cold first hash errs on the slow, safe side.
     */
    public static BoundedPasswordHasher bcrypt(HashingSettings settings) {
        BcryptPasswordHasher bcrypt = new BcryptPasswordHasher(settings.bcryptCost(), settings.pepper());
        long start = System.nanoTime();
        bcrypt.hash(WARM_UP);
        Duration seed = Duration.ofNanos(Math.max(1, System.nanoTime() - start));
        return new BoundedPasswordHasher(bcrypt, settings.threads(), settings.queue(), settings.maxWait(), seed);
    }

    /**
     * @param queue   hard cap on hashes waiting for a thread
     * @param maxWait the longest predicted wait for a thread that is admitted
     * @param seed    the hash time assumed until the first hash is measured
     */
    public BoundedPasswordHasher(PasswordHasher delegate, int threads, int queue, Duration maxWait, Duration seed) {
        this(delegate, threads, queue, maxWait, seed, System::nanoTime);
    }

    /** {@code nanoTime} times each hash; tests pass one they move. */
    BoundedPasswordHasher(PasswordHasher delegate, int threads, int queue, Duration maxWait, Duration seed,
                          LongSupplier nanoTime) {
        this.admission = new HashAdmission(threads, queue, maxWait, seed);
        this.delegate = delegate;
        this.nanoTime = nanoTime;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "password-hasher-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        return run(() -> delegate.hash(password));
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        return run(() -> delegate.matches(password, hash));
    }

    private <T> T run(Callable<T> work) {
        admission.admit();
        Future<T> result;
        try {
            result = pool.submit(() -> timed(work));
        } catch (RejectedExecutionException e) {
            admission.release();
            throw new IllegalStateException("the password hasher is closed", e);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("password hashing failed", e.getCause());
        } catch (InterruptedException e) {
            // The hash still runs and gives its place back, so the count of admitted hashes stays true.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        }
    }

    /** Runs on a pool thread: times the hash alone (not its wait) and gives the place back when it ends. */
    private <T> T timed(Callable<T> work) throws Exception {
        try {
            long start = nanoTime.getAsLong();
            T value = work.call();
            admission.record(nanoTime.getAsLong() - start);
            return value;
        } finally {
            admission.release();
        }
    }

    /** How many hashes are running or waiting for a thread now. */
    public int admitted() {
        return admission.admitted();
    }

    /** The hash time that predictions use now: the moving average of measured hashes. */
    public Duration hashTime() {
        return admission.hashTime();
    }

    @Override
    public void close() {
        // Hashes still waiting never run: cancel them, so their callers get an answer instead of waiting forever.
        for (Runnable waiting : pool.shutdownNow()) {
            if (waiting instanceof Future<?> future) {
                future.cancel(false);
            }
        }
    }
}
