package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.ClientLimits;
import dev.orderdesk.adapter.http.HttpSettings;
import dev.orderdesk.adapter.http.JsonLimits;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.DatabaseUrl;
import dev.orderdesk.adapter.redis.RedisSettings;
import dev.orderdesk.adapter.redis.RedisUrl;
import dev.orderdesk.application.policy.AddressLimitSettings;
import dev.orderdesk.application.policy.CallerCacheSettings;
import dev.orderdesk.application.policy.PolicySettings;
import dev.orderdesk.application.policy.SessionSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Composes {@link Settings} from the {@link ConfigurationVariables}, one section per owner, with the defaults and
 * bounds each owner publishes (the security section is {@link SecuritySection}). Every problem is collected, then
 * all are reported at once.
 */
public final class SettingsLoader {

    static final String DEVELOPMENT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/orderdesk";

    private final EnvironmentValues env;
    private final Environment environment;
    private final List<String> warnings = new ArrayList<>();

    private SettingsLoader(ConfigurationVariables variables) {
        this.env = new EnvironmentValues(variables.values());
        variables.problems().forEach(env::problem);
        this.environment = env.choice("ENVIRONMENT", Environment.class, Environment.PRODUCTION);
    }

    /** Settings of one kind, plus the warnings to log once logging is configured. */
    public record Loaded<T>(T settings, List<String> warnings) {
    }

    /** What the database commands ({@code migrate}, {@code db status}) need, and nothing they don't. */
    public record DatabaseOnly(DatabaseSettings database, LoggingSettings logging) {
    }

    /** Reads every setting, from the environment over {@code .env} in {@code directory} (if present). */
    public static Loaded<Settings> load(Map<String, String> environment, Path directory) {
        SettingsLoader loader = new SettingsLoader(ConfigurationVariables.read(environment, directory));
        ServiceSettings service = loader.service();
        return loader.finish(new Settings(service, loader.logging(), loader.http(service), loader.database(),
                loader.redis(), new SecuritySection(loader.env, loader.environment, loader.warnings).read(service), loader.policies()));
    }

    /** Reads only the database and logging settings, so a missing secret never stops a migration. */
    public static Loaded<DatabaseOnly> loadDatabaseOnly(Map<String, String> environment, Path directory) {
        SettingsLoader loader = new SettingsLoader(ConfigurationVariables.read(environment, directory));
        return loader.finish(new DatabaseOnly(loader.database(), loader.logging()));
    }

    private <T> Loaded<T> finish(T settings) {
        if (!env.problems().isEmpty()) {
            throw new InvalidSettingsException(env.problems());
        }
        return new Loaded<>(settings, List.copyOf(warnings));
    }

    private boolean production() {
        return environment == Environment.PRODUCTION;
    }

    private ServiceSettings service() {
        return new ServiceSettings(env.text("APP_NAME", "orderdesk"), env.text("APP_VERSION", "0.1.0"), environment,
                env.bool("DEBUG", false), env.bool("MIGRATE_ON_START", true), env.bool("METRICS_ENABLED", true),
                firstAdmin());
    }

    private LoggingSettings logging() {
        String level = env.text("LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
        if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF").contains(level)) {
            env.problem("LOG_LEVEL: must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF (got '" + level + "')");
            level = "INFO";
        }
        LoggingSettings.Format format = env.choice("LOG_FORMAT", LoggingSettings.Format.class,
                production() ? LoggingSettings.Format.JSON : LoggingSettings.Format.TEXT);
        return new LoggingSettings(level, env.raw("LOG_LEVEL").isPresent(), format);
    }

    private HttpSettings http(ServiceSettings service) {
        return new HttpSettings(
                env.text("HOST", HttpSettings.DEFAULT_HOST),
                env.integer("PORT", HttpSettings.DEFAULT_PORT, 0, 65_535),
                env.list("ALLOWED_ORIGINS", HttpSettings.DEFAULT_ALLOWED_ORIGINS),
                env.integer("MAX_BODY_BYTES", HttpSettings.DEFAULT_MAX_BODY_BYTES, HttpSettings.MIN_MAX_BODY_BYTES,
                        HttpSettings.MAX_MAX_BODY_BYTES),
                env.seconds("SHUTDOWN_GRACE", HttpSettings.DEFAULT_SHUTDOWN_GRACE, Duration.ZERO,
                        HttpSettings.MAX_SHUTDOWN_GRACE),
                env.seconds("SHUTDOWN_TIMEOUT", HttpSettings.DEFAULT_DRAIN_TIMEOUT, Duration.ZERO,
                        HttpSettings.MAX_DRAIN_TIMEOUT),
                env.list("TRUSTED_PROXIES", ""),
                service.production(),
                service.debug(),
                jsonLimits(),
                clientLimits());
    }

