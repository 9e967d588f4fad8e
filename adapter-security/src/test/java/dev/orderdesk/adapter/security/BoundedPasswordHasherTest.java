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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {

    private static final PlainPassword PASSWORD = PlainPassword.of("correct horse battery");
    private final BcryptPasswordHasher bcrypt =
            new BcryptPasswordHasher(4, "test-pepper-of-a-reasonable-length".getBytes(StandardCharsets.UTF_8));
    private final GatedHasher gated = new GatedHasher(bcrypt);
    private final BoundedPasswordHasher bounded = new BoundedPasswordHasher(gated, 1, 1, Duration.ofMillis(50));

    @AfterEach
    void close() {
        gated.open();
        bounded.close();
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
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> bounded.matches(PASSWORD, hash));
        gated.awaitEntered(1);
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> bounded.matches(PASSWORD, hash));
        awaitQueued(bounded);

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
        try (BoundedPasswordHasher failing = new BoundedPasswordHasher(broken, 1, 0, Duration.ofMillis(50))) {
            assertThatThrownBy(() -> failing.hash(PASSWORD)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("hasher broke");
            assertThat(failing.admitted()).isZero();
        }
    }

    /** Waits until the second call holds its admission permit (so the third must be refused). */
    private static void awaitQueued(BoundedPasswordHasher hasher) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hasher.admitted() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(hasher.admitted()).isEqualTo(2);
    }

    /** The real hasher behind a gate the test opens, recording which threads did the work. */
    private static final class GatedHasher implements PasswordHasher {
        private final PasswordHasher delegate;
        private final CountDownLatch gate = new CountDownLatch(1);
        private final Semaphore entered = new Semaphore(0);
        final List<String> threads = new CopyOnWriteArrayList<>();

        GatedHasher(PasswordHasher delegate) {
            this.delegate = delegate;
        }

        void open() {
            gate.countDown();
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
