package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.HttpApi;
import dev.orderdesk.adapter.http.HttpSettings;
import dev.orderdesk.adapter.http.UserUseCases;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.adapter.security.BcryptPasswordHasher;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.application.service.user.GetUserService;
import dev.orderdesk.application.service.user.ListUsersService;
import dev.orderdesk.application.service.user.RegisterUserService;
import dev.orderdesk.migrations.Migrations;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand: persistence → migrations → security → use cases → HTTP.
 * {@link #close()} stops in the reverse order: drain HTTP first, then close the pool.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final JdbiPersistence persistence;
    private final HttpApi http;

    private Application(JdbiPersistence persistence, HttpApi http) {
        this.persistence = persistence;
        this.http = http;
    }

    public static Application start(Settings settings) {
        JdbiPersistence persistence = openDatabase(settings);
        try {
            if (settings.migrateOnStart()) {
                Migrations.apply(persistence.dataSource());
            }
            HttpApi http = new HttpApi(httpSettings(settings), userUseCases(settings, persistence)).start();
            LOG.info("{} {} listening on {}:{} ({})", settings.appName(), settings.appVersion(), settings.host(),
                    http.port(), settings.environment().name().toLowerCase(java.util.Locale.ROOT));
            return new Application(persistence, http);
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
    }

    /** Creates the database if it is missing and applies every migration; for the {@code migrate} command. */
    public static void migrate(Settings settings) {
        try (JdbiPersistence persistence = openDatabase(settings)) {
            Migrations.apply(persistence.dataSource());
        }
    }

    private static JdbiPersistence openDatabase(Settings settings) {
        JdbiPersistence.createDatabaseIfMissing(settings.databaseUrl());
        return JdbiPersistence.open(new DatabaseSettings(settings.databaseUrl(), settings.databasePoolSize(),
                settings.databaseMaxOverflow(), settings.databaseConnectTimeout(), settings.databaseSocketTimeout()));
    }

    private static UserUseCases userUseCases(Settings settings, JdbiPersistence persistence) {
        UserRepository users = persistence.users();
        TransactionRunner transactions = persistence.transactions();
        PasswordHasher hasher = new BcryptPasswordHasher(settings.bcryptCost(), settings.passwordPepper().bytes());
        Clock clock = Clock.systemUTC();
        return new UserUseCases(
                new RegisterUserService(users, hasher, transactions, clock),
                new GetUserService(users, transactions),
                new ListUsersService(users, transactions));
    }

    private static HttpSettings httpSettings(Settings settings) {
        return new HttpSettings(settings.host(), settings.port(), settings.allowedOrigins(), settings.maxBodyBytes(),
                settings.shutdownTimeout());
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        LOG.info("Stopping: draining in-flight requests");
        try {
            http.stop();
        } finally {
            persistence.close();
            LOG.info("Stopped");
        }
    }
}