    private JsonLimits jsonLimits() {
        return new JsonLimits(
                env.integer("JSON_MAX_DEPTH", JsonLimits.DEFAULT_MAX_DEPTH, JsonLimits.MIN_MAX_DEPTH,
                        JsonLimits.MAX_MAX_DEPTH),
                env.integer("JSON_MAX_OBJECT_KEYS", JsonLimits.DEFAULT_MAX_OBJECT_KEYS, JsonLimits.MIN_MAX_OBJECT_KEYS,
                        JsonLimits.MAX_MAX_OBJECT_KEYS),
                env.integer("JSON_MAX_ARRAY_LENGTH", JsonLimits.DEFAULT_MAX_ARRAY_LENGTH, JsonLimits.MIN_MAX_ARRAY_LENGTH,
                        JsonLimits.MAX_MAX_ARRAY_LENGTH),
                env.integer("JSON_MAX_STRING_LENGTH", JsonLimits.DEFAULT_MAX_STRING_LENGTH,
                        JsonLimits.MIN_MAX_STRING_LENGTH, JsonLimits.MAX_MAX_STRING_LENGTH));
    }

    private ClientLimits clientLimits() {
        return new ClientLimits(
                env.integer("MAX_CONNECTIONS", ClientLimits.DEFAULT_MAX_CONNECTIONS, 1, ClientLimits.MAX_MAX_CONNECTIONS),
                env.seconds("IDLE_TIMEOUT_SECONDS", ClientLimits.DEFAULT_IDLE_TIMEOUT, Duration.ofSeconds(1),
                        ClientLimits.MAX_TIMEOUT),
                env.seconds("HEADER_TIMEOUT_SECONDS", ClientLimits.DEFAULT_HEADER_TIMEOUT, Duration.ofSeconds(1),
                        ClientLimits.MAX_TIMEOUT),
                env.seconds("BODY_TIMEOUT_SECONDS", ClientLimits.DEFAULT_BODY_TIMEOUT, Duration.ofSeconds(1),
                        ClientLimits.MAX_TIMEOUT),
                env.integer("MIN_BODY_RATE_BYTES", ClientLimits.DEFAULT_MIN_BODY_RATE, 0, ClientLimits.MAX_MIN_BODY_RATE),
                env.integer("MAX_HEADER_BYTES", ClientLimits.DEFAULT_MAX_HEADER_BYTES, ClientLimits.MIN_MAX_HEADER_BYTES,
                        ClientLimits.MAX_MAX_HEADER_BYTES));
    }

    private DatabaseSettings database() {
        // The processors this JVM may use (a container's CPU limit included) stand in for the database server's
        // cores in the pool-sizing formula: right when both share a machine, to be set explicitly otherwise.
        int processors = Runtime.getRuntime().availableProcessors();
        return new DatabaseSettings(
                databaseUrl(),
                env.integer("DATABASE_POOL_SIZE", DatabaseSettings.defaultPoolSize(processors), 1,
                        DatabaseSettings.MAX_CONNECTIONS),
                env.integer("DATABASE_MAX_OVERFLOW", DatabaseSettings.defaultMaxOverflow(processors), 0,
                        DatabaseSettings.MAX_CONNECTIONS),
                env.seconds("DATABASE_CONNECT_TIMEOUT_SECONDS", DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT,
                        Duration.ofSeconds(1), DatabaseSettings.MAX_CONNECTION_TIMEOUT),
                env.seconds("DATABASE_SOCKET_TIMEOUT_SECONDS", DatabaseSettings.DEFAULT_SOCKET_TIMEOUT,
                        Duration.ofSeconds(1), DatabaseSettings.MAX_SOCKET_TIMEOUT),
                env.seconds("DATABASE_CONNECT_RETRY_SECONDS", DatabaseSettings.DEFAULT_CONNECT_RETRY, Duration.ZERO,
                        DatabaseSettings.MAX_CONNECT_RETRY),
                DatabaseSettings.DEFAULT_NAME, DatabaseSettings.DEFAULT_NAME,
                databaseSchema());
    }

