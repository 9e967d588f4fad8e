package dev.orderdesk.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database up to the latest schema.
 *
 * <p>Liquibase's lock table makes concurrent calls from several starting instances safe: one migrates,
 * the others wait and then find nothing left to do. Changes land in the connection's current schema.
 */
public final class Migrations {

    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private Migrations() {
    }

    public static void apply(DataSource dataSource) {
        // The service runs offline and must not phone home; Liquibase 4.30+ would try to by default.
        Map<String, Object> quiet = Map.of(
                "liquibase.analytics.enabled", false,
                "liquibase.showBanner", false,
                // Progress goes to the log, not straight to standard output.
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()));
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(quiet, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } catch (SQLException e) {
            throw new MigrationException("Could not connect to the database to migrate it", e);
        } catch (Exception e) {
            throw new MigrationException("Database migration failed", e);
        }
    }
}
