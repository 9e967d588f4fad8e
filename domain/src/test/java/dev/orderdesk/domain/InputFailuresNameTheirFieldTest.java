package dev.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.Money;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderStatus;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way raw input can be wrong fails as a {@link DomainException} naming the field, never as a bare
 * {@code IllegalArgumentException}, {@code NullPointerException} or {@code ArithmeticException}: an adapter that
 * catches one type has caught them all.
 */
class InputFailuresNameTheirFieldTest {

    private static final OrderLine LINE = new OrderLine(new Sku("A-1"), Quantity.of(1), UnitPrice.of(100));

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                invalid("Email.parse(null)", () -> Email.parse(null), "email", "missing"),
                invalid("new Email(untrimmed)", () -> new Email(" ada@example.org"), "email", "invalid_format"),
                invalid("new Email(upper case)", () -> new Email("Ada@example.org"), "email", "invalid_format"),
                invalid("new Email(null)", () -> new Email(null), "email", "missing"),
                invalid("UserName.parse(null)", () -> UserName.parse(null), "name", "missing"),
                invalid("new UserName(untrimmed)", () -> new UserName("Ada "), "name", "invalid_format"),
                invalid("UserName control character", () -> UserName.parse("A\u0007da"), "name", "invalid_character"),
                invalid("PlainPassword.of(null)", () -> PlainPassword.of(null), "password", "missing"),
                invalid("PlainPassword too short", () -> PlainPassword.of("short"), "password", "too_short"),
                invalid("Role.fromCode(null)", () -> Role.fromCode(null), "role", "invalid_choice"),
                invalid("UserId.of(0)", () -> UserId.of(0), "userId", "out_of_range"),
                invalid("OrderId.of(-1)", () -> OrderId.of(-1), "orderId", "out_of_range"),
                invalid("OrderStatus.fromCode(lost)", () -> OrderStatus.fromCode("lost"), "status", "invalid_choice"),
                invalid("Quantity.of(0)", () -> Quantity.of(0), "quantity", "out_of_range"),
                invalid("Quantity.of(10001)", () -> Quantity.of(Quantity.MAX + 1), "quantity", "out_of_range"),
                invalid("new Sku(null)", () -> new Sku(null), "sku", "missing"),
                invalid("new Sku(space)", () -> new Sku("A 1"), "sku", "invalid_format"),
                invalid("new CurrencyCode(null)", () -> new CurrencyCode(null), "currency", "missing"),
                invalid("new CurrencyCode(XYZ)", () -> new CurrencyCode("XYZ"), "currency", "invalid_choice"),
                invalid("UnitPrice.of(-1)", () -> UnitPrice.of(-1), "unitPrice", "out_of_range"),
                invalid("new Money(-1)", () -> new Money(-1), "amount", "out_of_range"),
                invalid("new IdempotencyKey(null)", () -> new IdempotencyKey(null), "idempotencyKey", "missing"),
                invalid("new IdempotencyKey(empty)", () -> new IdempotencyKey(""), "idempotencyKey", "invalid_format"),
                invalid("NewOrder without lines", () -> newOrder(List.of()), "lines", "out_of_range"),
                invalid("NewOrder with 101 lines", () -> newOrder(Collections.nCopies(NewOrder.MAX_LINES + 1, LINE)),
                        "lines", "out_of_range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void failsAsAValidationErrorNamingTheField(String label, ThrowingCallable call, String field, String type) {
        Throwable thrown = catchThrowable(call);

        assertThat(thrown).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo(field);
                assertThat(v.type()).isEqualTo(type);
                assertThat(v.message()).isNotBlank();
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overflows")
    void anOverflowingTotalIsItsOwnCodeAndNamesTheTotal(String label, ThrowingCallable call) {
        assertThat(catchThrowable(call)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ORDER_TOTAL_OVERFLOW);
            assertThat(e.violations()).extracting(Violation::field).containsExactly("total");
        });
    }

    static Stream<Arguments> overflows() {
        Money huge = new Money(Long.MAX_VALUE);
        return Stream.of(
                Arguments.of("times", (ThrowingCallable) () -> huge.times(2)),
                Arguments.of("plus", (ThrowingCallable) () -> huge.plus(new Money(1))));
    }

    private static Arguments invalid(String label, ThrowingCallable call, String field, String type) {
        return Arguments.of(label, call, field, type);
    }

    private static NewOrder newOrder(List<OrderLine> lines) {
        return new NewOrder(UserId.of(1), new CurrencyCode("EUR"), lines, Instant.parse("2026-05-01T08:00:00Z"));
    }
}
