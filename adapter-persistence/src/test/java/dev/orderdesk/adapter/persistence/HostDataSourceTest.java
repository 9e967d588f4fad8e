package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host application brings its own {@code DataSource}: Orderdesk's stores run on it, the host's own SQL joins the
 * same transaction, and closing Orderdesk leaves the host's pool alone.
 */
class HostDataSourceTest {

    private static TestDatabase database;
    private final HikariDataSource host = hostPool();
    private final JdbiPersistence persistence = JdbiPersistence.using(host);

    @BeforeAll
    static void migrateASchemaWithAHostTable() {
        database = TestDatabase.forClass(HostDataSourceTest.class);
        database.execute("CREATE TABLE host_audit (note TEXT NOT NULL)");
    }

    @AfterAll
    static void dropTheSchema() {
        database.close();
    }

    @AfterEach
    void closeTheHostPool() {
        persistence.close();
        host.close();
    }

    @Test
    void theHostsOwnSqlCommitsAndRollsBackWithTheUseCaseTransaction() {
        assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
            register("rolled-back@example.org");
            audit("registered rolled-back");
            throw new IllegalStateException("the host fails after both writes");
        })).hasMessage("the host fails after both writes");
        persistence.transactions().inTransaction(() -> {
            register("kept@example.org");
            audit("registered kept");
            return null;
        });

        assertThat(persistence.users().findByEmail(Email.parse("rolled-back@example.org"))).isEmpty();
        assertThat(persistence.users().findByEmail(Email.parse("kept@example.org"))).isPresent();
        List<String> notes = persistence.jdbi().withHandle(handle -> handle.createQuery("SELECT note FROM host_audit")
                .mapTo(String.class).list());
        assertThat(notes).containsExactly("registered kept");
    }

    @Test
    void aUseCaseInsideTheHostsOwnJdbiTransactionJoinsIt() {
        Jdbi hostJdbi = Jdbi.create(host);
        JdbiPersistence shared = JdbiPersistence.using(host, hostJdbi);

        assertThatThrownBy(() -> hostJdbi.useTransaction(handle -> {
            handle.execute("INSERT INTO host_audit (note) VALUES ('before a use case')");
            shared.transactions().inTransaction(() -> register(shared, "inside-host@example.org"));
            throw new IllegalStateException("the host's transaction fails after the use case");
        })).hasMessage("the host's transaction fails after the use case");
        hostJdbi.useTransaction(handle -> {
            shared.transactions().inTransaction(() -> register(shared, "committed-by-host@example.org"));
            handle.execute("INSERT INTO host_audit (note) VALUES ('after a use case')");
        });

        assertThat(persistence.users().findByEmail(Email.parse("inside-host@example.org"))).isEmpty();
        assertThat(persistence.users().findByEmail(Email.parse("committed-by-host@example.org"))).isPresent();
        List<String> notes = hostJdbi.withHandle(handle -> handle.createQuery("SELECT note FROM host_audit")
                .mapTo(String.class).list());
        assertThat(notes).contains("after a use case").doesNotContain("before a use case");
        shared.close();
        assertThat(host.isClosed()).isFalse();
    }

    @Test
    void closingOrderdeskLeavesTheHostsPoolOpen() throws Exception {
        persistence.close();

        assertThat(host.isClosed()).isFalse();
        try (var connection = host.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void theOwnPoolTakesItsPoolAndApplicationNamesFromTheSettings() {
        DatabaseSettings defaults = TestDatabase.settings(database.url());
        try (JdbiPersistence named = JdbiPersistence.open(new DatabaseSettings(database.url(), 1, 0,
                defaults.connectionTimeout(), defaults.socketTimeout(), Duration.ZERO, "host-orderdesk", "billing"))) {
            assertThat(((HikariDataSource) named.dataSource()).getPoolName()).isEqualTo("host-orderdesk");
            String applicationName = named.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT current_setting('application_name')").mapTo(String.class).one());
            assertThat(applicationName).isEqualTo("billing");
        }
    }

    @Test
    void theOwnPoolWorksInTheConfiguredSchemaWhateverTheUrlSays() {
        DatabaseSettings server = TestDatabase.settings(TestDatabase.serverUrl());
        try (JdbiPersistence inSchema = JdbiPersistence.open(new DatabaseSettings(server.url(), 1, 0,
                server.connectionTimeout(), server.socketTimeout(), Duration.ZERO, "orderdesk", "orderdesk",
                Optional.of(database.schema())))) {
            String schema = inSchema.jdbi().withHandle(handle -> handle.createQuery("SELECT current_schema()")
                    .mapTo(String.class).one());
            assertThat(schema).isEqualTo(database.schema());
            inSchema.users().add(NewUser.register(Email.parse("in-schema@example.org"), UserName.parse("Schema user"),
                    new PasswordHash("h"), Instant.now()));
        }
        assertThat(persistence.users().findByEmail(Email.parse("in-schema@example.org"))).isPresent();
    }

    @Test
    void settingsRefuseASchemaNameThatIsNotAPlainLowerCaseIdentifier() {
        DatabaseSettings server = TestDatabase.settings(TestDatabase.serverUrl());
        assertThatThrownBy(() -> new DatabaseSettings(server.url(), 1, 0, server.connectionTimeout(),
                server.socketTimeout(), Duration.ZERO, "orderdesk", "orderdesk", Optional.of("Shop; DROP TABLE users")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void register(String email) {
        register(persistence, email);
    }

    private static Object register(JdbiPersistence into, String email) {
        return into.users().add(NewUser.register(Email.parse(email), UserName.parse("Host user"),
                new PasswordHash("h"), Instant.now()));
    }

    private void audit(String note) {
        persistence.jdbi().useHandle(handle -> handle.execute("INSERT INTO host_audit (note) VALUES (?)", note));
    }

    private static HikariDataSource hostPool() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("host");
        config.setJdbcUrl(database.url().jdbcUrl());
        config.setDataSourceProperties(database.url().credentials());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
