package dev.orderdesk.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.CreateOrderUseCase;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The core's messages are read by every adapter (a command line, a batch importer), so none speaks HTTP. */
class TransportNeutralMessagesTest {

    private static final Pattern HTTP_WORDS = Pattern.compile(
            "(?i)idempotency-key|header|request|body|json|http|\\b(400|401|403|404|409|422|429|503)\\b");
    private static final Caller ADA = new Caller(UserId.of(1), Role.USER);
    private static final Optional<IdempotencyKey> KEY = Optional.of(new IdempotencyKey("key-1"));

    private final InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:00Z"));
    private final CreateOrderUseCase create = core.useCases.orders().create();

    @Test
    void aReusedIdempotencyKeyIsExplainedWithoutHttpWords() {
        create.create(ADA, command(2), KEY);

        DomainException reused = catchThrowableOfType(DomainException.class, () -> create.create(ADA, command(3), KEY));

        assertThat(reused.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(reused.getMessage()).isEqualTo("This idempotency key was already used for a different order")
                .doesNotContainPattern(HTTP_WORDS);
    }

    @Test
    void aKeyStillInUseIsExplainedWithoutHttpWords() {
        core.idempotency.claimIfAbsent(ADA.id(), KEY.get(), CreateOrderService.fingerprint(command(2)),
                core.clock.instant());

        DomainException inProgress = catchThrowableOfType(DomainException.class, () -> create.create(ADA, command(2), KEY));

        assertThat(inProgress.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS);
        assertThat(inProgress.getMessage()).doesNotContainPattern(HTTP_WORDS);
    }

    @Test
    void aValidationFailureIsExplainedWithoutHttpWords() {
        DomainException invalid = catchThrowableOfType(DomainException.class, () -> Email.parse("not an address"));

        assertThat(invalid.getMessage()).isEqualTo("Validation failed").doesNotContainPattern(HTTP_WORDS);
    }

    private static CreateOrderCommand command(int quantity) {
        return new CreateOrderCommand(new CurrencyCode("EUR"),
                List.of(new OrderLine(new Sku("SKU-1"), new Quantity(quantity), UnitPrice.of(150))));
    }
}
