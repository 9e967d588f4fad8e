package dev.orderdesk.adapter.http.error;

import dev.orderdesk.domain.DomainException;

/**
 * The messages this API has always answered for the few error codes whose core text is now transport-neutral: the
 * core says "idempotency key" and "Validation failed", while HTTP clients were told of the {@code Idempotency-Key}
 * header and the request body, and may show or match that text. Every other code keeps the core's message.
 */
final class HttpWording {

    /** Also the message of {@link InvalidFields}, so a 422 reads the same whichever tier found the problem. */
    static final String VALIDATION_FAILED = "Request validation failed";

    private HttpWording() {
    }

    static String message(DomainException failure) {
        return switch (failure.code()) {
            case VALIDATION_ERROR -> VALIDATION_FAILED;
            case IDEMPOTENCY_KEY_REUSED -> "This Idempotency-Key was already used with a different request body";
            case IDEMPOTENCY_KEY_IN_PROGRESS -> "A request with this Idempotency-Key is still being processed; retry shortly";
            default -> failure.getMessage();
        };
    }
}
