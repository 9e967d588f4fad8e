package dev.orderdesk.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Brings a database schema up to Orderdesk's latest.
 *
 * <p>The changelog is {@code dev/orderdesk/migrations/changelog.yaml} on the classpath and its history is kept in
 * {@code orderdesk_databasechangelog} (locked by {@code orderdesk_databasechangeloglock}) in the migrated schema, so
 * a host application's own Liquibase changelog, with Liquibase's default path and tables, lives beside it in one
 * database, even in one schema. A database migrated by earlier releases, which kept Orderdesk's history in
 * {@code databasechangelog}, is taken over on the first {@code apply}: nothing runs again.
 *
 * <p>Several instances starting together are safe: they take turns on a PostgreSQL advisory lock per schema, so one
 * migrates and the others then find nothing left to do.
 */
public final class Migrations {

    private Migrations() {
    }

    /**
     * Applies every pending changeset to the connection's current schema (the first existing schema of its search
     * path), as {@link #apply(DataSource, String)} does for a named one.
     *
     * @throws MigrationException when the database cannot be reached or migrated, or its search path names no schema
     *                            that exists
     */
    public static void apply(DataSource dataSource) {
        try (Connection connection = connect(dataSource, "migrate it")) {
            String schema = SchemaName.current(connection).orElseThrow(() -> new MigrationException(
                    "The connection's search path names no schema that exists; create one or name it", null));
            migrate(connection, schema);
        } catch (SQLException e) {
            throw new MigrationException("Database migration failed", e);
        }
    }

    /**
     * Applies every pending changeset to {@code schema}, creating the schema if it is missing; the history tables
     * live there too. The connection's search path is the schema while the changesets run and is put back afterwards.
     *
     * @param schema a lower-case identifier ({@code [a-z_][a-z0-9_]*}, at most 63 characters, not {@code pg_…})
     * @throws IllegalArgumentException when {@code schema} is not such a name
     * @throws MigrationException       when the database cannot be reached or migrated
     */
    public static void apply(DataSource dataSource, String schema) {
        SchemaName.require(schema);
        try (Connection connection = connect(dataSource, "migrate it")) {
            migrate(connection, schema);
        } catch (SQLException e) {
            throw new MigrationException("Database migration failed", e);
        }
    }

    /**
     * The changesets applied to the connection's current schema and those still pending, as {@code path::id::author}.
     * Reads only, as {@link #state(DataSource, String)}; a search path naming no existing schema has all pending.
     */
    public static MigrationState state(DataSource dataSource) {
        try (Connection connection = connect(dataSource, "read its migrations")) {
            Optional<String> schema = SchemaName.current(connection);
            return schema.isEmpty() ? new MigrationState(List.of(), changesets()) : read(connection, schema.get());
        } catch (SQLException e) {
            throw new MigrationException("Could not read the database's migrations", e);
        }
    }

    /**
     * The changesets applied to {@code schema} and those still pending, as {@code path::id::author}. Reads only: a
     * schema never migrated (or missing) has every changeset pending, and nothing is created. A database earlier
     * releases migrated reads as it will be once taken over: its changesets applied, under today's paths.
     *
     * @throws IllegalArgumentException when {@code schema} is not a name {@link #apply(DataSource, String)} takes
     */
    public static MigrationState state(DataSource dataSource, String schema) {
        SchemaName.require(schema);
        try (Connection connection = connect(dataSource, "read its migrations")) {
            return read(connection, schema);
        } catch (SQLException e) {
            throw new MigrationException("Could not read the database's migrations", e);
        }
    }

    /** Every changeset of the changelog, in order, as {@code path::id::author}; needs no database. */
    public static List<String> changesets() {
        try {
            return OrderdeskChangeLog.changesets();
        } catch (Exception e) {
            throw new MigrationException("Could not read the changelog", e);
        }
    }

    private static void migrate(Connection connection, String schema) {
        List<String> changesets = changesets();
        try (MigrationSession session = MigrationSession.open(connection, schema)) {
            int adopted = LegacyHistory.adopt(connection, schema, changesets);
            if (adopted > 0) {
                System.getLogger(Migrations.class.getName()).log(System.Logger.Level.INFO, "Took over {0} changesets "
                        + "of earlier releases from {1}.{2}", adopted, schema, LegacyHistory.TABLE);
            }
            OrderdeskChangeLog.update(connection, schema);
        } catch (Exception e) {
            throw new MigrationException("Database migration failed", e);
        }
    }

    private static MigrationState read(Connection connection, String schema) {
        try {
            if (SchemaName.tableExists(connection, schema, OrderdeskChangeLog.HISTORY_TABLE)) {
                return OrderdeskChangeLog.state(connection, schema);
            }
            List<String> changesets = changesets();
            List<String> applied = LegacyHistory.applied(connection, schema, changesets);
            return new MigrationState(applied, changesets.stream().filter(c -> !applied.contains(c)).toList());
        } catch (MigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationException("Could not read the database's migrations", e);
        }
    }

    private static Connection connect(DataSource dataSource, String purpose) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new MigrationException("Could not connect to the database to " + purpose, e);
        }
    }
}
