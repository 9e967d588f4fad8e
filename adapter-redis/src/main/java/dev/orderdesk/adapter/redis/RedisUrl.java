package dev.orderdesk.adapter.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Redis is, parsed from {@code redis://[[user]:password@]host[:port][/db]} or {@code rediss://…} (TLS).
 * {@link #toString()} never shows the password.
 */
public record RedisUrl(String host, int port, Optional<String> user, Optional<String> password, int database,
                       boolean tls) {

    private static final int DEFAULT_PORT = 6379;

    public RedisUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65_535 || database < 0) {
            throw new IllegalArgumentException("port must be 1–65535 and database at least 0");
        }
    }

    /** @throws IllegalArgumentException with a message that never contains the password */
    public static RedisUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        String url = raw.strip();
        boolean tls = url.startsWith("rediss://");
        if (!tls && !url.startsWith("redis://")) {
            throw new IllegalArgumentException("must start with redis:// or rediss://");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("has no host (or a port that is not a number)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("takes no query or fragment");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0])).filter(name -> !name.isEmpty());
            password = parts.length == 2 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        // An IPv6 host comes bracketed ("[::1]"); the client wants it bare.
        String host = uri.getHost().replaceFirst("^\\[(.*)]$", "$1");
        return new RedisUrl(host, uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort(), user, password,
                database(uri.getPath()), tls);
    }

    private static int database(String path) {
        String number = path == null ? "" : path.replaceFirst("^/", "");
        if (number.isEmpty()) {
            return 0;
        }
        if (!number.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("must name the database by its number (/0, /1 …)");
        }
        return Integer.parseInt(number);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The URL without its credentials, for messages and logs. */
    public String redacted() {
        return (tls ? "rediss://" : "redis://") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + database;
    }

    @Override
    public String toString() {
        return "RedisUrl[" + redacted() + ", user=" + user.orElse("default") + "]";
    }
}
