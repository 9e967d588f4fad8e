package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.domain.user.UserId;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Account changes over PostgreSQL's {@code LISTEN/NOTIFY}: an announcement is a {@code pg_notify} in the use case's
 * transaction, so the server delivers it to every listening instance at commit and drops it on rollback. Each
 * instance listens on one dedicated connection (never a pooled one: {@code LISTEN} belongs to a session) from a
 * daemon thread. When that connection fails the subscribers are told they are deaf, and the thread reconnects with
 * backoff; only after {@code LISTEN} runs again are they told they hear. A connection that silently stops answering
 * is found by a probe after {@link #PROBE_AFTER} of quiet, so a silent network partition can hide announcements for
 * up to that long plus the probe's timeout.
 */
final class PgAccountChanges implements AccountChanges, AutoCloseable {

    static final String CHANNEL = "orderdesk_account_changes";
    static final Duration PROBE_AFTER = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(PgAccountChanges.class);
    private static final int POLL_MILLIS = 250;
    private static final int PROBE_TIMEOUT_SECONDS = 1;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(5);

    /** Opens the listener's own connection. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Jdbi jdbi;
    private final Optional<Connector> connector;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Object hearingLock = new Object();
    private boolean hearing;
    private volatile boolean running;
    private Thread listener;

    /**
     * @param jdbi      announces on the handle bound to the thread (the use case's transaction)
     * @param connector opens the listener's connection; empty: this instance announces but never listens
     */
    PgAccountChanges(Jdbi jdbi, Optional<Connector> connector) {
        this.jdbi = jdbi;
        this.connector = connector;
    }

    @Override
    public void announce(UserId user) {
        DatabaseFailures.translating(() -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT 1 FROM pg_notify(:channel, :user)")
                .bind("channel", CHANNEL).bind("user", Long.toString(user.value()))
                .mapTo(Integer.class).one()));
    }

    @Override
    public void subscribe(Subscriber subscriber) {
        synchronized (hearingLock) {
            subscribers.add(subscriber);
            if (hearing) {
                subscriber.listening();
            }
        }
    }

    /**
     * Starts the listening thread, once; without a connector (a host's own data source) nothing listens, so
     * subscribers stay deaf and every request reads through.
     */
    synchronized void listen() {
        if (running || connector.isEmpty()) {
            return;
        }
        running = true;
        listener = new Thread(() -> listenUntilClosed(connector.get()), "account-changes-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void close() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
        tell(false);
    }

    private void listenUntilClosed(Connector connect) {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try (Connection connection = connect.connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                tell(true);
                if (backoff.compareTo(FIRST_BACKOFF) > 0) {
                    LOG.info("Hearing account changes again; the caller cache starts empty");
                }
                backoff = FIRST_BACKOFF;
                deliverUntilBroken(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                tell(false);
                LOG.warn("Not hearing account changes ({}); every request reads its caller's account until the "
                        + "listener reconnects, next try in {} ms", e.getMessage(), backoff.toMillis());
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void deliverUntilBroken(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] arrived = notifications.getNotifications(POLL_MILLIS);
            if (arrived != null && arrived.length > 0) {
                for (PGNotification notification : arrived) {
                    deliver(notification.getParameter());
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > PROBE_AFTER.toNanos()) {
                // A dead peer that closed nothing reads as silence; only a round trip tells the two apart.
                if (!connection.isValid(PROBE_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void deliver(String payload) {
        UserId user;
        try {
            user = new UserId(Long.parseLong(payload));
        } catch (IllegalArgumentException e) { // anyone may NOTIFY on the channel: a stray payload is no failure
            LOG.warn("Ignored an account change that names no user id: {}", payload);
            return;
        }
        subscribers.forEach(subscriber -> subscriber.changed(user));
    }

    private void tell(boolean nowHearing) {
        synchronized (hearingLock) {
            hearing = nowHearing;
            subscribers.forEach(subscriber -> {
                if (nowHearing) {
                    subscriber.listening();
                } else {
                    subscriber.deaf();
                }
            });
        }
    }

    private static boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
