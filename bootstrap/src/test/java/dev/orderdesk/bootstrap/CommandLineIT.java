package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.migrations.Migrations;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as an operator runs it: from a working directory, with the environment it finds there. */
class CommandLineIT {

    @TempDir
    Path workingDirectory;

    @Test
    void readsTheDotEnvOfTheWorkingDirectory() throws Exception {
        Files.writeString(workingDirectory.resolve(".env"), "ENVIRONMENT=development\nLOG_LEVEL=chatty\n");

        Result result = run(Map.of(), "check");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("LOG_LEVEL: must be one of");
    }

    @Test
    void productionRefusesPlaceholderAndRepeatedSecretsNamingTheVariableWithOrWithoutTheServeCommand() throws Exception {
        Map<String, String> placeholders = Map.of("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/orderdesk",
                "SECRET_KEY", "change-me-to-at-least-32-random-bytes-please",
                "PASSWORD_PEPPER", "change-me-to-at-least-32-random-bytes-please");

        for (Result result : List.of(run(placeholders, "serve"), run(placeholders))) {
            assertThat(result.status()).isEqualTo(2);
            assertThat(result.err()).contains("SECRET_KEY: is the placeholder of .env.example")
                    .contains("PASSWORD_PEPPER: must differ from SECRET_KEY")
                    .doesNotContain("change-me");
        }
    }

    @Test
    void helpOnTheJarAndOnACommand() throws Exception {
        Result jar = run(Map.of(), "--help");
        Result users = run(Map.of(), "users", "--help");

        assertThat(jar.status()).isZero();
        assertThat(jar.out()).contains("serve", "migrate", "db", "check", "create-admin", "users");
        assertThat(users.status()).isZero();
        assertThat(users.out()).contains("deactivate", "activate", "set-role", "list");
    }

    @Test
    void versionNamesTheProjectVersionAndCommit() throws Exception {
        Result result = run(Map.of(), "--version");

        assertThat(result.status()).isZero();
        assertThat(result.out().strip()).matches("orderdesk \\S+ \\(commit [0-9a-f]{7,}\\)");
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineAfterRetryingThenExitOne() throws Exception {
        int closedPort = closedPort();

        Result result = run(Map.of("ENVIRONMENT", "development", "DATABASE_CONNECT_RETRY_SECONDS", "1",
                "DATABASE_URL", "postgresql://postgres@127.0.0.1:" + closedPort + "/orderdesk"), "migrate");

        assertThat(result.status()).isEqualTo(1);
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("Cannot reach PostgreSQL at 127.0.0.1:" + closedPort
                + " (database orderdesk, user postgres)")
                .contains("Check that PostgreSQL is running");
        assertThat(result.out()).contains("Retrying in").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aServerThatRefusesUsIsOneClearLineAtOnceWithoutRetrying() throws Exception {
        Result result = run(Map.of("ENVIRONMENT", "development", "DATABASE_CONNECT_RETRY_SECONDS", "600",
                "DATABASE_URL", "postgresql://no_such_role_it@127.0.0.1:5432/orderdesk"), "migrate");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().lines().toList()).singleElement().asString()
                .startsWith("PostgreSQL refused the connection at 127.0.0.1:5432 (database orderdesk, user no_such_role_it)")
                .contains("Check the user, password and permissions in DATABASE_URL");
        assertThat(result.out()).doesNotContain("Retrying").doesNotContain("\tat ");
    }

    @Test
    void anUnreachableRedisStopsServeWithOneClearLineAndCheckNamesIt() throws Exception {
        int closedPort = closedPort();
        // The test database, left as it is (no migrations): start-up must stop at Redis.
        // Start-up waits for a Redis that may still be starting as long as for the database: 1 s here.
        Map<String, String> environment = Map.of("ENVIRONMENT", "development", "MIGRATE_ON_START", "false",
                "DATABASE_URL", TestDatabase.serverUrlNaming("test"), "DATABASE_CONNECT_RETRY_SECONDS", "1",
                "REDIS_URL", "redis://:s3cret@127.0.0.1:" + closedPort + "/0");

        Result serve = run(environment, "serve");
        Result check = run(environment, "check");

        assertThat(serve.status()).isEqualTo(1);
        assertThat(serve.err().lines().toList()).singleElement().asString()
                .startsWith("Cannot use Redis at redis://127.0.0.1:" + closedPort + "/0: ")
                .contains("REDIS_URL")
                .doesNotContain("s3cret");
        assertThat(serve.out()).contains("Retrying in").doesNotContain("\tat ").doesNotContain("listening");
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.err()).contains("redis: Cannot use Redis at redis://127.0.0.1:" + closedPort + "/0: ");
    }

    @Test
    void serveWithoutMigratingRefusesADatabaseBehindTheCode() throws Exception {
        String database = "orderdesk_it_unmigrated_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try {
            Result serve = run(Map.of("ENVIRONMENT", "development", "MIGRATE_ON_START", "false",
                    "DATABASE_URL", TestDatabase.serverUrlNaming(database)), "serve");

            assertThat(serve.status()).isEqualTo(1);
            assertThat(serve.err().lines().toList()).singleElement().asString()
                    .isEqualTo("The database has " + Migrations.changesets().size()
                            + " pending changesets; run: orderdesk migrate");
            assertThat(serve.out()).doesNotContain("listening");
        } finally {
            TestDatabase.executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private record Result(int status, String out, String err) {
    }

    private Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path out = workingDirectory.resolve("out.log");
        Path err = workingDirectory.resolve("err.log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("orderdesk.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
