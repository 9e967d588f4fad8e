package dev.orderdesk.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the changesets land: a named schema, created if missing, or the connection's current one. */
class MigrationsSchemaTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase();

    @Test
    void applyCreatesANamedSchemaAndKeepsTablesAndHistoryInIt() {
        Migrations.apply(database.dataSource(), "shop");

        assertThat(database.tables("shop")).contains("users", "orders", "orderdesk_databasechangelog",
                "orderdesk_databasechangeloglock");
        assertThat(database.tables("public")).isEmpty();
        assertThat(Migrations.state(database.dataSource(), "shop").pending()).isEmpty();
        assertThat(Migrations.state(database.dataSource()).pending()).as("public is another schema")
                .containsExactlyElementsOf(Migrations.changesets());
    }

    @Test
    void applyWithoutASchemaMigratesTheConnectionsCurrentSchema() {
        database.execute("CREATE SCHEMA shop");

        Migrations.apply(database.dataSource("shop"));

        assertThat(database.tables("shop")).contains("users", "orderdesk_databasechangelog");
        assertThat(database.tables("public")).isEmpty();
        assertThat(Migrations.state(database.dataSource("shop")).pending()).isEmpty();
    }

    @Test
    void applyGivesTheConnectionBackWithItsSearchPathAndCommitMode() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            String searchPath = searchPath(connection);

            Migrations.apply(sharing(connection), "shop");

            assertThat(connection.getAutoCommit()).isFalse();
            connection.commit();
            assertThat(searchPath(connection)).isEqualTo(searchPath).isEqualTo("\"$user\", public");
        }
    }

    @Test
    void readingTheStateOfAMissingSchemaCreatesNothing() {
        MigrationState state = Migrations.state(database.dataSource(), "nowhere");

        assertThat(state.applied()).isEmpty();
        assertThat(state.pending()).containsExactlyElementsOf(Migrations.changesets());
        assertThat(database.column("SELECT nspname FROM pg_namespace WHERE nspname = 'nowhere'")).isEmpty();
        assertThat(Migrations.state(database.dataSource("nowhere")).pending())
                .containsExactlyElementsOf(Migrations.changesets());
    }

    @Test
    void applyOnASearchPathNamingNoExistingSchemaSaysSo() {
        assertThatThrownBy(() -> Migrations.apply(database.dataSource("nowhere"))).isInstanceOf(MigrationException.class)
                .hasMessageContaining("search path names no schema that exists");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Shop", "shop-eu", "1shop", "pg_shop", "shop;drop", "\"shop\"",
            "a123456789012345678901234567890123456789012345678901234567890123"})
    void rejectsSchemaNamesThatAreNotPlainLowerCaseIdentifiers(String schema) {
        assertThatThrownBy(() -> Migrations.apply(database.dataSource(), schema))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case identifier");
        assertThatThrownBy(() -> Migrations.state(database.dataSource(), schema))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String searchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW search_path")) {
            result.next();
            return result.getString(1);
        }
    }

    /** A data source handing out this one connection, which closing leaves open: a pool's view of it. */
    private static DataSource sharing(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> "close".equals(method.getName())
                        ? null : method.invoke(connection, args));
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if ("getConnection".equals(method.getName())) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
