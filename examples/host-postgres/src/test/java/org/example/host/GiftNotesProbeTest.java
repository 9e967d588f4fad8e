package org.example.host;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderdesk.application.port.out.HealthProbe;
import dev.orderdesk.testkit.contract.RemoteHealthProbeContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The host's own probe against the testkit's contract: a real database, then a pool pointed at nothing. */
class GiftNotesProbeTest extends RemoteHealthProbeContract {

    private static ScratchDatabase database;
    private static GiftShop shop;
    private static HikariDataSource nowhere;

    @BeforeAll
    static void start() {
        database = new ScratchDatabase("orderdesk_example_gift_probe");
        shop = TestGiftShop.startOn(database);
        // Port 1 on loopback refuses connections, as a stopped PostgreSQL does.
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/nowhere");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(500);
        nowhere = new HikariDataSource(config);
    }

    @AfterAll
    static void stop() {
        nowhere.close();
        shop.close();
        database.close();
    }

    @Override
    protected HealthProbe probeOfAHealthyDependency() {
        return new GiftNotesProbe(shop.dataSource());
    }

    @Override
    protected HealthProbe probeOfALostDependency() {
        return new GiftNotesProbe(nowhere);
    }
}
