package dev.orderdesk.adapter.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and pool the database.
 *
 * @param poolSize          connections kept open
 * @param maxOverflow       extra connections opened under load and closed when idle
 * @param connectionTimeout how long a request waits for a connection before failing with "unavailable"
 * @param socketTimeout     how long one statement may wait on the network before the connection is dropped
 */
public record DatabaseSettings(DatabaseUrl url, int poolSize, int maxOverflow,
                               Duration connectionTimeout, Duration socketTimeout) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        if (poolSize < 1 || maxOverflow < 0) {
            throw new IllegalArgumentException("pool size must be at least 1 and overflow at least 0");
        }
    }
}
