package dev.orderdesk.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.orderdesk.adapter.cli.MigrationStatus;
import dev.orderdesk.adapter.cli.OperationFailure;
import dev.orderdesk.adapter.cli.Operations;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.DatabaseUnreachableException;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.migrations.MigrationState;
import dev.orderdesk.migrations.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

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
            application.close();
            stopped.countDown();
            ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
            // A clean, drained stop on SIGTERM is a success: exit 0 rather than the JVM's 143.
            Runtime.getRuntime().halt(0);
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
            Application.migrate(database);
            return null;
        });
        LoggerFactory.getLogger(CommandLineOperations.class).info("Migrations applied");
    }

    @Override
    public MigrationStatus migrationStatus() {
        DatabaseSettings database = databaseSettings();
        MigrationState state = operatorFacing(() -> Application.migrationState(database));
        return new MigrationStatus(state.applied(), state.pending());
    }

    @Override
    public List<String> check() {
        Settings checked;
        try {
            checked = settings();
        } catch (OperationFailure invalid) {
            return invalid.lines();
        }
        List<String> problems = new ArrayList<>();
        DatabaseSettings database = checked.database();
        // One attempt with one connection: a check answers now rather than waiting for the database.
        try (JdbiPersistence persistence = JdbiPersistence.open(new DatabaseSettings(database.url(), 1, 0,
                database.connectionTimeout(), database.socketTimeout(), Duration.ZERO))) {
            int pending = Migrations.state(persistence.dataSource()).pending().size();
            if (pending > 0) {
                problems.add("migrations: " + pending + " changesets pending; run: orderdesk migrate");
            }
        } catch (RuntimeException unreachable) {
            problems.add("database: cannot connect to " + database.url() + ": " + firstLine(unreachable));
        }
        return problems;
    }

    @Override
    public <T> T withUseCases(Function<UseCases, T> work) {
        return operatorFacing(() -> Application.withUseCases(settings(), work));
    }

    @Override
    public String[] version() {
        Properties build = new Properties();
        try (InputStream in = CommandLineOperations.class.getResourceAsStream("/orderdesk-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException unreadable) {
            // the version line then says "unknown"
        }
        return new String[]{"orderdesk " + build.getProperty("version", "unknown")
                + " (commit " + build.getProperty("commit", "unknown") + ")"};
    }

    private Settings settings() {
        if (settings == null) {
            SettingsLoader.Loaded<Settings> loaded = validated(() -> SettingsLoader.load(environment, workingDirectory));
            settings = loaded.settings();
            configureLogging(settings.logging(), loaded.warnings());
        }
        return settings;
    }

    /** Only the database's settings: migrating needs no secrets. */
    private DatabaseSettings databaseSettings() {
        SettingsLoader.Loaded<SettingsLoader.DatabaseOnly> loaded =
                validated(() -> SettingsLoader.loadDatabaseOnly(environment, workingDirectory));
        configureLogging(loaded.settings().logging(), loaded.warnings());
        return loaded.settings().database();
    }

    private static <T> T validated(Supplier<T> loading) {
        try {
            return loading.get();
        } catch (InvalidSettingsException e) {
            throw OperationFailure.invalidSettings(List.of(e.getMessage()));
        }
    }

    private <T> T operatorFacing(Supplier<T> work) {
        try {
            return work.get();
        } catch (DatabaseUnreachableException unreachable) {
            throw OperationFailure.unreachable(unreachable.getMessage());
        }
    }

    private void configureLogging(LoggingSettings logging, List<String> warnings) {
        // Liquibase logs through java.util.logging; route it to the same appenders and levels.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Level level = Level.toLevel(logging.level());
        root.setLevel(quiet && !logging.chosen() && level.isGreaterOrEqual(Level.INFO) ? Level.WARN : level);
        root.detachAppender(logging.format() == LoggingSettings.Format.JSON ? "TEXT" : "JSON");
        Logger log = LoggerFactory.getLogger(Main.class);
        warnings.forEach(log::warn);
    }

    private static String firstLine(RuntimeException failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
