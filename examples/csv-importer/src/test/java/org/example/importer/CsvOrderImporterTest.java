package org.example.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.orderdesk.adapter.inmemory.InMemoryPorts;
import dev.orderdesk.application.OrderdeskCore;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.PlacedBy;
import dev.orderdesk.domain.user.Email;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvOrderImporterTest {

    private final UseCases core = OrderdeskCore.builder()
            .ports(InMemoryPorts.create().withPasswordHasher(new Pbkdf2PasswordHasher(1_000)))
            .build();
    private final CsvOrderImporter importer = new CsvOrderImporter(core);

    @Test
    void placesEachValidOrderForItsCustomerAsTheOperatorAndRegistersUnknownCustomers() throws IOException {
        ImportReport report = importer.importFrom(sample());

        assertThat(report.placed()).hasSize(2);
        assertThat(report.replayed()).isEmpty();
        assertThat(report.customersRegistered()).isEqualTo(2);
        Order ada = only(ordersOf("ada@example.org"));
        assertThat(ada.total().toDecimal(ada.currency())).isEqualByComparingTo("34.90");
        assertThat(ada.placedBy()).isEqualTo(PlacedBy.operator());
        assertThat(only(ordersOf("grace@example.org")).total().minorUnits()).isEqualTo(1500);
    }

    @Test
    void rejectsAnOrderWholeNamingEveryInvalidValueByLineAndColumn() throws IOException {
        ImportReport report = importer.importFrom(sample());

        assertThat(report.rejected()).extracting(ImportReport.Rejection::orderRef).containsExactly("A-102", "A-103");
        ImportReport.Rejection badLine = report.rejected().get(0);
        assertThat(badLine.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(badLine.firstLine()).isEqualTo(5);
        assertThat(badLine.violations()).extracting(Violation::field, Violation::type).containsExactly(
                tuple("line 5 quantity", "out_of_range"),
                tuple("line 5 unit_price", "too_many_decimals"));
        assertThat(report.rejected().get(1).violations()).extracting(Violation::field)
                .containsExactly("line 6 customer_email");
        assertThat(ordersOf("ada@example.org")).hasSize(1);
    }

    @Test
    void importingTheSameFileAgainReplaysEveryOrderAndPlacesNothing() throws IOException {
        ImportReport first = importer.importFrom(sample());

        ImportReport second = importer.importFrom(sample());

        assertThat(second.placed()).isEmpty();
        assertThat(second.replayed()).containsExactlyElementsOf(first.placed());
        assertThat(second.customersRegistered()).isZero();
        assertThat(ordersOf("ada@example.org")).hasSize(1);
    }

    @Test
    void aRowWhoseCustomerDiffersFromItsOrdersFirstRowRejectsTheOrder() throws IOException {
        ImportReport report = importer.importFrom(new StringReader(String.join("\n",
                String.join(",", CsvOrders.COLUMNS),
                "B-1,ada@example.org,Ada,EUR,BOOK-1,1,1.00",
                "B-1,grace@example.org,Grace,EUR,BOOK-2,1,1.00")));

        assertThat(report.rejected()).singleElement().satisfies(rejection -> assertThat(rejection.violations())
                .extracting(Violation::field, Violation::type)
                .containsExactly(tuple("line 3 customer_email", "inconsistent")));
        assertThat(report.customersRegistered()).isZero();
    }

    @Test
    void refusesAFileWithoutTheExpectedHeader() {
        assertThatThrownBy(() -> importer.importFrom(new StringReader("ref,email\nA,b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order_ref,customer_email");
    }

    private List<Order> ordersOf(String email) {
        var owner = core.users().findByEmail().find(Caller.operator(), Email.parse(email)).id();
        return core.orders().list().list(Caller.operator(), new OrderQuery(Optional.empty(), Optional.of(owner)), new PageRequest(0, 100)).items();
    }

    private static Order only(List<Order> orders) {
        assertThat(orders).hasSize(1);
        return orders.get(0);
    }

    private static Reader sample() {
        return new InputStreamReader(CsvOrderImporterTest.class.getResourceAsStream("/orders.csv"),
                StandardCharsets.UTF_8);
    }
}
