package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.persistence.DatabaseConnectionException;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.migrations.MigrationState;
import dev.orderdesk.migrations.Migrations;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How bootstrap reaches PostgreSQL: it waits for a server that is not up yet (retrying with backoff for
 * {@code DATABASE_CONNECT_RETRY_SECONDS}, one log line per attempt and no stack trace), creates the database where
 * serving or migrating needs it, and reads the migration state without writing anything.
 */
final class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private Database() {
    }

    /** Opens the pool, creating the database first if it is missing. */
    static JdbiPersistence open(DatabaseSettings settings) {
        awaitServer(settings, () -> {
            JdbiPersistence.createDatabaseIfMissing(settings);
            return null;
        });
        return JdbiPersistence.open(settings);
    }

    /** Opens the pool publishing its metrics, creating the database first if it is missing. */
    static JdbiPersistence open(DatabaseSettings settings, MeterRegistry registry) {
        awaitServer(settings, () -> {
            JdbiPersistence.createDatabaseIfMissing(settings);
            return null;
        });
        return JdbiPersistence.open(settings, registry);
    }

    static void migrate(DatabaseSettings settings) {
        try (JdbiPersistence persistence = open(settings)) {
            Migrations.apply(persistence.dataSource());
        }
    }

    /** Applied and pending changesets; a database that does not exist yet has every changeset pending. */
    static MigrationState state(DatabaseSettings settings) {
        if (!awaitServer(settings, () -> JdbiPersistence.databaseExists(settings))) {
            return new MigrationState(List.of(), Migrations.changesets());
        }
        try (JdbiPersistence persistence = JdbiPersistence.open(settings)) {
            return Migrations.state(persistence.dataSource());
        }
    }

    /**
     * Makes the attempt until it succeeds, the server refuses us (retrying cannot help), or the retry time is up;
     * the last attempt is made at the deadline itself.
     */
    private static <T> T awaitServer(DatabaseSettings settings, Supplier<T> attempt) {
        Instant deadline = Instant.now().plus(settings.connectRetry());
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return attempt.get();
            } catch (DatabaseConnectionException failure) {
                Duration left = Duration.between(Instant.now(), deadline);
                if (!failure.isTransient() || left.isNegative() || left.isZero()) {
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
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
