package dev.orderdesk.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up's patience with a dependency that is not up yet (PostgreSQL, Redis: containers start together): the
 * attempt is repeated with growing pauses, one log line each and no stack trace, until it succeeds, fails in a way
 * retrying cannot help (wrong credentials), or the time is up; the last attempt is made at the deadline itself.
 */
final class StartupWait {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWait.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private StartupWait() {
    }

    static <T> T retrying(Duration patience, Predicate<RuntimeException> worthRetrying, Supplier<T> attempt) {
        Instant deadline = Instant.now().plus(patience);
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                Duration left = Duration.between(Instant.now(), deadline);
                if (!worthRetrying.test(failure) || left.isNegative() || left.isZero()) {
                    throw failure;
                }
                Duration wait = pause.compareTo(left) < 0 ? pause : left;
                LOG.warn("{} Retrying in {} ms.", failure.getMessage(), wait.toMillis());
                sleep(wait);
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a dependency to start", e);
        }
    }
}
