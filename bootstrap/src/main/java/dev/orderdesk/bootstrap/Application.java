package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.AuthUseCases;
import dev.orderdesk.adapter.http.HttpApi;
import dev.orderdesk.adapter.http.HttpSettings;
import dev.orderdesk.adapter.http.OrderUseCases;
import dev.orderdesk.adapter.http.RequestMetrics;
import dev.orderdesk.adapter.http.UserUseCases;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.adapter.security.BcryptPasswordHasher;
import dev.orderdesk.adapter.security.BoundedPasswordHasher;
import dev.orderdesk.adapter.security.InMemoryAddressRateLimit;
import dev.orderdesk.adapter.security.InMemoryLoginThrottle;
import dev.orderdesk.adapter.security.JwtAccessTokens;
import dev.orderdesk.adapter.security.JwtSettings;
import dev.orderdesk.adapter.security.SecureRandomRefreshTokens;
import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.out.LoginThrottle;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.application.service.auth.AdmitClientService;
import dev.orderdesk.application.service.auth.AuthServices;
import dev.orderdesk.application.service.auth.AuthenticateService;
import dev.orderdesk.application.service.auth.LoginService;
import dev.orderdesk.application.service.auth.LogoutService;
import dev.orderdesk.application.service.auth.RefreshTokensService;
import dev.orderdesk.application.service.health.CheckReadinessService;
import dev.orderdesk.application.service.order.ChangeOrderStatusService;
import dev.orderdesk.application.service.order.CreateOrderService;
import dev.orderdesk.application.service.order.GetOrderService;
import dev.orderdesk.application.service.order.ListOrdersService;
import dev.orderdesk.application.service.user.AdminUpdateUserService;
import dev.orderdesk.application.service.user.CreateAdminService;
import dev.orderdesk.application.service.user.GetUserService;
import dev.orderdesk.application.service.user.ListUsersService;
import dev.orderdesk.application.service.user.RegisterUserService;
import dev.orderdesk.application.service.user.UpdateProfileService;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.migrations.Migrations;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Consumer;

