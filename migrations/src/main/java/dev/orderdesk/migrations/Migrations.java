package dev.orderdesk.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database up to the latest schema.
 *
 * <p>Liquibase's lock table makes concurrent calls from several starting instances safe: one migrates,
 * the others wait and then find nothing left to do. Changes land in the connection's current schema.
 */
public final class Migrations {

    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final long MIGRATION_LOCK = 0x6f7264_6d696772L;

    private Migrations() {
    }

    /**
     * Applies every pending changeset. Instances starting together take turns on a PostgreSQL advisory lock held by
     * this connection's session: Liquibase's own lock table cannot protect its own creation, and two first starts on
     * an empty database used to race creating it. The lock is released when the session ends, even after a crash.
     */
    public static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            advisoryLock(connection, "pg_advisory_lock");
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Scope.child(quietScope(), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute());
            } finally {
                advisoryLock(connection, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new MigrationException("Could not connect to the database to migrate it", e);
        } catch (Exception e) {
            throw new MigrationException("Database migration failed", e);
        }
    }

    /**
     * The changesets applied to the database and those still pending, as {@code path::id::author}. Reads only: a
     * database Liquibase has never touched has every changeset pending, and no tracking table is created.
     */
    public static MigrationState state(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasChangeLogTable(connection)) {
                return new MigrationState(List.of(), changesets());
            }
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            return Scope.child(quietScope(), () -> {
                Liquibase liquibase = new Liquibase(CHANGELOG, Scope.getCurrentScope().getResourceAccessor(), database);
                List<String> pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                        .map(changeSet -> changeSet.toString(false)).toList();
                List<String> applied = database.getRanChangeSetList().stream()
                        .map(ran -> ran.getChangeLog() + "::" + ran.getId() + "::" + ran.getAuthor()).toList();
                return new MigrationState(applied, pending);
            });
        } catch (SQLException e) {
            throw new MigrationException("Could not connect to the database to read its migrations", e);
        } catch (MigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationException("Could not read the database's migrations", e);
        }
    }

    /** Every changeset of the changelog, in order, as {@code path::id::author}; needs no database. */
    public static List<String> changesets() {
        try {
            return Scope.child(quietScope(), () -> {
                ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
                DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(CHANGELOG, accessor)
                        .parse(CHANGELOG, new ChangeLogParameters(), accessor);
                return changeLog.getChangeSets().stream().map(changeSet -> changeSet.toString(false)).toList();
            });
        } catch (Exception e) {
            throw new MigrationException("Could not read the changelog", e);
        }
    }

    /** Takes or releases the migration lock ("orderdesk migrate", as a number). */
    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?)")) {
            lock.setLong(1, MIGRATION_LOCK);
            lock.execute();
        }
    }

    private static boolean hasChangeLogTable(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass('databasechangelog') IS NOT NULL");
             ResultSet result = query.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** The service runs offline and must not phone home (Liquibase 4.30+ would by default); progress goes to the log. */
    private static Map<String, Object> quietScope() {
        return Map.of(
                "liquibase.analytics.enabled", false,
                "liquibase.showBanner", false,
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()));
    }
}
