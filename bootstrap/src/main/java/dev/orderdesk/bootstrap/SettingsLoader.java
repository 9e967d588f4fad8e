package dev.orderdesk.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderdesk.adapter.persistence.DatabaseUrl;
import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link Settings} from the process environment over an optional {@code .env} file (the environment wins;
 * names are case-insensitive). Every problem is collected, then all are reported at once.
 */
public final class SettingsLoader {

    static final String DEVELOPMENT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/orderdesk";
    static final int MIN_SECRET_BYTES = 32;
    // Stable so that development hashes survive a restart; production must configure its own.
    private static final String DEVELOPMENT_PEPPER = "orderdesk-development-pepper-not-for-production";

    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private SettingsLoader(Map<String, String> values) {
        this.values = values;
    }

    /** Reads {@code .env} in {@code directory} (if present) under the given process environment. */
    public static Loaded load(Map<String, String> environment, Path directory) {
        Map<String, String> values = new HashMap<>();
        List<String> fileProblems = new ArrayList<>();
        try {
            Dotenv dotenv = Dotenv.configure().directory(directory.toString()).ignoreIfMissing().load();
            for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
                values.put(entry.getKey().toUpperCase(Locale.ROOT), entry.getValue());
            }
        } catch (DotenvException e) {
            fileProblems.add(".env: cannot be read (" + e.getMessage() + ")");
        }
        environment.forEach((key, value) -> values.put(key.toUpperCase(Locale.ROOT), value));
        SettingsLoader loader = new SettingsLoader(values);
        loader.problems.addAll(fileProblems);
        return loader.build();
    }

    /** Settings plus the warnings to log once logging is configured. */
    public record Loaded(Settings settings, List<String> warnings) {
    }

    private Loaded build() {
        Environment environment = choice("ENVIRONMENT", Environment.PRODUCTION);
        boolean production = environment == Environment.PRODUCTION;
        Optional<Secret> secretKey = secret("SECRET_KEY", production);
        Optional<Secret> pepper = secret("PASSWORD_PEPPER", production);
        int bcryptMinimum = environment == Environment.TEST ? 4 : 10;
        Settings settings = new Settings(
                text("APP_NAME", "orderdesk"),
                text("APP_VERSION", "0.1.0"),
                bool("DEBUG", false),
                environment,
                text("HOST", "0.0.0.0"),
                integer("PORT", 8000, 0, 65_535),
                databaseUrl(production),
                integer("DATABASE_POOL_SIZE", 20, 1, 500),
                integer("DATABASE_MAX_OVERFLOW", 10, 0, 500),
                Duration.ofSeconds(integer("DATABASE_CONNECT_TIMEOUT_SECONDS", 3, 1, 60)),
                Duration.ofSeconds(integer("DATABASE_SOCKET_TIMEOUT_SECONDS", 30, 1, 3_600)),
                secretKey.orElseGet(() -> generatedSecret("SECRET_KEY", production)),
                secret("SECRET_KEY_PREVIOUS", false),
                secretKey.isEmpty(),
                pepper.orElseGet(() -> developmentPepper(production)),
                integer("ACCESS_TOKEN_EXPIRE_MINUTES", 30, 1, 1_440),
                integer("REFRESH_TOKEN_EXPIRE_DAYS", 7, 1, 365),
                optionalText("REDIS_URL"),
                optionalText("SMTP_HOST"),
                integer("SMTP_PORT", 587, 1, 65_535),
                origins(),
                integer("BCRYPT_COST", 12, bcryptMinimum, 31),
                logLevel(),
                bool("MIGRATE_ON_START", true),
                integer("MAX_BODY_BYTES", 1_048_576, 1_024, 64 * 1_048_576),
                Duration.ofSeconds(integer("SHUTDOWN_TIMEOUT", 20, 0, 600)),
                list("TRUSTED_PROXIES", ""),
                integer("ADDRESS_RATE_LIMIT_PER_MINUTE", 120, 0, 1_000_000),
                firstAdmin(),
                bool("METRICS_ENABLED", true),
                logFormat(production));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new Loaded(settings, List.copyOf(warnings));
    }

    private Optional<String> raw(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private String text(String name, String defaultValue) {
        return raw(name).orElse(defaultValue);
    }

    private Optional<String> optionalText(String name) {
        return raw(name);
    }

    private int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the range
        }
        problems.add(name + ": must be an integer from " + min + " to " + max + " (got '" + value.get() + "')");
        return defaultValue;
    }

    private boolean bool(String name, boolean defaultValue) {
        Optional<String> value = raw(name).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return defaultValue;
        }
        switch (value.get()) {
            case "true", "1", "yes", "on" -> {
                return true;
            }
            case "false", "0", "no", "off" -> {
                return false;
            }
            default -> {
                problems.add(name + ": must be true or false (got '" + value.get() + "')");
                return defaultValue;
            }
        }
    }

    private Environment choice(String name, Environment defaultValue) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Environment.valueOf(value.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(name + ": must be one of production, development, test (got '" + value.get() + "')");
            return defaultValue;
        }
    }

    private DatabaseUrl databaseUrl(boolean production) {
        Optional<String> value = raw("DATABASE_URL");
        if (value.isEmpty() && production) {
            problems.add("DATABASE_URL: is required in production");
            return DatabaseUrl.parse(DEVELOPMENT_DATABASE_URL);
        }
        try {
            return DatabaseUrl.parse(value.orElse(DEVELOPMENT_DATABASE_URL));
        } catch (IllegalArgumentException e) {
            // The parser's messages never contain the password, so they are safe to show.
            problems.add("DATABASE_URL: " + e.getMessage());
            return DatabaseUrl.parse(DEVELOPMENT_DATABASE_URL);
        }
    }

    private Optional<Secret> secret(String name, boolean required) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            if (required) {
                problems.add(name + ": is required in production (at least " + MIN_SECRET_BYTES + " bytes)");
            }
            return Optional.empty();
        }
        if (value.get().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            problems.add(name + ": must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        return value.map(Secret::new);
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
        return list("ALLOWED_ORIGINS", "http://localhost:3000");
    }

    /** A comma list or a JSON list of strings. */
    private List<String> list(String name, String defaultValue) {
        String value = raw(name).orElse(defaultValue);
        if (value.startsWith("[")) {
            try {
                return Arrays.stream(new ObjectMapper().readValue(value, String[].class)).map(String::strip).toList();
            } catch (JsonProcessingException e) {
                problems.add(name + ": is not a valid JSON list of strings");
                return List.of();
            }
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Optional<Settings.FirstAdmin> firstAdmin() {
        Optional<String> email = raw("FIRST_ADMIN_EMAIL");
        Optional<String> password = raw("FIRST_ADMIN_PASSWORD");
        if (email.isPresent() != password.isPresent()) {
            problems.add("FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD: set both or neither");
            return Optional.empty();
        }
        return email.map(e -> new Settings.FirstAdmin(e, new Secret(password.get())));
    }

    private Settings.LogFormat logFormat(boolean production) {
        String value = raw("LOG_FORMAT").orElse(production ? "json" : "text").toUpperCase(Locale.ROOT);
        try {
            return Settings.LogFormat.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            problems.add("LOG_FORMAT: must be json or text (got '" + value.toLowerCase(Locale.ROOT) + "')");
            return Settings.LogFormat.TEXT;
        }
    }

    private String logLevel() {
        String value = text("LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
        if (!List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF").contains(value)) {
            problems.add("LOG_LEVEL: must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF (got '" + value + "')");
            return "INFO";
        }
        return value;
    }
}
