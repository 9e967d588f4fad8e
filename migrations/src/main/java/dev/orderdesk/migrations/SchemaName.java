package dev.orderdesk.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Schema names Orderdesk migrates into: plain lower-case identifiers, so no quoting or case folding can surprise. */
final class SchemaName {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private SchemaName() {
    }

    /** @throws IllegalArgumentException unless {@code schema} is a plain lower-case identifier outside {@code pg_} */
    static String require(String schema) {
        if (schema == null || !PLAIN.matcher(schema).matches() || schema.startsWith("pg_")) {
            throw new IllegalArgumentException("schema must be a lower-case identifier ([a-z_][a-z0-9_]*, at most 63 "
                    + "characters, not starting with pg_), got " + (schema == null ? "null" : "'" + schema + "'"));
        }
        return schema;
    }

    /** The connection's current schema: the first schema of its search path that exists, if any does. */
    static Optional<String> current(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT current_schema()");
             ResultSet result = query.executeQuery()) {
            return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
        }
    }

    /** Whether {@code schema.table} exists; false when the schema itself does not. */
    static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT to_regclass(quote_ident(?) || '.' || quote_ident(?)) IS NOT NULL")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** {@code schema.table}, quoted, for SQL text. */
    static String qualified(String schema, String table) {
        return quoted(schema) + "." + quoted(table);
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
