package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.HttpSettings;
import dev.orderdesk.adapter.persistence.DatabaseSettings;
import dev.orderdesk.adapter.persistence.DatabaseUrl;
import dev.orderdesk.adapter.security.HashingSettings;
import dev.orderdesk.adapter.security.JwtSettings;
import dev.orderdesk.application.policy.AddressLimitSettings;
import dev.orderdesk.application.policy.PolicySettings;
import dev.orderdesk.application.policy.SessionSettings;
import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Composes {@link Settings} from the process environment over an optional {@code .env} file (the environment wins;
 * names are case-insensitive), one section per owner, with the defaults and bounds each owner publishes. Every
 * problem is collected, then all are reported at once.
 */
public final class SettingsLoader {

    static final String DEVELOPMENT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/orderdesk";
    static final int MIN_SECRET_BYTES = JwtSettings.MIN_KEY_BYTES;
    // Stable so that development hashes survive a restart; production must configure its own.
    private static final String DEVELOPMENT_PEPPER = "orderdesk-development-pepper-not-for-production";
    /** The secrets shipped in {@code .env.example} (a test keeps this list and the file in step) and the development pepper. */
    static final Set<String> PLACEHOLDER_SECRETS = Set.of(
            "change-me-to-at-least-32-random-bytes-please",
            "change-me-too-32-random-bytes-stable-forever",
            DEVELOPMENT_PEPPER);

    private final EnvironmentValues env;
    private final Environment environment;
    private final List<String> warnings = new ArrayList<>();

    private SettingsLoader(Map<String, String> values, List<String> fileProblems) {
        this.env = new EnvironmentValues(values);
        fileProblems.forEach(env::problem);
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
        SettingsLoader loader = reading(environment, directory);
        ServiceSettings service = loader.service();
        return loader.finish(new Settings(service, loader.logging(), loader.http(service), loader.database(),
                loader.security(service), loader.policies()));
    }

    /** Reads only the database and logging settings, so a missing secret never stops a migration. */
    public static Loaded<DatabaseOnly> loadDatabaseOnly(Map<String, String> environment, Path directory) {
        SettingsLoader loader = reading(environment, directory);
        return loader.finish(new DatabaseOnly(loader.database(), loader.logging()));
    }

    /**
     * The process environment over the {@code .env} of {@code directory}, names upper-cased: what commands read
     * their own variables from (such as {@code ADMIN_PASSWORD}). An unreadable file is left out here; loading the
     * settings reports it.
     */
    public static Map<String, String> variables(Map<String, String> environment, Path directory) {
        Map<String, String> values = new HashMap<>();
        try {
            values.putAll(dotEnv(directory));
        } catch (DotenvException unreadable) {
            // reported by load()
        }
        environment.forEach((key, value) -> values.put(key.toUpperCase(Locale.ROOT), value));
        return values;
    }

    private static SettingsLoader reading(Map<String, String> environment, Path directory) {
        List<String> fileProblems = new ArrayList<>();
        try {
            dotEnv(directory);
        } catch (DotenvException e) {
            fileProblems.add(".env: cannot be read (" + e.getMessage() + ")");
        }
        return new SettingsLoader(variables(environment, directory), fileProblems);
    }

