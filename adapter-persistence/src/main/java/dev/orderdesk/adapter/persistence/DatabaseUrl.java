package dev.orderdesk.adapter.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the database is: a JDBC URL plus credentials, parsed from either
 * {@code postgresql://user:pass@host:port/db} (also {@code postgres://}) or a {@code jdbc:postgresql:} URL.
 * {@link #toString()} never shows the password.
 */
public record DatabaseUrl(String jdbcUrl, String user, Optional<String> password, String databaseName) {

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(databaseName, "databaseName");
    }

    /** @throws IllegalArgumentException with a message that never contains the password */
    public static DatabaseUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        String url = raw.strip();
        if (url.startsWith("jdbc:postgresql:")) {
            return fromJdbc(url);
        }
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            return fromUri(url);
        }
        throw new IllegalArgumentException("must start with postgresql://, postgres:// or jdbc:postgresql:");
    }

    private static DatabaseUrl fromUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("has no host");
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (database.isEmpty()) {
            throw new IllegalArgumentException("has no database name");
        }
        String user = null;
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length == 2 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query;
        return new DatabaseUrl(jdbcUrl, user, password, database);
    }

    private static DatabaseUrl fromJdbc(String url) {
        String afterHost = url.replaceFirst("^jdbc:postgresql://[^/]*/?", "");
        String database = afterHost.split("\\?", 2)[0];
        if (database.isEmpty()) {
            throw new IllegalArgumentException("has no database name");
        }
        return new DatabaseUrl(url, null, Optional.empty(), database);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The same server, another database: used to create this one when it is missing. */
    DatabaseUrl withDatabase(String otherDatabase) {
        String prefix = jdbcUrl.substring(0, jdbcUrl.indexOf('/', "jdbc:postgresql://".length()) + 1);
        String rest = jdbcUrl.substring(prefix.length());
        String query = rest.contains("?") ? rest.substring(rest.indexOf('?')) : "";
        return new DatabaseUrl(prefix + otherDatabase + query, user, password, otherDatabase);
    }

    /** The user and password as JDBC connection properties. */
    public Properties credentials() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        password.ifPresent(secret -> properties.setProperty("password", secret));
        return properties;
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl.replaceAll("password=[^&]*", "password=***") + ", user=" + user + "]";
    }
}
