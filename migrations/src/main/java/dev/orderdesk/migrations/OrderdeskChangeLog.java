package dev.orderdesk.migrations;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import liquibase.exception.DatabaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Orderdesk's changelog and Liquibase's view of it. The changelog sits at an Orderdesk-specific resource path and its
 * history in tables of Orderdesk's own, so a host application's Liquibase changelog (at the common default path, with
 * the default tables) can share the classpath, the database and even the schema without either seeing the other's
 * changesets.
 */
final class OrderdeskChangeLog {

    static final String PATH = "dev/orderdesk/migrations/changelog.yaml";
    static final String HISTORY_TABLE = "orderdesk_databasechangelog";
    static final String LOCK_TABLE = "orderdesk_databasechangeloglock";

    private OrderdeskChangeLog() {
    }

    /** Applies every pending changeset to {@code schema}, which must be the connection's search path. */
    static void update(Connection connection, String schema) throws Exception {
        Database database = database(connection, schema);
        quietly(() -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, PATH)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .execute());
    }

    /** Applied and pending changesets of a schema whose history table exists; reads only. */
    static MigrationState state(Connection connection, String schema) throws Exception {
        Database database = database(connection, schema);
        return quietly(() -> {
            Liquibase liquibase = new Liquibase(PATH, Scope.getCurrentScope().getResourceAccessor(), database);
            List<String> pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).stream()
                    .map(changeSet -> changeSet.toString(false)).toList();
            List<String> applied = database.getRanChangeSetList().stream()
                    .map(ran -> ran.getChangeLog() + "::" + ran.getId() + "::" + ran.getAuthor()).toList();
            return new MigrationState(applied, pending);
        });
    }

    /** Every changeset, in order, as {@code path::id::author}; needs no database. */
    static List<String> changesets() throws Exception {
        return quietly(() -> {
            ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
            DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(PATH, accessor)
                    .parse(PATH, new ChangeLogParameters(), accessor);
            return changeLog.getChangeSets().stream().map(changeSet -> changeSet.toString(false)).toList();
        });
    }

    /** Liquibase's database over the connection, told the schema and Orderdesk's own history and lock tables. */
    private static Database database(Connection connection, String schema) throws DatabaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        database.setDatabaseChangeLogTableName(HISTORY_TABLE);
        database.setDatabaseChangeLogLockTableName(LOCK_TABLE);
        return database;
    }

    /** The service runs offline and must not phone home (Liquibase 4.30+ would by default); progress goes to the log. */
    private static <T> T quietly(Callable<T> work) throws Exception {
        return Scope.child(Map.of(
                "liquibase.analytics.enabled", false,
                "liquibase.showBanner", false,
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(),
                new ClassLoaderResourceAccessor(OrderdeskChangeLog.class.getClassLoader())), work::call);
    }
}
