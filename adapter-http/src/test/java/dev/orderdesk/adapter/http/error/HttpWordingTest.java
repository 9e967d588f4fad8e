package dev.orderdesk.adapter.http.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpWordingTest {

    @Test
    void namesTheHeaderAndTheBodyWhereTheCoreSaysIdempotencyKey() {
        assertThat(HttpWording.message(new DomainException(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS, "neutral")))
                .isEqualTo("A request with this Idempotency-Key is still being processed; retry shortly");
        assertThat(HttpWording.message(new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "neutral")))
                .isEqualTo("This Idempotency-Key was already used with a different request body");
    }

    @Test
    void speaksOfTheRequestForValidationFailuresAsTransportChecksDo() {
        DomainException invalid = DomainException.invalid(List.of(new Violation("email", "is required", "missing")));

        assertThat(HttpWording.message(invalid)).isEqualTo("Request validation failed")
                .isEqualTo(new InvalidFields(invalid.violations(), 1).getMessage());
    }

    @Test
    void keepsTheCoreMessageForEveryOtherCode() {
        assertThat(HttpWording.message(new DomainException(ErrorCode.EMAIL_TAKEN, "Email is already registered")))
                .isEqualTo("Email is already registered");
    }
}
