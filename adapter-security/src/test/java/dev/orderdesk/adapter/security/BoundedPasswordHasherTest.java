package dev.orderdesk.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {

    private static final PlainPassword PASSWORD = PlainPassword.of("correct horse battery");
    private final BcryptPasswordHasher bcrypt =
            new BcryptPasswordHasher(4, "test-pepper-of-a-reasonable-length".getBytes(StandardCharsets.UTF_8));
    private final GatedHasher gated = new GatedHasher(bcrypt);
    // A budget no test here reaches: these tests are about the pool and the hard cap (HashAdmissionTest: the budget).
    private final BoundedPasswordHasher bounded =
            new BoundedPasswordHasher(gated, 1, 1, Duration.ofSeconds(60), Duration.ofMillis(1));
    /** Callers that block, each on its own thread (the common pool may have too few). */
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void close() {
        gated.open();
        bounded.close();
        callers.shutdownNow();
    }

    @Test
    void hashesOnItsOwnThreadsWithTheDelegatesResult() {
        gated.open();
        PasswordHash hash = bounded.hash(PASSWORD);

        assertThat(bounded.matches(PASSWORD, hash)).isTrue();
        assertThat(bounded.matches(PlainPassword.of("wrong horse battery"), hash)).isFalse();
        assertThat(gated.threads).allMatch(name -> name.startsWith("password-hasher-"));
    }

    @Test
    void refusesWorkBeyondThreadsPlusQueueAtOnceAndRecoversWhenItDrains() throws Exception {
        // One thread, a queue of one: the first check runs (held at the gate), the second waits, the third is refused.
        PasswordHash hash = bcrypt.hash(PASSWORD);
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> bounded.matches(PASSWORD, hash), callers);
        gated.awaitEntered(1);
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> bounded.matches(PASSWORD, hash), callers);
        awaitAdmitted(bounded, 2);

        assertThatThrownBy(() -> bounded.matches(PASSWORD, hash))
                .isInstanceOfSatisfying(RateLimitedException.class, busy -> {
                    assertThat(busy.code()).isEqualTo(ErrorCode.SERVER_BUSY);
                    assertThat(busy.retryAfter()).isPositive();
                });

        gated.open();
        assertThat(running.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queued.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bounded.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void passesTheDelegatesFailuresThroughAndFreesItsPlace() {
        PasswordHasher broken = new PasswordHasher() {
            @Override
            public PasswordHash hash(PlainPassword password) {
                throw new IllegalStateException("hasher broke");
            }

            @Override
            public boolean matches(PlainPassword password, PasswordHash hash) {
                throw new IllegalStateException("hasher broke");
            }
        };
        try (BoundedPasswordHasher failing = new BoundedPasswordHasher(broken, 1, 0, Duration.ofSeconds(60), Duration.ofMillis(1))) {
            assertThatThrownBy(() -> failing.hash(PASSWORD)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("hasher broke");
            assertThat(failing.admitted()).isZero();
        }
    }

    @Test
    void timesEachHashOnItsThreadAndRefusesWithThePredictedWaitWhenTheBudgetIsFull() throws Exception {
        // Each hash "takes" 400 ms of a clock the hasher reads and the fake hasher moves: no sleeping.
        AtomicLong clock = new AtomicLong();
        GatedHasher slow = new GatedHasher(new PasswordHasher() {
            @Override
            public PasswordHash hash(PlainPassword password) {
                clock.addAndGet(Duration.ofMillis(400).toNanos());
                return new PasswordHash("fake");
            }

            @Override
            public boolean matches(PlainPassword password, PasswordHash hash) {
                return hash(password) != null;
            }
        });
        try (BoundedPasswordHasher timed = new BoundedPasswordHasher(slow, 1, 100, Duration.ofSeconds(1),
                Duration.ofSeconds(5), clock::get)) {
            slow.open();
            timed.hash(PASSWORD);
            timed.hash(PASSWORD);
            assertThat(timed.hashTime()).isEqualTo(Duration.ofMillis(400));

            slow.close();
            // One runs, the next two wait 0.4 and 0.8 s; a fourth would wait 1.2 s, over the budget of 1 s.
            List<CompletableFuture<PasswordHash>> admitted = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                admitted.add(CompletableFuture.supplyAsync(() -> timed.hash(PASSWORD), callers));
                awaitAdmitted(timed, i);
            }
            assertThatThrownBy(() -> timed.hash(PASSWORD))
                    .isInstanceOfSatisfying(RateLimitedException.class, busy -> {
                        assertThat(busy.code()).isEqualTo(ErrorCode.SERVER_BUSY);
                        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(2));
                    });

            slow.open();
            for (CompletableFuture<PasswordHash> hash : admitted) {
                assertThat(hash.get(10, TimeUnit.SECONDS).value()).isEqualTo("fake");
            }
            assertThat(timed.admitted()).isZero();
        }
    }

    /** Waits until {@code count} calls hold their place (so the next is judged behind them). */
    private static void awaitAdmitted(BoundedPasswordHasher hasher, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hasher.admitted() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(hasher.admitted()).isEqualTo(count);
    }

    /** The real hasher behind a gate the test opens, recording which threads did the work. */
    private static final class GatedHasher implements PasswordHasher {
        private final PasswordHasher delegate;
        private volatile CountDownLatch gate = new CountDownLatch(1);
        private final Semaphore entered = new Semaphore(0);
        final List<String> threads = new CopyOnWriteArrayList<>();

        GatedHasher(PasswordHasher delegate) {
            this.delegate = delegate;
        }

        void open() {
            gate.countDown();
        }

        /** Holds every later call at the gate until the next {@link #open()}. */
        void close() {
            gate = new CountDownLatch(1);
        }

        void awaitEntered(int count) throws InterruptedException {
            assertThat(entered.tryAcquire(count, 10, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public PasswordHash hash(PlainPassword password) {
            pass();
            return delegate.hash(password);
        }

        @Override
        public boolean matches(PlainPassword password, PasswordHash hash) {
            pass();
            return delegate.matches(password, hash);
        }

        private void pass() {
            threads.add(Thread.currentThread().getName());
            entered.release();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
