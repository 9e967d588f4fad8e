package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.HttpApi;
import dev.orderdesk.adapter.http.RequestMetrics;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.adapter.security.BoundedPasswordHasher;
import dev.orderdesk.adapter.security.JwtAccessTokens;
import dev.orderdesk.adapter.security.SecureRandomRefreshTokens;
import dev.orderdesk.application.DrivenPorts;
import dev.orderdesk.application.UseCaseFactory;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand in a few readable blocks: persistence and the limit stores (PostgreSQL or
 * Redis) → migrations → security → the core's catalogue (from {@link UseCaseFactory}) → HTTP. {@link #close()} stops
 * in the reverse order: drain HTTP first, then close the Redis client and the pool.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** How long a command waits to connect its listener, and for its announcements to be delivered. */
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(3);

    private final JdbiPersistence persistence;
    private final HttpApi http;
    private final Optional<MicrometerMetrics> metrics;
    private final BoundedPasswordHasher hasher;
    private final AttemptSweeper sweeper;
    private final LimitStores limits;

    private Application(JdbiPersistence persistence, HttpApi http, Optional<MicrometerMetrics> metrics,
                        BoundedPasswordHasher hasher, AttemptSweeper sweeper, LimitStores limits) {
        this.persistence = persistence;
        this.http = http;
        this.metrics = metrics;
        this.hasher = hasher;
        this.sweeper = sweeper;
        this.limits = limits;
    }

    public static Application start(Settings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** Starts with the given clock; tests pass one they can move, to see time-based rules end to end. */
    public static Application start(Settings settings, Clock clock) {
        ServiceSettings service = settings.service();
        Optional<MicrometerMetrics> metrics = service.metricsEnabled() ? Optional.of(new MicrometerMetrics()) : Optional.empty();
        metrics.ifPresent(m -> Logging.queue().ifPresent(queue -> m.countFrom("orderdesk.log.dropped",
                "Log lines dropped because the log queue was full", queue::dropped)));
        JdbiPersistence persistence = metrics.isPresent()
                ? Database.open(settings.database(), metrics.get().registry())
                : Database.open(settings.database());
        LimitStores limits = LimitStores.open(settings.redis(), persistence);
        BoundedPasswordHasher hasher = BoundedPasswordHasher.bcrypt(settings.security().hashing());
        try {
            limits.requireReachable(settings.database().connectRetry());
            if (service.migrateOnStart()) {
                Database.migrate(settings.database(), persistence.dataSource());
            } else {
                // Another step migrates (a Job, a one-shot service): never serve a schema older than the code.
                requireMigrated(Database.state(settings.database(), persistence.dataSource()).pending().size());
            }
            // Before the core: its caller cache trusts memory only once the listener hears account changes.
            persistence.listenForAccountChanges();
            UseCases core = core(settings, persistence, persistence.accountChanges(), limits, hasher, clock);
            createFirstAdmin(service, core.users().createAdmin());
            UseCases served = metrics.map(m -> new BusinessCounters(m).count(core)).orElse(core);
            HttpApi http = new HttpApi(settings.http(), served,
                    metrics.<RequestMetrics>map(m -> m).orElse(RequestMetrics.NONE)).start();
            LOG.info("{} {} listening on {}:{} ({})", service.appName(), service.appVersion(), settings.http().host(),
                    http.port(), service.environment().name().toLowerCase(Locale.ROOT));
            // The sweeper runs even when Redis holds the attempts: one cheap DELETE a minute clears what PostgreSQL
            // still held from before the switch.
            return new Application(persistence, http, metrics, hasher, new AttemptSweeper(persistence, clock), limits);
        } catch (RuntimeException e) {
            hasher.close();
            limits.close();
            persistence.close();
            metrics.ifPresent(MicrometerMetrics::close);
            throw e;
        }
    }

    /**
     * Runs {@code work} with the catalogue over the database, then releases everything; for the command line. Unlike
     * serving, a command never migrates on its own: an operator's one-off command must not change the schema.
     *
     * @throws PendingMigrationsException when the database is not migrated up to date
     */
    public static <T> T withUseCases(Settings settings, Function<UseCases, T> work) {
        requireMigrated(Database.state(settings.database()).pending().size());
        // The same limit stores as serving, so the command line obeys the same limits; the Redis pool connects only
        // if a command uses them (none does today), so Redis being down never stops an operator's command.
        try (JdbiPersistence persistence = JdbiPersistence.open(settings.database());
             LimitStores limits = LimitStores.open(settings.redis(), persistence);
             BoundedPasswordHasher hasher = BoundedPasswordHasher.bcrypt(settings.security().hashing())) {
            // A command's account changes hold on the serving instances when it returns: it waits for their delivery.
            persistence.listenForAccountChanges();
            DeliveredAccountChanges changes = DeliveredAccountChanges.over(persistence.accountChanges(), DELIVERY_WAIT);
            T result = work.apply(core(settings, persistence, changes, limits, hasher, Clock.systemUTC()));
            changes.awaitDelivery();
            return result;
        }
    }

    /**
     * The core over PostgreSQL (data, idempotency, refresh tokens: shared by every instance), the limit stores
     * (PostgreSQL or Redis, also shared), bcrypt and JWT, and account changes announced to every instance with
     * {@code NOTIFY} (a command announces its changes; only a serving instance listens). Readiness asks the database only, deliberately not Redis:
     * a Redis outage costs logins and registrations a 503 each (failing closed) but leaves every read working, and
     * taking every instance out of the balancer for it would turn that into a full outage.
     */
    private static UseCases core(Settings settings, JdbiPersistence persistence, AccountChanges accountChanges,
                                 LimitStores limits, PasswordHasher hasher, Clock clock) {
        DrivenPorts ports = new DrivenPorts(persistence.users(), persistence.orders(), persistence.refreshTokens(),
                persistence.idempotencyKeys(), persistence.transactions(), hasher,
                new JwtAccessTokens(settings.security().jwt(), clock), new SecureRandomRefreshTokens(),
                limits.loginAttempts(), limits.addressAttempts(), List.of(persistence.databaseProbe()), accountChanges);
        return UseCaseFactory.build(ports, settings.policies(), clock);
    }

    private static void requireMigrated(int pendingChangesets) {
        if (pendingChangesets > 0) {
            throw new PendingMigrationsException(pendingChangesets);
        }
    }

    private static void createFirstAdmin(ServiceSettings service, CreateAdminUseCase createAdmin) {
        service.firstAdmin().ifPresent(admin -> createAdmin.createIfNoAdminExists(new RegisterUserCommand(
                        Email.parse(admin.email()), UserName.parse("Administrator"), PlainPassword.of(admin.password().value())))
                .ifPresent(created -> LOG.info("Created the first administrator, user id {}", created.id().value())));
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        LOG.info("Stopping");
        try {
            http.stop();
        } finally {
            sweeper.close();
            hasher.close();
            limits.close();
            persistence.close();
            metrics.ifPresent(MicrometerMetrics::close);
            LOG.info("Stopped");
        }
    }
}
