package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.cli.ExitCodes;
import dev.orderdesk.adapter.cli.MigrationStatus;
import dev.orderdesk.adapter.cli.OperationFailure;
import dev.orderdesk.adapter.cli.Operations;
import dev.orderdesk.adapter.persistence.DatabaseConnectionException;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.adapter.redis.RedisConnectionException;
import dev.orderdesk.adapter.redis.RedisSettings;
import dev.orderdesk.adapter.redis.RedisStores;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.migrations.MigrationException;
import dev.orderdesk.migrations.MigrationState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The composition root's side of the command line: settings are read (from the environment over the working
 * directory's {@code .env}) when a command first needs them, and what goes wrong is worded for the operator.
 */
final class CommandLineOperations implements Operations {

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final boolean quiet;
    private Settings settings;

    /** @param quiet log only warnings and errors unless {@code LOG_LEVEL} says otherwise (commands other than serve) */
    CommandLineOperations(Map<String, String> environment, Path workingDirectory, boolean quiet) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.quiet = quiet;
    }

    @Override
    public void serve() {
        Application application = operatorFacing(() -> Application.start(settings()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            int status = ExitCodes.OK;
            try {
                application.close();
            } catch (RuntimeException failure) {
                LoggerFactory.getLogger(CommandLineOperations.class).error("Stopping failed", failure);
                status = ExitCodes.FAILURE;
            } finally {
                stopped.countDown();
                // After the drain, so every line of the drained requests is written before the halt.
                Logging.flush();
            }
            // A stop on SIGTERM that drained, or cut what outlasted the drain (logged with its count), is a success:
            // exit 0 rather than the JVM's 143.
            Runtime.getRuntime().halt(status);
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void migrate() {
        DatabaseSettings database = databaseSettings();
        operatorFacing(() -> {
            Database.migrate(database);
            return null;
        });
        LoggerFactory.getLogger(CommandLineOperations.class).info("Migrations applied");
    }

    @Override
    public MigrationStatus migrationStatus() {
        DatabaseSettings database = databaseSettings();
        MigrationState state = operatorFacing(() -> Database.state(database));
        return new MigrationStatus(state.applied(), state.pending());
    }

    /** One attempt at each step, no waiting: a check answers now. */
    @Override
    public List<String> check() {
        Settings checked;
        try {
            checked = settings();
        } catch (OperationFailure invalid) {
            return invalid.lines();
        }
        List<String> problems = new ArrayList<>(redisProblems(checked.redis()));
        problems.addAll(databaseProblems(checked.database()));
        return problems;
    }

    /** Serving refuses to start without the Redis it is configured with, so the check asks it too. */
    private static List<String> redisProblems(Optional<RedisSettings> redis) {
        if (redis.isEmpty()) {
            return List.of();
        }
        try (RedisStores stores = RedisStores.open(redis.get())) {
            stores.ping();
            return List.of();
        } catch (RedisConnectionException unreachable) {
            return List.of("redis: " + unreachable.getMessage());
        }
    }

    private static List<String> databaseProblems(DatabaseSettings database) {
        try {
            if (!JdbiPersistence.databaseExists(database)) {
                return List.of("database: " + database.url().databaseName() + " does not exist; run: orderdesk migrate");
            }
        } catch (DatabaseConnectionException unreachable) {
            return List.of("database: " + unreachable.getMessage());
        }
        try (JdbiPersistence persistence = JdbiPersistence.open(database.withSingleConnection())) {
            int pending = Database.state(database, persistence.dataSource()).pending().size();
            return pending == 0 ? List.of()
                    : List.of("migrations: " + pending + " changesets pending; run: orderdesk migrate");
        } catch (RuntimeException unreadable) {
            return List.of("migrations: " + oneLine(unreadable));
        }
    }

    @Override
    public <T> T withUseCases(Function<UseCases, T> work) {
        Settings loaded = settings();
        return operatorFacing(() -> Application.withUseCases(loaded, work));
    }

    @Override
    public String[] version() {
        return new String[]{BuildInfo.describe()};
    }

    private Settings settings() {
        if (settings == null) {
            SettingsLoader.Loaded<Settings> loaded = validated(() -> SettingsLoader.load(environment, workingDirectory));
            settings = loaded.settings();
            Logging.configure(settings.logging(), quiet, loaded.warnings());
        }
        return settings;
    }

    /** Only the database's settings: migrating needs no secrets. */
    private DatabaseSettings databaseSettings() {
        SettingsLoader.Loaded<SettingsLoader.DatabaseOnly> loaded =
                validated(() -> SettingsLoader.loadDatabaseOnly(environment, workingDirectory));
        Logging.configure(loaded.settings().logging(), quiet, loaded.warnings());
        return loaded.settings().database();
    }

    private static <T> T validated(Supplier<T> loading) {
        try {
            return loading.get();
        } catch (InvalidSettingsException e) {
            throw OperationFailure.invalidSettings(e.problems());
        }
    }

    /** What the operator can act on becomes one line and exit 1; anything else is a bug and keeps its stack trace. */
    private static <T> T operatorFacing(Supplier<T> work) {
        try {
            return work.get();
        } catch (DatabaseConnectionException | RedisConnectionException | PendingMigrationsException failure) {
            throw OperationFailure.failed(failure.getMessage());
        } catch (MigrationException failure) {
            throw OperationFailure.failed(oneLine(failure));
        }
    }

    /** The failure's message and its root cause's first line, which says what went wrong in the database. */
    private static String oneLine(RuntimeException failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String first = cause.lines().findFirst().orElse(cause);
        return root == failure ? first : failure.getMessage() + ": " + first;
    }
}
