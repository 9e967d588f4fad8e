package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.HttpApi;
import dev.orderdesk.adapter.http.HttpSettings;
import dev.orderdesk.adapter.http.RequestMetrics;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.DatabaseUnreachableException;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.adapter.security.BcryptPasswordHasher;
import dev.orderdesk.adapter.security.BoundedPasswordHasher;
import dev.orderdesk.adapter.security.JwtAccessTokens;
import dev.orderdesk.adapter.security.JwtSettings;
import dev.orderdesk.adapter.security.PerInstanceAttemptCounter;
import dev.orderdesk.adapter.security.PerInstanceAttemptLog;
import dev.orderdesk.adapter.security.SecureRandomRefreshTokens;
import dev.orderdesk.application.DrivenPorts;
import dev.orderdesk.application.UseCaseFactory;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.policy.AddressLimitSettings;
import dev.orderdesk.application.policy.PolicySettings;
import dev.orderdesk.application.policy.SessionSettings;
import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.migrations.Migrations;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand in a few readable blocks: persistence → migrations → security → the core's
 * catalogue (from {@link UseCaseFactory}) → HTTP. {@link #close()} stops in the reverse order: drain HTTP first, then close the pool.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    // How long a login may wait for a place in the hashing queue before it is told to retry (503): short, so a
    // flood gets fast answers, yet long enough that a burst slightly over capacity is absorbed.
    private static final Duration HASH_ADMISSION_WAIT = Duration.ofMillis(100);
    private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);

    private final JdbiPersistence persistence;
    private final HttpApi http;
    private final Optional<MicrometerMetrics> metrics;
    private final BoundedPasswordHasher hasher;

    private Application(JdbiPersistence persistence, HttpApi http, Optional<MicrometerMetrics> metrics,
                        BoundedPasswordHasher hasher) {
        this.persistence = persistence;
        this.http = http;
        this.metrics = metrics;
        this.hasher = hasher;
    }

    public static Application start(Settings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** Starts with the given clock; tests pass one they can move, to see time-based rules end to end. */
    public static Application start(Settings settings, Clock clock) {
        Optional<MicrometerMetrics> metrics = settings.metricsEnabled() ? Optional.of(new MicrometerMetrics()) : Optional.empty();
        JdbiPersistence persistence = metrics.isPresent()
                ? openDatabase(settings, metrics.get().registry())
                : openDatabase(settings);
        BoundedPasswordHasher hasher = boundedHasher(settings);
        try {
            if (settings.migrateOnStart()) {
                Migrations.apply(persistence.dataSource());
            }
            UseCases core = core(settings, persistence, hasher, clock);
            createFirstAdmin(settings, core.users().createAdmin());
            UseCases served = metrics.map(m -> new BusinessCounters(m).count(core)).orElse(core);
            HttpApi http = new HttpApi(httpSettings(settings), served,
                    metrics.<RequestMetrics>map(m -> m).orElse(RequestMetrics.NONE)).start();
            LOG.info("{} {} listening on {}:{} ({})", settings.appName(), settings.appVersion(), settings.host(),
                    http.port(), settings.environment().name().toLowerCase(Locale.ROOT));
            return new Application(persistence, http, metrics, hasher);
        } catch (RuntimeException e) {
            hasher.close();
            persistence.close();
            metrics.ifPresent(MicrometerMetrics::close);
            throw e;
        }
    }

    /** Creates the database if it is missing and applies every migration; for the {@code migrate} command. */
    public static void migrate(Settings settings) {
        try (JdbiPersistence persistence = openDatabase(settings)) {
            Migrations.apply(persistence.dataSource());
        }
    }

    /** Runs {@code work} with the catalogue over the (migrated) database, then releases everything; for the command line. */
    public static <T> T withUseCases(Settings settings, Function<UseCases, T> work) {
        try (JdbiPersistence persistence = openMigratedDatabase(settings);
             BoundedPasswordHasher hasher = boundedHasher(settings)) {
            return work.apply(core(settings, persistence, hasher, Clock.systemUTC()));
        }
    }

    /** Opens the pool over a migrated database (when {@code MIGRATE_ON_START}); for commands that use the core. */
    static JdbiPersistence openMigratedDatabase(Settings settings) {
        JdbiPersistence persistence = openDatabase(settings);
        if (settings.migrateOnStart()) {
            try {
                Migrations.apply(persistence.dataSource());
            } catch (RuntimeException e) {
                persistence.close();
                throw e;
            }
        }
        return persistence;
    }

    static JdbiPersistence openDatabase(Settings settings) {
        awaitDatabase(settings);
        return JdbiPersistence.open(databaseSettings(settings));
    }

    private static JdbiPersistence openDatabase(Settings settings, MeterRegistry registry) {
        awaitDatabase(settings);
        return JdbiPersistence.open(databaseSettings(settings), registry);
    }

    /**
     * Creates the database if it is missing, waiting for PostgreSQL up to {@code DATABASE_CONNECT_RETRY_SECONDS} with
     * backoff (a database starting beside the service is normal in compose and Kubernetes); each failed attempt is
     * one log line without a stack trace.
     *
     * @throws DatabaseUnreachableException when the time is up
     */
    private static void awaitDatabase(Settings settings) {
        Instant deadline = Instant.now().plus(settings.databaseConnectRetry());
        Duration pause = Duration.ofMillis(250);
        while (true) {
            try {
                JdbiPersistence.createDatabaseIfMissing(settings.databaseUrl());
                return;
            } catch (DatabaseUnreachableException unreachable) {
                if (Instant.now().plus(pause).isAfter(deadline)) {
                    throw unreachable;
                }
                LOG.warn("{} Retrying in {} ms.", unreachable.getMessage(), pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(MAX_RETRY_PAUSE) > 0 ? MAX_RETRY_PAUSE : pause.multipliedBy(2);
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

    private static DatabaseSettings databaseSettings(Settings settings) {
        return new DatabaseSettings(settings.databaseUrl(), settings.databasePoolSize(),
                settings.databaseMaxOverflow(), settings.databaseConnectTimeout(), settings.databaseSocketTimeout());
    }

    private static BoundedPasswordHasher boundedHasher(Settings settings) {
        return new BoundedPasswordHasher(new BcryptPasswordHasher(settings.bcryptCost(), settings.passwordPepper().bytes()),
                settings.passwordHashThreads(), settings.passwordHashQueue(), HASH_ADMISSION_WAIT);
    }

    /** The core over PostgreSQL, bcrypt and JWT, with per-instance attempt stores. */
    private static UseCases core(Settings settings, JdbiPersistence persistence, PasswordHasher hasher, Clock clock) {
        JwtSettings jwt = new JwtSettings(settings.secretKey().bytes(), settings.secretKeyPrevious().map(Secret::bytes),
                settings.appName(), settings.appName() + "-api",
                Duration.ofMinutes(settings.accessTokenExpireMinutes()), Duration.ofSeconds(10));
        DrivenPorts ports = new DrivenPorts(persistence.users(), persistence.orders(), persistence.refreshTokens(),
                persistence.idempotencyKeys(), persistence.transactions(), hasher, new JwtAccessTokens(jwt, clock),
                new SecureRandomRefreshTokens(), new PerInstanceAttemptLog(), new PerInstanceAttemptCounter(),
                List.of(persistence.databaseProbe()));
        PolicySettings policies = PolicySettings.DEFAULTS
                .withAddressLimit(new AddressLimitSettings(settings.addressRateLimitPerMinute()))
                .withSessions(new SessionSettings(Duration.ofDays(settings.refreshTokenExpireDays())));
        return UseCaseFactory.build(ports, policies, clock);
    }

    private static void createFirstAdmin(Settings settings, CreateAdminUseCase createAdmin) {
        settings.firstAdmin().ifPresent(admin -> createAdmin.createIfNoAdminExists(new RegisterUserCommand(
                        Email.parse(admin.email()), UserName.parse("Administrator"), PlainPassword.of(admin.password().value())))
                .ifPresent(created -> LOG.info("Created the first administrator, user id {}", created.id().value())));
    }

    private static HttpSettings httpSettings(Settings settings) {
        return new HttpSettings(settings.host(), settings.port(), settings.allowedOrigins(), settings.maxBodyBytes(),
                settings.shutdownTimeout(), settings.trustedProxies(), settings.environment() == Environment.PRODUCTION,
                settings.debug());
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
            hasher.close();
            persistence.close();
            metrics.ifPresent(MicrometerMetrics::close);
            LOG.info("Stopped");
        }
    }
}
