package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a slow hasher on its own fixed pool of platform threads and admits at most {@code threads + queue} hashes
 * at a time. A hash not admitted within {@code admissionWait} fails at once with {@link ErrorCode#SERVER_BUSY}
 * (503 with Retry-After) instead of queueing for seconds. So a login flood uses at most {@code threads} cores and
 * never the request threads (or virtual-thread carriers) that every other endpoint needs.
 */
public final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final PasswordHasher delegate;
    private final ExecutorService pool;
    private final Semaphore admission;
    private final long admissionWaitNanos;
    private final int capacity;

    /** Bcrypt with the settings' cost and pepper, on the settings' bounded pool. */
    public static BoundedPasswordHasher bcrypt(HashingSettings settings) {
        return new BoundedPasswordHasher(new BcryptPasswordHasher(settings.bcryptCost(), settings.pepper()),
                settings.threads(), settings.queue(), settings.admissionWait());
    }

    public BoundedPasswordHasher(PasswordHasher delegate, int threads, int queue, Duration admissionWait) {
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("threads must be ≥ 1 and queue ≥ 0");
        }
        this.delegate = delegate;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "password-hasher-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.capacity = threads + queue;
        this.admission = new Semaphore(capacity);
        this.admissionWaitNanos = admissionWait.toNanos();
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
        try {
            if (!admission.tryAcquire(admissionWaitNanos, TimeUnit.NANOSECONDS)) {
                throw new RateLimitedException(ErrorCode.SERVER_BUSY,
                        "Too many password checks in progress; retry shortly", RETRY_AFTER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to hash a password", e);
        }
        try {
            return pool.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("password hashing failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        } finally {
            admission.release();
        }
    }

    /** How many hashes are running or waiting for a thread now. */
    public int admitted() {
        return capacity - admission.availablePermits();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
