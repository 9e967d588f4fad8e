package dev.orderdesk.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Orderdesk's history as earlier releases recorded it: in Liquibase's default {@code databasechangelog}, under the
 * common default path {@code db/changelog/changes/…}. A database they migrated is adopted once: Orderdesk's rows are
 * copied into its own history table under today's paths, with their checksums, so nothing runs again and Liquibase
 * still validates every checksum.
 *
 * <p>The old rows stay where they are: a host's own rows in that table are none of Orderdesk's business, and an
 * instance of the earlier release (a rolling update, a rollback) still finds its history intact.
 */
final class LegacyHistory {

    static final String TABLE = "databasechangelog";
    private static final String OLD_FOLDER = "db/changelog/changes/";
    private static final String NEW_FOLDER = "dev/orderdesk/migrations/changes/";

    private LegacyHistory() {
    }

    /**
     * The changesets of {@code changesets} (as {@code path::id::author}, today's paths) the legacy table of
     * {@code schema} records, in the order they ran; empty when there is no such table or it holds none of them.
     */
    static List<String> applied(Connection connection, String schema, Collection<String> changesets)
            throws SQLException {
        return rows(connection, schema, changesets).stream().map(Row::identity).toList();
    }

    /**
     * Adopts the legacy rows into Orderdesk's history table unless that table exists already. The caller holds the
     * schema's migration lock; the copy is one transaction, so it is all there or not at all.
     *
     * @return how many changesets were adopted
     */
    static int adopt(Connection connection, String schema, Collection<String> changesets) throws SQLException {
        if (SchemaName.tableExists(connection, schema, OrderdeskChangeLog.HISTORY_TABLE)) {
            return 0;
        }
        List<Row> applied = rows(connection, schema, changesets);
        if (applied.isEmpty()) {
            return 0;
        }
        String legacy = SchemaName.qualified(schema, TABLE);
        String own = SchemaName.qualified(schema, OrderdeskChangeLog.HISTORY_TABLE);
        connection.setAutoCommit(false);
        try (Statement create = connection.createStatement();
             PreparedStatement copy = connection.prepareStatement("INSERT INTO " + own + " SELECT * FROM " + legacy
                     + " WHERE filename = ? AND id = ? AND author = ?");
             PreparedStatement rename = connection.prepareStatement("UPDATE " + own + " SET filename = ? || substr("
                     + "filename, ?)")) {
            // The same columns Liquibase made the legacy table with, so it recognises this one as its own.
            create.execute("CREATE TABLE " + own + " (LIKE " + legacy + " INCLUDING ALL)");
            for (Row row : applied) {
                copy.setString(1, row.filename());
                copy.setString(2, row.id());
                copy.setString(3, row.author());
                copy.addBatch();
            }
            copy.executeBatch();
            rename.setString(1, NEW_FOLDER);
            rename.setInt(2, OLD_FOLDER.length() + 1);
            rename.execute();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        return applied.size();
    }

    /** Orderdesk's rows of the legacy table, in the order they ran: under the old folder, and known to the changelog. */
    private static List<Row> rows(Connection connection, String schema, Collection<String> changesets)
            throws SQLException {
        if (!SchemaName.tableExists(connection, schema, TABLE)) {
            return List.of();
        }
        List<Row> orderdesk = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT filename, id, author FROM "
                     + SchemaName.qualified(schema, TABLE) + " ORDER BY orderexecuted")) {
            while (rows.next()) {
                Row row = new Row(rows.getString(1), rows.getString(2), rows.getString(3));
                if (row.filename().startsWith(OLD_FOLDER) && changesets.contains(row.identity())) {
                    orderdesk.add(row);
                }
            }
        }
        return orderdesk;
    }

    /** One legacy row's key, as recorded under the old path. */
    private record Row(String filename, String id, String author) {

        /** {@code path::id::author} under today's path, as the changelog names the changeset. */
        String identity() {
            return NEW_FOLDER + filename.substring(OLD_FOLDER.length()) + "::" + id + "::" + author;
        }
    }
}
