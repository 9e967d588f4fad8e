package org.example.host;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.adapter.security.BcryptPasswordHasher;
import dev.orderdesk.adapter.security.JwtAccessTokens;
import dev.orderdesk.adapter.security.JwtSettings;
import dev.orderdesk.adapter.security.SecureRandomRefreshTokens;
import dev.orderdesk.application.DrivenPorts;
import dev.orderdesk.application.OrderdeskCore;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.migrations.Migrations;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A host application that already had its own pool, Liquibase changelog and tables, and now runs Orderdesk's core
 * on them: Orderdesk's tables in a schema of their own ({@code orderdesk}), the host's in {@code public}, one
 * connection pool, and the host's own SQL in the same transaction as an Orderdesk use case.
 */
public final class GiftShop implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbiPersistence persistence;
    private final UseCases core;

    private GiftShop(HikariDataSource dataSource, JdbiPersistence persistence, UseCases core) {
        this.dataSource = dataSource;
        this.persistence = persistence;
        this.core = core;
    }

    /**
     * Starts over the database at {@code jdbcUrl}: Orderdesk's migrations first (the host's table refers to its
     * orders), then the host's own.
     */
    public static GiftShop start(String jdbcUrl, String user, JwtSettings jwt, byte[] pepper) {
        HikariDataSource dataSource = hostPool(jdbcUrl, user);
        // guide:start postgres-wiring
        Migrations.apply(dataSource, "orderdesk");
        JdbiPersistence persistence = JdbiPersistence.using(dataSource);
        DrivenPorts ports = new DrivenPorts(persistence.users(), persistence.orders(), persistence.refreshTokens(),
                persistence.idempotencyKeys(), persistence.transactions(), new BcryptPasswordHasher(12, pepper),
                new JwtAccessTokens(jwt, Clock.systemUTC()), new SecureRandomRefreshTokens(),
                persistence.loginAttempts(), persistence.addressAttempts(),
                List.of(persistence.databaseProbe(), new GiftNotesProbe(dataSource)));
        UseCases core = OrderdeskCore.builder().ports(ports).build();
        // guide:end postgres-wiring
        HostMigrations.apply(dataSource);
        return new GiftShop(dataSource, persistence, core);
    }

    /** The host's pool: Orderdesk's schema first on the search path, then the host's. */
    private static HikariDataSource hostPool(String jdbcUrl, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setMaximumPoolSize(4);
        config.setPoolName("gift-shop");
        config.setConnectionInitSql("SET search_path TO orderdesk, public");
        return new HikariDataSource(config);
    }

    public UseCases core() {
        return core;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    // guide:start host-transaction
    /** Places the caller's order and stores its gift note: both or neither. */
    public Order placeGiftOrder(Caller caller, CreateOrderCommand command, String note) {
        return persistence.transactions().inTransaction(() -> {
            Order order = core.orders().create().create(caller, command, Optional.empty()).order();
            persistence.jdbi().useHandle(handle -> handle
                    .execute("INSERT INTO gift_notes (order_id, note) VALUES (?, ?)", order.id().value(), note));
            return order;
        });
    }
    // guide:end host-transaction

    /** The gift note stored for an order, if any. */
    public Optional<String> giftNote(Order order) {
        return persistence.jdbi().withHandle(handle -> handle
                .createQuery("SELECT note FROM gift_notes WHERE order_id = :id")
                .bind("id", order.id().value()).mapTo(String.class).findOne());
    }

    /** Closes Orderdesk's stores, then the host's pool (which Orderdesk leaves open: it is not its own). */
    @Override
    public void close() {
        persistence.close();
        dataSource.close();
    }
}
