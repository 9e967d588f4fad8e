package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.persistence.DatabaseConnectionException;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.migrations.MigrationState;
import dev.orderdesk.migrations.Migrations;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * How bootstrap reaches PostgreSQL: it waits for a server that is not up yet (see {@link StartupWait}, for
 * {@code DATABASE_CONNECT_RETRY_SECONDS}), creates the database where
 * serving or migrating needs it, and reads the migration state without writing anything.
 */
final class Database {

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
            migrate(settings, persistence.dataSource());
        }
    }

    /** Migrates the configured schema (creating it if missing), else the connections' current one. */
    static void migrate(DatabaseSettings settings, DataSource dataSource) {
        settings.schema().ifPresentOrElse(schema -> Migrations.apply(dataSource, schema),
                () -> Migrations.apply(dataSource));
    }

    /** The migration state of the configured schema, else of the connections' current one. */
    static MigrationState state(DatabaseSettings settings, DataSource dataSource) {
        return settings.schema().map(schema -> Migrations.state(dataSource, schema))
                .orElseGet(() -> Migrations.state(dataSource));
    }

    /** Applied and pending changesets; a database that does not exist yet has every changeset pending. */
    static MigrationState state(DatabaseSettings settings) {
        if (!awaitServer(settings, () -> JdbiPersistence.databaseExists(settings))) {
            return new MigrationState(List.of(), Migrations.changesets());
        }
        try (JdbiPersistence persistence = JdbiPersistence.open(settings)) {
            return state(settings, persistence.dataSource());
        }
    }

    /** Makes the attempt, waiting for a server that is still starting for up to its connect-retry time. */
    private static <T> T awaitServer(DatabaseSettings settings, Supplier<T> attempt) {
        return StartupWait.retrying(settings.connectRetry(),
                failure -> failure instanceof DatabaseConnectionException unreachable && unreachable.isTransient(), attempt);
    }
}