    private static Map<String, String> dotEnv(Path directory) {
        Map<String, String> values = new HashMap<>();
        // Absolute: dotenv-java joins the directory and the file name with '/', so the empty path of the working
        // directory would have meant "/.env".
        Dotenv dotenv = Dotenv.configure().directory(directory.toAbsolutePath().toString()).ignoreIfMissing().load();
        for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
            values.put(entry.getKey().toUpperCase(Locale.ROOT), entry.getValue());
        }
        return values;
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
                env.seconds("SHUTDOWN_TIMEOUT", HttpSettings.DEFAULT_DRAIN_TIMEOUT, Duration.ZERO,
                        HttpSettings.MAX_DRAIN_TIMEOUT),
                env.list("TRUSTED_PROXIES", ""),
                service.production(),
                service.debug());
    }

    private DatabaseSettings database() {
        return new DatabaseSettings(
                databaseUrl(),
                env.integer("DATABASE_POOL_SIZE", DatabaseSettings.DEFAULT_POOL_SIZE, 1, DatabaseSettings.MAX_CONNECTIONS),
                env.integer("DATABASE_MAX_OVERFLOW", DatabaseSettings.DEFAULT_MAX_OVERFLOW, 0,
                        DatabaseSettings.MAX_CONNECTIONS),
                env.seconds("DATABASE_CONNECT_TIMEOUT_SECONDS", DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT,
                        Duration.ofSeconds(1), DatabaseSettings.MAX_CONNECTION_TIMEOUT),
                env.seconds("DATABASE_SOCKET_TIMEOUT_SECONDS", DatabaseSettings.DEFAULT_SOCKET_TIMEOUT,
                        Duration.ofSeconds(1), DatabaseSettings.MAX_SOCKET_TIMEOUT),
                env.seconds("DATABASE_CONNECT_RETRY_SECONDS", DatabaseSettings.DEFAULT_CONNECT_RETRY, Duration.ZERO,
                        DatabaseSettings.MAX_CONNECT_RETRY));
    }

    private SecuritySettings security(ServiceSettings service) {
        Optional<Secret> secretKey = env.secret("SECRET_KEY", production(), MIN_SECRET_BYTES);
        Optional<Secret> pepper = env.secret("PASSWORD_PEPPER", production(), MIN_SECRET_BYTES);
        Optional<Secret> previousKey = env.secret("SECRET_KEY_PREVIOUS", false, MIN_SECRET_BYTES);
        if (production()) {
            // Ordered, so a repeat is reported against the first variable holding that value.
            Map<String, Optional<Secret>> secrets = new LinkedHashMap<>();
            secrets.put("SECRET_KEY", secretKey);
            secrets.put("PASSWORD_PEPPER", pepper);
            secrets.put("SECRET_KEY_PREVIOUS", previousKey);
            refuseWeakSecrets(secrets);
        }
        int minimumCost = environment == Environment.TEST ? HashingSettings.MIN_COST : HashingSettings.MIN_PRODUCTION_COST;
        int threads = env.integer("PASSWORD_HASH_THREADS", HashingSettings.defaultThreads(), 1, HashingSettings.MAX_THREADS);
        HashingSettings hashing = new HashingSettings(
                env.integer("BCRYPT_COST", HashingSettings.DEFAULT_COST, minimumCost, HashingSettings.MAX_COST),
                pepper.orElseGet(this::developmentPepper).bytes(),
                threads,
                env.integer("PASSWORD_HASH_QUEUE", 2 * threads, 0, HashingSettings.MAX_QUEUE),
                HashingSettings.DEFAULT_ADMISSION_WAIT);
        // A key too short to sign with is already a problem; a stand-in keeps the record valid until it is reported.
        Secret key = secretKey.filter(SettingsLoader::longEnough).orElseGet(this::generatedSecretKey);
        JwtSettings jwt = new JwtSettings(key.bytes(), previousKey.filter(SettingsLoader::longEnough).map(Secret::bytes),
                service.appName(), service.appName() + "-api",
                env.minutes("ACCESS_TOKEN_EXPIRE_MINUTES", JwtSettings.DEFAULT_LIFETIME, JwtSettings.MAX_LIFETIME),
                JwtSettings.DEFAULT_LEEWAY);
        return new SecuritySettings(jwt, hashing, secretKey.isEmpty());
    }

    private PolicySettings policies() {
        return PolicySettings.DEFAULTS
                .withAddressLimit(new AddressLimitSettings(env.integer("ADDRESS_RATE_LIMIT_PER_MINUTE",
                        AddressLimitSettings.DEFAULTS.perMinute(), 0, AddressLimitSettings.MAX_PER_MINUTE)))
                .withSessions(new SessionSettings(env.days("REFRESH_TOKEN_EXPIRE_DAYS",
                        SessionSettings.DEFAULTS.refreshTokenLifetime(), SessionSettings.MAX_REFRESH_TOKEN_LIFETIME)));
    }

    /** Production must not run on a secret anybody can read in the repository, nor on one secret used twice. */
    private void refuseWeakSecrets(Map<String, Optional<Secret>> secrets) {
        List<String> names = List.copyOf(secrets.keySet());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<Secret> secret = secrets.get(name);
            if (secret.isEmpty()) {
                continue;
            }
            if (PLACEHOLDER_SECRETS.contains(secret.get().value())) {
                env.problem(name + ": is the placeholder of .env.example; set a random secret of at least "
                        + MIN_SECRET_BYTES + " bytes");
            }
            for (String earlier : names.subList(0, i)) {
                if (secrets.get(earlier).map(other -> other.value().equals(secret.get().value())).orElse(false)) {
                    env.problem(name + ": must differ from " + earlier);
                }
            }
        }
    }

    private static boolean longEnough(Secret secret) {
        return secret.bytes().length >= MIN_SECRET_BYTES;
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

    private Secret generatedSecretKey() {
        if (!production()) {
            warnings.add("SECRET_KEY is not set: using a random key for this run only. Tokens will not survive a "
                    + "restart. Never run production like this.");
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    private Secret developmentPepper() {
        if (!production()) {
            warnings.add("PASSWORD_PEPPER is not set: using the public development pepper. Never run production like this.");
        }
        return new Secret(DEVELOPMENT_PEPPER);
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
