package org.example.host;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

/**
 * The host's own Liquibase migration, as the team had it before adopting Orderdesk: its changelog at
 * {@code db/changelog/db.changelog-master.yaml}, Liquibase's default history tables, its tables in {@code public}.
 */
final class HostMigrations {

    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private HostMigrations() {
    }

    static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // The pool's search path starts with Orderdesk's schema; the host's tables stay in public.
            database.setDefaultSchemaName("public");
            Scope.child(Map.of("liquibase.analytics.enabled", false), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .execute());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to migrate the host's tables", e);
        } catch (Exception e) {
            throw new IllegalStateException("the host's migration failed", e);
        }
    }
}
