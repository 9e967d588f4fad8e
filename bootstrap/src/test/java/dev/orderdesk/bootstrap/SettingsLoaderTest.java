package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.adapter.http.ClientLimits;
import dev.orderdesk.adapter.http.JsonLimits;
import dev.orderdesk.adapter.security.HashingSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    private static final String KEY = "k".repeat(32);

    @TempDir
    Path directory;

    @Test
    void productionNeedsItsSecretsAndDatabaseAndReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("PORT", "eighty", "BCRYPT_COST", "8"), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("PORT:"))
                        .anySatisfy(p -> assertThat(p).startsWith("BCRYPT_COST:"))
                        .anySatisfy(p -> assertThat(p).startsWith("SECRET_KEY:"))
                        .anySatisfy(p -> assertThat(p).startsWith("PASSWORD_PEPPER:"))
                        .anySatisfy(p -> assertThat(p).startsWith("DATABASE_URL:"))
                        .hasSize(5));
    }

    @Test
    void neverEchoesASecretThatIsTooShort() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("SECRET_KEY", "hunter2", "ENVIRONMENT", "development",
                "DATABASE_URL", "postgresql://u:pa55word@db/x?bad", "PORT", "-1"), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.getMessage()).contains("SECRET_KEY").doesNotContain("hunter2").doesNotContain("pa55word");
                    assertThat(e.problems()).hasSize(2);
                });
    }

    @Test
    void developmentMakesUpAThrowAwayKeyWithAWarning() {
        SettingsLoader.Loaded<Settings> loaded = SettingsLoader.load(Map.of("ENVIRONMENT", "development"), directory);

        assertThat(loaded.settings().security().secretKeyGenerated()).isTrue();
        assertThat(loaded.settings().security().jwt().secretKey()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(loaded.settings().toString())
                .doesNotContain(new String(loaded.settings().security().jwt().secretKey(), StandardCharsets.UTF_8));
        assertThat(loaded.warnings()).anySatisfy(w -> assertThat(w).contains("SECRET_KEY"));
        assertThat(loaded.settings().database().url().databaseName()).isEqualTo("orderdesk");
    }

    @Test
    void productionRefusesPlaceholdersAndRepeatedSecretsNamingEachVariableWithoutEchoingThem() {
        String keyPlaceholder = "change-me-to-at-least-32-random-bytes-please";
        String pepperPlaceholder = "change-me-too-32-random-bytes-stable-forever";
        Map<String, String> production = Map.of("DATABASE_URL", "postgresql://app@db:5432/orders",
                "SECRET_KEY", pepperPlaceholder, "PASSWORD_PEPPER", keyPlaceholder, "SECRET_KEY_PREVIOUS", keyPlaceholder);

        assertThatThrownBy(() -> SettingsLoader.load(production, directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.problems()).containsExactlyInAnyOrder(
                            "SECRET_KEY: is the placeholder of .env.example; set a random secret of at least 32 bytes",
                            "PASSWORD_PEPPER: is the placeholder of .env.example; set a random secret of at least 32 bytes",
                            "SECRET_KEY_PREVIOUS: is the placeholder of .env.example; set a random secret of at least 32 bytes",
                            "SECRET_KEY_PREVIOUS: must differ from PASSWORD_PEPPER");
                    assertThat(e.getMessage()).doesNotContain("change-me");
                });
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("DATABASE_URL", "postgresql://app@db:5432/orders",
                "SECRET_KEY", KEY, "PASSWORD_PEPPER", "p".repeat(32), "SECRET_KEY_PREVIOUS", KEY), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .containsExactly("SECRET_KEY_PREVIOUS: must differ from SECRET_KEY"));
    }

    @Test
    void developmentAcceptsWhatProductionRefuses() {
        Settings settings = SettingsLoader.load(Map.of("ENVIRONMENT", "development",
                "SECRET_KEY", KEY, "PASSWORD_PEPPER", KEY), directory).settings();

        assertThat(settings.security().secretKeyGenerated()).isFalse();
    }

    @Test
    void theSecretsShippedInEnvExampleAreKnownPlaceholders() throws java.io.IOException {
        List<String> shipped = java.nio.file.Files.readAllLines(Path.of("..", ".env.example")).stream()
                .filter(line -> line.startsWith("SECRET_KEY=") || line.startsWith("PASSWORD_PEPPER="))
                .map(line -> line.substring(line.indexOf('=') + 1)).toList();

        assertThat(shipped).hasSize(2);
        assertThat(SecuritySection.PLACEHOLDER_SECRETS).containsAll(shipped);
    }

    @Test
    void theDatabaseCommandsNeedOnlyTheDatabaseSettingsEvenInProduction() {
        SettingsLoader.Loaded<SettingsLoader.DatabaseOnly> loaded = SettingsLoader.loadDatabaseOnly(
                Map.of("DATABASE_URL", "postgresql://app@db:5432/orders", "DATABASE_CONNECT_RETRY_SECONDS", "5"), directory);

        assertThat(loaded.settings().database().url().databaseName()).isEqualTo("orders");
        assertThat(loaded.settings().database().connectRetry()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> SettingsLoader.loadDatabaseOnly(Map.of("PORT", "eighty"), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class,
                        e -> assertThat(e.problems()).containsExactly("DATABASE_URL: is required in production"));
    }

    @Test
    void appliesTheDocumentedDefaults() {
        Settings settings = SettingsLoader.load(Map.of("SECRET_KEY", KEY, "PASSWORD_PEPPER", "p".repeat(32),
                "DATABASE_URL", "postgresql://app@db:5432/orders"), directory).settings();

        assertThat(settings.service().environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(settings.http().host()).isEqualTo("0.0.0.0");
        assertThat(settings.http().port()).isEqualTo(8000);
        assertThat(settings.service().debug()).isFalse();
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(settings.database().poolSize()).as("one kept open per processor").isEqualTo(processors);
        assertThat(settings.database().poolSize() + settings.database().maxOverflow())
                .as("the pool's maximum: 2 × processors + 1").isEqualTo(2 * processors + 1);
        assertThat(settings.database().schema()).as("the connection's default schema").isEmpty();
        assertThat(settings.security().jwt().lifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.policies().sessions().refreshTokenLifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.http().allowedOrigins()).containsExactly("http://localhost:3000");
        assertThat(settings.security().hashing().bcryptCost()).isEqualTo(12);
        assertThat(settings.security().hashing().maxWait()).isEqualTo(Duration.ofSeconds(10));
        int threads = settings.security().hashing().threads();
        assertThat(settings.security().hashing().queue()).as("what 10 s clear at 20 ms a hash").isEqualTo(500 * threads);
        assertThat(settings.service().migrateOnStart()).isTrue();
        assertThat(settings.http().maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(settings.http().drainTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.http().shutdownGrace()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.http().jsonLimits()).isEqualTo(new JsonLimits(32, 100, 1_000, 10_000));
        assertThat(settings.http().clientLimits().maxConnections()).isEqualTo(10_000);
        assertThat(settings.http().clientLimits().idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.http().clientLimits().headerTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.http().clientLimits().bodyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.http().clientLimits().minBodyRate()).isEqualTo(1_024);
        assertThat(settings.http().clientLimits().maxHeaderBytes()).isEqualTo(8_192);
    }

    @Test
    void readsTheDatabaseSchemaAndRefusesOneThatIsNotAPlainLowerCaseIdentifier() {
        assertThat(SettingsLoader.loadDatabaseOnly(Map.of("ENVIRONMENT", "development", "DATABASE_SCHEMA", "shop_eu"),
                directory).settings().database().schema()).contains("shop_eu");

        for (String invalid : List.of("Shop", "shop-eu", "1shop", "pg_shop", "shop;drop", "a".repeat(64))) {
            assertThatThrownBy(() -> SettingsLoader.loadDatabaseOnly(Map.of("ENVIRONMENT", "development",
                    "DATABASE_SCHEMA", invalid), directory))
                    .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                            .singleElement().asString().startsWith("DATABASE_SCHEMA: must be a plain lower-case"));
        }
    }

    @Test
    void readsTheClientLimitsAndRefusesThemOutOfBounds() {
        ClientLimits limits = SettingsLoader.load(Map.of("ENVIRONMENT", "development", "MAX_CONNECTIONS", "500",
                "IDLE_TIMEOUT_SECONDS", "15", "HEADER_TIMEOUT_SECONDS", "5", "BODY_TIMEOUT_SECONDS", "20",
                "MIN_BODY_RATE_BYTES", "0", "MAX_HEADER_BYTES", "16384"), directory).settings().http().clientLimits();

        assertThat(limits).isEqualTo(new ClientLimits(500, Duration.ofSeconds(15), Duration.ofSeconds(5),
                Duration.ofSeconds(20), 0, 16_384));
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("ENVIRONMENT", "development", "MAX_CONNECTIONS", "0",
                "BODY_TIMEOUT_SECONDS", "0", "MIN_BODY_RATE_BYTES", "-1", "MAX_HEADER_BYTES", "100"), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("MAX_CONNECTIONS:"))
                        .anySatisfy(p -> assertThat(p).startsWith("BODY_TIMEOUT_SECONDS:"))
                        .anySatisfy(p -> assertThat(p).startsWith("MIN_BODY_RATE_BYTES:"))
                        .anySatisfy(p -> assertThat(p).startsWith("MAX_HEADER_BYTES:"))
                        .hasSize(4));
    }

    @Test
    void readsTheJsonLimitsWithinTheirBounds() {
        Settings settings = SettingsLoader.load(Map.of("ENVIRONMENT", "development", "JSON_MAX_DEPTH", "8",
                "JSON_MAX_OBJECT_KEYS", "20", "JSON_MAX_ARRAY_LENGTH", "500", "JSON_MAX_STRING_LENGTH", "4096"),
                directory).settings();
        assertThat(settings.http().jsonLimits()).isEqualTo(new JsonLimits(8, 20, 500, 4_096));

        // An order needs 3 levels, 3 keys, 100 lines and 512-character strings: less would refuse legitimate bodies.
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("ENVIRONMENT", "development", "JSON_MAX_DEPTH", "2",
                "JSON_MAX_OBJECT_KEYS", "2", "JSON_MAX_ARRAY_LENGTH", "99", "JSON_MAX_STRING_LENGTH", "511"), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems()).containsExactly(
                        "JSON_MAX_DEPTH: must be an integer from 3 to 1000 (got '2')",
                        "JSON_MAX_OBJECT_KEYS: must be an integer from 3 to 1000000 (got '2')",
                        "JSON_MAX_ARRAY_LENGTH: must be an integer from 100 to 1000000 (got '99')",
                        "JSON_MAX_STRING_LENGTH: must be an integer from 512 to 67108864 (got '511')"));
    }

    @Test
    void aShutdownGraceOfZeroStopsAcceptingAtOnceAndANegativeOneIsRefused() {
        Map<String, String> development = Map.of("ENVIRONMENT", "development", "SHUTDOWN_GRACE", "0");
        assertThat(SettingsLoader.load(development, directory).settings().http().shutdownGrace()).isZero();

        assertThatThrownBy(() -> SettingsLoader.load(Map.of("ENVIRONMENT", "development", "SHUTDOWN_GRACE", "-1"),
                directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith("SHUTDOWN_GRACE:"));
    }

    @Test
    void readsTheHashingBudgetAndKeepsAnExplicitQueueAsItsHardCap() {
        Map<String, String> environment = Map.of("ENVIRONMENT", "development", "PASSWORD_HASH_THREADS", "2",
                "PASSWORD_HASH_MAX_WAIT_SECONDS", "0", "PASSWORD_HASH_QUEUE", "64");
        HashingSettings hashing = SettingsLoader.load(environment, directory).settings().security().hashing();
        assertThat(hashing.maxWait()).isZero();
        assertThat(hashing.queue()).isEqualTo(64);

        HashingSettings derived = SettingsLoader.load(Map.of("ENVIRONMENT", "development", "PASSWORD_HASH_THREADS", "2",
                "PASSWORD_HASH_MAX_WAIT_SECONDS", "3"), directory).settings().security().hashing();
        assertThat(derived.queue()).isEqualTo(300);

        assertThatThrownBy(() -> SettingsLoader.load(Map.of("ENVIRONMENT", "development",
                "PASSWORD_HASH_MAX_WAIT_SECONDS", "61"), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith("PASSWORD_HASH_MAX_WAIT_SECONDS: must be an integer from 0 to 60"));
    }

    @Test
    void theEnvironmentOverridesTheDotEnvFileAndNamesAreCaseInsensitive() throws IOException {
        Files.writeString(directory.resolve(".env"), """
                # comments are fine
                environment=development
                PORT=9000
                APP_NAME="from file"
                allowed_origins=["https://a.example", "https://b.example"]
                """);

        Settings settings = SettingsLoader.load(Map.of("port", "9100"), directory).settings();

        assertThat(settings.service().environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(settings.http().port()).isEqualTo(9100);
        assertThat(settings.service().appName()).isEqualTo("from file");
        assertThat(settings.http().allowedOrigins()).containsExactly("https://a.example", "https://b.example");
    }

    @Test
    void readsTheAuthSettingsAndInsistsOnBothFirstAdminValues() {
        Settings settings = SettingsLoader.load(Map.of("ENVIRONMENT", "development", "SECRET_KEY_PREVIOUS", KEY,
                "TRUSTED_PROXIES", "10.0.0.1, 10.0.0.2", "ADDRESS_RATE_LIMIT_PER_MINUTE", "0",
                "FIRST_ADMIN_EMAIL", "root@example.org", "FIRST_ADMIN_PASSWORD", "root-password"), directory).settings();

        assertThat(settings.security().jwt().previousSecretKey()).isPresent();
        assertThat(settings.http().trustedProxies()).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(settings.policies().addressLimit().perMinute()).isZero();
        assertThat(settings.service().firstAdmin()).hasValueSatisfying(admin -> {
            assertThat(admin.email()).isEqualTo("root@example.org");
            assertThat(admin.toString()).doesNotContain("root-password");
        });
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("ENVIRONMENT", "development",
                "FIRST_ADMIN_EMAIL", "root@example.org"), directory))
                .hasMessageContaining("FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD");
    }

    @Test
    void acceptsACommaListOfOriginsAndTheJdbcUrlForm() {
        Settings settings = SettingsLoader.load(Map.of("ENVIRONMENT", "test", "BCRYPT_COST", "4",
                "ALLOWED_ORIGINS", "https://a.example, https://b.example",
                "DATABASE_URL", "jdbc:postgresql://localhost:5432/orders"), directory).settings();

        assertThat(settings.http().allowedOrigins()).containsExactly("https://a.example", "https://b.example");
        assertThat(settings.security().hashing().bcryptCost()).isEqualTo(4);
        assertThat(settings.database().url().databaseName()).isEqualTo("orders");
    }

    @Test
    void readsTheCallerCacheBoundsWithThirtySecondsAndTenThousandByDefault() {
        Settings defaults = SettingsLoader.load(Map.of("ENVIRONMENT", "development"), directory).settings();
        Settings chosen = SettingsLoader.load(Map.of("ENVIRONMENT", "development", "CALLER_CACHE_TTL_SECONDS", "0",
                "CALLER_CACHE_MAX_ENTRIES", "50"), directory).settings();

        assertThat(defaults.policies().callers().maxAge()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.policies().callers().maxEntries()).isEqualTo(10_000);
        assertThat(chosen.policies().callers().maxAge()).isZero();
        assertThat(chosen.policies().callers().maxEntries()).isEqualTo(50);
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("ENVIRONMENT", "development",
                "CALLER_CACHE_TTL_SECONDS", "301", "CALLER_CACHE_MAX_ENTRIES", "0"), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .anyMatch(problem -> problem.startsWith("CALLER_CACHE_TTL_SECONDS"))
                        .anyMatch(problem -> problem.startsWith("CALLER_CACHE_MAX_ENTRIES")));
    }

    @Test
    void withoutRedisUrlTheLimitsStayInPostgreSql() {
        Settings settings = SettingsLoader.load(Map.of("ENVIRONMENT", "development"), directory).settings();

        assertThat(settings.redis()).isEmpty();
    }

    @Test
    void readsRedisFromTheDotEnvFileWithItsPrefixAndTimeouts() throws IOException {
        Files.writeString(directory.resolve(".env"), """
                REDIS_URL=rediss://:s3cret@cache.internal:6380/2
                REDIS_KEY_PREFIX=shop:
                REDIS_SOCKET_TIMEOUT_SECONDS=5
                """);

        Settings settings = SettingsLoader.load(Map.of("ENVIRONMENT", "development"), directory).settings();

        assertThat(settings.redis()).hasValueSatisfying(redis -> {
            assertThat(redis.url().redacted()).isEqualTo("rediss://cache.internal:6380/2");
            assertThat(redis.url().password()).contains("s3cret");
            assertThat(redis.keyPrefix()).isEqualTo("shop:");
            assertThat(redis.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(redis.socketTimeout()).isEqualTo(Duration.ofSeconds(5));
        });
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void aMalformedRedisUrlIsListedWithTheOtherProblemsWithoutItsPassword() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("ENVIRONMENT", "development", "PORT", "eighty",
                "REDIS_URL", "redis://:s3cret@cache.internal:6379/cache", "REDIS_CONNECT_TIMEOUT_SECONDS", "0"), directory))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.problems()).containsExactlyInAnyOrder(
                            "PORT: must be an integer from 0 to 65535 (got 'eighty')",
                            "REDIS_URL: must name the database by its number (/0, /1 …)",
                            "REDIS_CONNECT_TIMEOUT_SECONDS: must be an integer from 1 to 60 (got '0')");
                    assertThat(e.getMessage()).doesNotContain("s3cret");
                });
    }
}