    /** Absent: the connection's default schema, as before the setting existed. */
    private Optional<String> databaseSchema() {
        Optional<String> schema = env.raw("DATABASE_SCHEMA");
        if (schema.isPresent() && !DatabaseSettings.isPlainSchemaName(schema.get())) {
            env.problem("DATABASE_SCHEMA: must be a plain lower-case identifier (letters a-z, digits and _, not "
                    + "starting with a digit or pg_, at most 63 characters; got '" + schema.get() + "')");
            return Optional.empty();
        }
        return schema;
    }

    /** Present only when {@code REDIS_URL} is set; the other variables are checked either way. */
    private Optional<RedisSettings> redis() {
        String keyPrefix = redisKeyPrefix();
        Duration connectTimeout = env.seconds("REDIS_CONNECT_TIMEOUT_SECONDS", RedisSettings.DEFAULT_CONNECT_TIMEOUT,
                Duration.ofSeconds(1), RedisSettings.MAX_TIMEOUT);
        Duration socketTimeout = env.seconds("REDIS_SOCKET_TIMEOUT_SECONDS", RedisSettings.DEFAULT_SOCKET_TIMEOUT,
                Duration.ofSeconds(1), RedisSettings.MAX_TIMEOUT);
        Optional<String> url = env.raw("REDIS_URL");
        try {
            return url.map(RedisUrl::parse)
                    .map(parsed -> new RedisSettings(parsed, keyPrefix, connectTimeout, socketTimeout));
        } catch (IllegalArgumentException e) {
            // The parser's messages never contain the password, so they are safe to show.
            env.problem("REDIS_URL: " + e.getMessage());
            return Optional.empty();
        }
    }

    private String redisKeyPrefix() {
        String keyPrefix = env.text("REDIS_KEY_PREFIX", RedisSettings.DEFAULT_KEY_PREFIX);
        if (keyPrefix.length() > RedisSettings.MAX_KEY_PREFIX_LENGTH) {
            env.problem("REDIS_KEY_PREFIX: must be at most " + RedisSettings.MAX_KEY_PREFIX_LENGTH + " characters");
            return RedisSettings.DEFAULT_KEY_PREFIX;
        }
        return keyPrefix;
    }

    private PolicySettings policies() {
        return PolicySettings.DEFAULTS
                .withAddressLimit(new AddressLimitSettings(env.integer("ADDRESS_RATE_LIMIT_PER_MINUTE",
                        AddressLimitSettings.DEFAULTS.perMinute(), 0, AddressLimitSettings.MAX_PER_MINUTE)))
                .withSessions(new SessionSettings(env.days("REFRESH_TOKEN_EXPIRE_DAYS",
                        SessionSettings.DEFAULTS.refreshTokenLifetime(), SessionSettings.MAX_REFRESH_TOKEN_LIFETIME)))
                .withCallers(new CallerCacheSettings(
                        env.seconds("CALLER_CACHE_TTL_SECONDS", CallerCacheSettings.DEFAULTS.maxAge(), Duration.ZERO,
                                CallerCacheSettings.MAX_AGE),
                        env.integer("CALLER_CACHE_MAX_ENTRIES", CallerCacheSettings.DEFAULTS.maxEntries(), 1,
                                CallerCacheSettings.MAX_ENTRIES)));
    }

    private DatabaseUrl databaseUrl() {
        Optional<String> value = env.raw("DATABASE_URL");
        if (value.isEmpty() && production()) {
            env.problem("DATABASE_URL: is required in production");
            return DatabaseUrl.parse(DEVELOPMENT_DATABASE_URL);
        }
        try {
            return DatabaseUrl.parse(value.orElse(DEVELOPMENT_DATABASE_URL));
        } catch (IllegalArgumentException e) {
            // The parser's messages never contain the password, so they are safe to show.
            env.problem("DATABASE_URL: " + e.getMessage());
            return DatabaseUrl.parse(DEVELOPMENT_DATABASE_URL);
        }
    }

    private Optional<ServiceSettings.FirstAdmin> firstAdmin() {
        Optional<String> email = env.raw("FIRST_ADMIN_EMAIL");
        Optional<String> password = env.raw("FIRST_ADMIN_PASSWORD");
        if (email.isPresent() != password.isPresent()) {
            env.problem("FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD: set both or neither");
            return Optional.empty();
        }
        return email.map(e -> new ServiceSettings.FirstAdmin(e, new Secret(password.get())));
    }
}
