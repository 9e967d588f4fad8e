package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.auth.LoginCommand;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.Money;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GiftShopTest {

    private static ScratchDatabase database;
    private static GiftShop shop;
    private static Caller ada;

    @BeforeAll
    static void start() {
        database = new ScratchDatabase("orderdesk_example_gift_shop");
        shop = TestGiftShop.startOn(database);
        shop.core().users().register().register(new RegisterUserCommand(Email.parse("ada@example.org"),
                UserName.parse("Ada"), PlainPassword.of("ada-password")));
        // A caller comes from authentication, never from unverified input.
        String token = shop.core().auth().login().login(new LoginCommand("ada@example.org", "ada-password"))
                .accessToken();
        ada = shop.core().auth().authenticate().authenticate(token);
    }

    @AfterAll
    static void stop() {
        if (shop != null) {
            shop.close();
        }
        database.close();
    }

    @Test
    void orderdeskAndTheHostKeepTheirTablesAndHistoriesApart() throws SQLException {
        assertThat(rows("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                + "WHERE table_name IN ('users', 'orders', 'gift_notes', 'databasechangelog', "
                + "'orderdesk_databasechangelog') ORDER BY 1")).containsExactly(
                "orderdesk.orderdesk_databasechangelog", "orderdesk.orders", "orderdesk.users",
                "public.databasechangelog", "public.gift_notes");
        assertThat(rows("SELECT author || ':' || id FROM public.databasechangelog"))
                .containsExactly("host-team:001-gift-notes");
        assertThat(rows("SELECT author FROM orderdesk.orderdesk_databasechangelog")).isNotEmpty().containsOnly("orderdesk");
    }

    @Test
    void startingAgainOnTheSameDatabaseMigratesNothing() throws SQLException {
        List<String> before = rows("SELECT id FROM orderdesk.orderdesk_databasechangelog UNION ALL "
                + "SELECT id FROM public.databasechangelog");

        TestGiftShop.startOn(database).close();

        assertThat(rows("SELECT id FROM orderdesk.orderdesk_databasechangelog UNION ALL "
                + "SELECT id FROM public.databasechangelog")).isEqualTo(before);
    }

    @Test
    void readinessAsksOrderdesksDatabaseAndTheHostsTable() {
        assertThat(shop.core().readiness().check().checks()).containsOnlyKeys("database", "gift-notes")
                .containsValues(true);
    }

    @Test
    void theGiftNoteIsWrittenInTheOrdersTransaction() {
        Order order = shop.placeGiftOrder(ada, books(1), "Happy birthday!");

        assertThat(shop.giftNote(order)).contains("Happy birthday!");
    }

    @Test
    void aNoteTheHostsTableRefusesRollsTheOrderBackToo() {
        int ordersBefore = ordersOfAda();

        assertThatThrownBy(() -> shop.placeGiftOrder(ada, books(2), "x".repeat(201)))
                .hasMessageContaining("gift_notes");

        assertThat(ordersOfAda()).isEqualTo(ordersBefore);
    }

    @Test
    void anOrderTheCoreRefusesWritesNoNote() throws SQLException {
        List<String> notesBefore = rows("SELECT note FROM gift_notes");

        assertThatThrownBy(() -> shop.placeGiftOrder(Caller.operator(), books(1), "Never stored"))
                .isInstanceOf(DomainException.class);

        assertThat(rows("SELECT note FROM gift_notes")).isEqualTo(notesBefore);
    }

    private static CreateOrderCommand books(int quantity) {
        return new CreateOrderCommand(new CurrencyCode("EUR"),
                List.of(new OrderLine(new Sku("BOOK-1"), new Quantity(quantity),
                        Money.ofMinor(1250))));
    }

    private static int ordersOfAda() {
        return (int) shop.core().orders().list().list(ada, OrderQuery.all(), PageRequest.first()).total();
    }

    private static List<String> rows(String sql) throws SQLException {
        try (Connection connection = shop.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
