package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.persistence.JdbiPersistence;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired login attempts and address counts once a minute, so the shared stores do not grow without bound.
 * Every instance runs one; the database's advisory lock lets one of them sweep at a time.
 */
final class AttemptSweeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptSweeper.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "attempt-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    AttemptSweeper(JdbiPersistence persistence, Clock clock) {
        timer.scheduleWithFixedDelay(() -> sweep(persistence, clock), 1, 1, TimeUnit.MINUTES);
    }

    private static void sweep(JdbiPersistence persistence, Clock clock) {
        try {
            int deleted = persistence.sweepExpiredAttempts(clock.instant());
            if (deleted > 0) {
                LOG.debug("Swept {} expired attempt rows", deleted);
            }
        } catch (RuntimeException failure) {
            // The next round tries again; a sick database is reported by readiness, not here.
            LOG.warn("Sweeping expired attempts failed: {}", failure.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
