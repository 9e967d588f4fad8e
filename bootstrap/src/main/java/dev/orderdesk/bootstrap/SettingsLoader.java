package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.persistence.DatabaseUrl;
import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds {@link Settings} from the process environment over an optional {@code .env} file (the environment wins;
 * names are case-insensitive). Every problem is collected, then all are reported at once.
 */
public final class SettingsLoader {

    static final String DEVELOPMENT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/orderdesk";
    static final int MIN_SECRET_BYTES = 32;
    // Stable so that development hashes survive a restart; production must configure its own.
    private static final String DEVELOPMENT_PEPPER = "orderdesk-development-pepper-not-for-production";
    /** The secrets shipped in {@code .env.example} (a test keeps this list and the file in step) and the development pepper. */
    static final Set<String> PLACEHOLDER_SECRETS = Set.of(
            "change-me-to-at-least-32-random-bytes-please",
            "change-me-too-32-random-bytes-stable-forever",
            DEVELOPMENT_PEPPER);

    private final EnvironmentValues env;
    private final List<String> warnings = new ArrayList<>();

    private SettingsLoader(Map<String, String> values) {
        this.env = new EnvironmentValues(values);
    }

    /** Reads {@code .env} in {@code directory} (if present) under the given process environment. */
    public static Loaded load(Map<String, String> environment, Path directory) {
        Map<String, String> values = new HashMap<>();
        List<String> fileProblems = new ArrayList<>();
        try {
            // Absolute: dotenv-java joins the directory and the file name with '/', so the empty path of the
            // working directory would have meant "/.env".
            Dotenv dotenv = Dotenv.configure().directory(directory.toAbsolutePath().toString()).ignoreIfMissing().load();
            for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
                values.put(entry.getKey().toUpperCase(Locale.ROOT), entry.getValue());
            }
        } catch (DotenvException e) {
            fileProblems.add(".env: cannot be read (" + e.getMessage() + ")");
        }
        environment.forEach((key, value) -> values.put(key.toUpperCase(Locale.ROOT), value));
        SettingsLoader loader = new SettingsLoader(values);
        fileProblems.forEach(loader.env::problem);
        return loader.build();
    }

    /** Settings plus the warnings to log once logging is configured. */
    public record Loaded(Settings settings, List<String> warnings) {
    }

    private Loaded build() {
        Environment environment = env.choice("ENVIRONMENT", Environment.class, Environment.PRODUCTION);
        boolean production = environment == Environment.PRODUCTION;
        Optional<Secret> secretKey = env.secret("SECRET_KEY", production, MIN_SECRET_BYTES);
        Optional<Secret> pepper = env.secret("PASSWORD_PEPPER", production, MIN_SECRET_BYTES);
        if (production) {
            refuseWeakSecrets(secretKey, pepper);
        }
        int bcryptMinimum = environment == Environment.TEST ? 4 : 10;
        int hashThreads = env.integer("PASSWORD_HASH_THREADS", Runtime.getRuntime().availableProcessors(), 1, 1_024);
        Settings settings = new Settings(
                env.text("APP_NAME", "orderdesk"),
                env.text("APP_VERSION", "0.1.0"),
                env.bool("DEBUG", false),
                environment,
                env.text("HOST", "0.0.0.0"),
                env.integer("PORT", 8000, 0, 65_535),
                databaseUrl(production),
                env.integer("DATABASE_POOL_SIZE", 20, 1, 500),
                env.integer("DATABASE_MAX_OVERFLOW", 10, 0, 500),
                Duration.ofSeconds(env.integer("DATABASE_CONNECT_TIMEOUT_SECONDS", 3, 1, 60)),
                Duration.ofSeconds(env.integer("DATABASE_SOCKET_TIMEOUT_SECONDS", 30, 1, 3_600)),
                Duration.ofSeconds(env.integer("DATABASE_CONNECT_RETRY_SECONDS", 30, 0, 3_600)),
                secretKey.orElseGet(() -> generatedSecret("SECRET_KEY", production)),
                env.secret("SECRET_KEY_PREVIOUS", false, MIN_SECRET_BYTES),
                secretKey.isEmpty(),
                pepper.orElseGet(() -> developmentPepper(production)),
                env.integer("ACCESS_TOKEN_EXPIRE_MINUTES", 30, 1, 1_440),
                env.integer("REFRESH_TOKEN_EXPIRE_DAYS", 7, 1, 365),
                env.raw("REDIS_URL"),
                env.raw("SMTP_HOST"),
                env.integer("SMTP_PORT", 587, 1, 65_535),
                origins(),
                env.integer("BCRYPT_COST", 12, bcryptMinimum, 31),
                hashThreads,
                env.integer("PASSWORD_HASH_QUEUE", 2 * hashThreads, 0, 10_000),
                logLevel(),
                env.bool("MIGRATE_ON_START", true),
                env.integer("MAX_BODY_BYTES", 1_048_576, 1_024, 64 * 1_048_576),
                Duration.ofSeconds(env.integer("SHUTDOWN_TIMEOUT", 20, 0, 600)),
                env.list("TRUSTED_PROXIES", ""),
                env.integer("ADDRESS_RATE_LIMIT_PER_MINUTE", 120, 0, 1_000_000),
                firstAdmin(),
                env.bool("METRICS_ENABLED", true),
                logFormat(production));
        if (!env.problems().isEmpty()) {
            throw new InvalidSettingsException(env.problems());
        }
        return new Loaded(settings, List.copyOf(warnings));
    }

    /** Production must not run on a secret anybody can read in the repository, nor on one secret used twice. */
    private void refuseWeakSecrets(Optional<Secret> secretKey, Optional<Secret> pepper) {
        secretKey.filter(key -> PLACEHOLDER_SECRETS.contains(key.value())).ifPresent(key ->
                env.problem("SECRET_KEY: is the placeholder of .env.example; set a random secret of at least "
                        + MIN_SECRET_BYTES + " bytes"));
        pepper.filter(value -> PLACEHOLDER_SECRETS.contains(value.value())).ifPresent(value ->
                env.problem("PASSWORD_PEPPER: is the placeholder of .env.example; set a random secret of at least "
                        + MIN_SECRET_BYTES + " bytes"));
        if (secretKey.isPresent() && pepper.isPresent() && secretKey.get().value().equals(pepper.get().value())) {
            env.problem("PASSWORD_PEPPER: must differ from SECRET_KEY (the key rotates, the pepper never may)");
        }
    }

    private DatabaseUrl databaseUrl(boolean production) {
        Optional<String> value = env.raw("DATABASE_URL");
        if (value.isEmpty() && production) {
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

    private Secret generatedSecret(String name, boolean production) {
        if (!production) {
            warnings.add(name + " is not set: using a random key for this run only. Tokens will not survive a restart. "
                    + "Never run production like this.");
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    private Secret developmentPepper(boolean production) {
        if (!production) {
            warnings.add("PASSWORD_PEPPER is not set: using the public development pepper. Never run production like this.");
        }
        return new Secret(DEVELOPMENT_PEPPER);
    }

    private List<String> origins() {
        return env.list("ALLOWED_ORIGINS", "http://localhost:3000");
    }

    private Optional<Settings.FirstAdmin> firstAdmin() {
        Optional<String> email = env.raw("FIRST_ADMIN_EMAIL");
        Optional<String> password = env.raw("FIRST_ADMIN_PASSWORD");
        if (email.isPresent() != password.isPresent()) {
            env.problem("FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD: set both or neither");
            return Optional.empty();
        }
        return email.map(e -> new Settings.FirstAdmin(e, new Secret(password.get())));
    }

    private Settings.LogFormat logFormat(boolean production) {
        return env.choice("LOG_FORMAT", Settings.LogFormat.class,
                production ? Settings.LogFormat.JSON : Settings.LogFormat.TEXT);
    }

    private String logLevel() {
        String value = env.text("LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
        if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF").contains(value)) {
            env.problem("LOG_LEVEL: must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF (got '" + value + "')");
            return "INFO";
        }
        return value;
    }
}
