package org.example.host;

import dev.orderdesk.application.port.out.HealthProbe;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The host's own driven adapter: readiness of its gift-notes table, reported beside Orderdesk's database probe. It
 * passes Orderdesk's {@code RemoteHealthProbeContract}: up while the table answers, down (never an exception, never
 * a hang past the pool's connection timeout plus one second) when it does not.
 */
public final class GiftNotesProbe implements HealthProbe {

    private final DataSource dataSource;

    public GiftNotesProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "gift-notes";
    }

    @Override
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            statement.execute("SELECT 1 FROM gift_notes LIMIT 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
