package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.HealthProbe;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The database is up when a pooled connection answers {@code SELECT 1} within two seconds. */
final class DatabaseProbe implements HealthProbe {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            return statement.execute("SELECT 1");
        } catch (SQLException unavailable) {
            return false;
        }
    }
}