/**
 * The running service, wired by hand in a few readable blocks: persistence → migrations → security → use cases →
 * HTTP. {@link #close()} stops in the reverse order: drain HTTP first, then close the pool.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final int MAX_LOGIN_FAILURES = 5;
    private static final Duration LOGIN_FAILURE_WINDOW = Duration.ofMinutes(15);
    // How long a login may wait for a place in the hashing queue before it is told to retry (503): short, so a
    // flood gets fast answers, yet long enough that a burst slightly over capacity is absorbed.
    private static final Duration HASH_ADMISSION_WAIT = Duration.ofMillis(100);

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
        BoundedPasswordHasher hasher = new BoundedPasswordHasher(passwordHasher(settings),
                settings.passwordHashThreads(), settings.passwordHashQueue(), HASH_ADMISSION_WAIT);
        try {
            if (settings.migrateOnStart()) {
                Migrations.apply(persistence.dataSource());
            }
            LoginThrottle throttle = new InMemoryLoginThrottle(MAX_LOGIN_FAILURES, LOGIN_FAILURE_WINDOW);
            createFirstAdmin(settings, createAdmin(persistence, hasher, clock));
            UserUseCases users = userUseCases(persistence, hasher, throttle, clock);
            AuthUseCases auth = authUseCases(settings, persistence, hasher, throttle, clock);
            OrderUseCases orders = orderUseCases(persistence, clock);
            if (metrics.isPresent()) {
                BusinessCounters counters = new BusinessCounters(metrics.get());
                users = counters.count(users);
                auth = counters.count(auth);
                orders = counters.count(orders);
            }
            HttpApi http = new HttpApi(httpSettings(settings), users, auth, orders,
                    new CheckReadinessService(List.of(persistence.databaseProbe())),
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

    /** Runs {@code work} with the admin-creation use case over a migrated database; for the command line. */
    public static void withCreateAdmin(Settings settings, Consumer<CreateAdminUseCase> work) {
        try (JdbiPersistence persistence = openDatabase(settings)) {
            Migrations.apply(persistence.dataSource());
            work.accept(createAdmin(persistence, passwordHasher(settings), Clock.systemUTC()));
        }
    }

    private static JdbiPersistence openDatabase(Settings settings) {
        JdbiPersistence.createDatabaseIfMissing(settings.databaseUrl());
        return JdbiPersistence.open(databaseSettings(settings));
    }

    private static JdbiPersistence openDatabase(Settings settings, MeterRegistry registry) {
        JdbiPersistence.createDatabaseIfMissing(settings.databaseUrl());
        return JdbiPersistence.open(databaseSettings(settings), registry);
    }

    private static DatabaseSettings databaseSettings(Settings settings) {
        return new DatabaseSettings(settings.databaseUrl(), settings.databasePoolSize(),
                settings.databaseMaxOverflow(), settings.databaseConnectTimeout(), settings.databaseSocketTimeout());
    }

    private static PasswordHasher passwordHasher(Settings settings) {
        return new BcryptPasswordHasher(settings.bcryptCost(), settings.passwordPepper().bytes());
    }

    private static CreateAdminUseCase createAdmin(JdbiPersistence persistence, PasswordHasher hasher, Clock clock) {
        return new CreateAdminService(persistence.users(), hasher, persistence.transactions(), clock);
    }

    private static void createFirstAdmin(Settings settings, CreateAdminUseCase createAdmin) {
        settings.firstAdmin().ifPresent(admin -> createAdmin.createIfNoAdminExists(new RegisterUserCommand(
                        Email.parse(admin.email()), UserName.parse("Administrator"), PlainPassword.of(admin.password().value())))
                .ifPresent(created -> LOG.info("Created the first administrator, user id {}", created.id().value())));
    }

    private static UserUseCases userUseCases(JdbiPersistence persistence, PasswordHasher hasher, LoginThrottle throttle,
                                             Clock clock) {
        return new UserUseCases(
                new RegisterUserService(persistence.users(), hasher, persistence.transactions(), clock),
                new GetUserService(persistence.users(), persistence.transactions()),
                new ListUsersService(persistence.users(), persistence.transactions()),
                new UpdateProfileService(persistence.users(), persistence.refreshTokens(), hasher, throttle,
                        persistence.transactions(), clock),
                new AdminUpdateUserService(persistence.users(), persistence.refreshTokens(),
                        persistence.transactions(), clock));
    }

    private static AuthUseCases authUseCases(Settings settings, JdbiPersistence persistence, PasswordHasher hasher,
                                             LoginThrottle throttle, Clock clock) {
        JwtSettings jwt = new JwtSettings(settings.secretKey().bytes(), settings.secretKeyPrevious().map(Secret::bytes),
                settings.appName(), settings.appName() + "-api",
                Duration.ofMinutes(settings.accessTokenExpireMinutes()), Duration.ofSeconds(10));
        AuthServices ports = new AuthServices(persistence.users(), hasher, new JwtAccessTokens(jwt, clock),
                new SecureRandomRefreshTokens(), persistence.refreshTokens(),
                throttle,
                new InMemoryAddressRateLimit(settings.addressRateLimitPerMinute()),
                persistence.transactions(), clock, Duration.ofDays(settings.refreshTokenExpireDays()));
        return new AuthUseCases(new LoginService(ports), new RefreshTokensService(ports), new LogoutService(ports),
                new AuthenticateService(ports), new AdmitClientService(ports));
    }

    private static OrderUseCases orderUseCases(JdbiPersistence persistence, Clock clock) {
        return new OrderUseCases(
                new CreateOrderService(persistence.orders(), persistence.idempotencyKeys(), persistence.transactions(), clock),
                new GetOrderService(persistence.orders(), persistence.transactions()),
                new ListOrdersService(persistence.orders(), persistence.transactions()),
                new ChangeOrderStatusService(persistence.orders(), persistence.transactions(), clock));
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
