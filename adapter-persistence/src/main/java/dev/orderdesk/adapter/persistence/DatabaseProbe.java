package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.HealthProbe;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * The database is up when a pooled connection answers {@code SELECT 1} within two seconds. The check runs on a thread
 * of its own and readiness waits for it at most two seconds: a database that accepts connections but never answers
 * (a black hole) would otherwise hold the caller for the pool's and the socket's timeouts. A check that is still
 * stuck is waited on again rather than joined by new ones, so probes never pile up threads.
 */
final class DatabaseProbe implements HealthProbe, AutoCloseable {

    private static final int DEADLINE_SECONDS = 2;

    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Future<Boolean>> running = new AtomicReference<>();

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isUp() {
        Future<Boolean> check = running.updateAndGet(current ->
                current != null && !current.isDone() ? current : checker.submit(this::selectOne));
        try {
            return check.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException notInTime) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean selectOne() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(DEADLINE_SECONDS);
            return statement.execute("SELECT 1");
        } catch (SQLException unavailable) {
            return false;
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
