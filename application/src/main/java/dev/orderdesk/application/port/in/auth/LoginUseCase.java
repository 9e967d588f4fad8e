package dev.orderdesk.application.port.in.auth;

/** Exchanges credentials for a new token family. */
@FunctionalInterface
public interface LoginUseCase {

    /**
     * @throws dev.orderdesk.domain.DomainException {@code INVALID_CREDENTIALS} for a wrong password, unknown email
     *         or inactive account alike; {@code RATE_LIMITED} (a {@link dev.orderdesk.domain.RateLimitedException})
     *         while the email is locked out after repeated failures
     */
    TokenPair login(LoginCommand command);
}
