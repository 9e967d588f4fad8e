package dev.orderdesk.application.port.in.auth;

/** Exchanges credentials for a new token family. */
@FunctionalInterface
public interface LoginUseCase {

    /**
     * Checks the password under the lock-out, then issues tokens of a new family. Two steps: the account is read
     * outside any transaction, the tokens are stored in a short one after the slow password check.
     *
     * @param command the credentials as typed
     * @return a new access token and refresh token
     * @throws dev.orderdesk.domain.DomainException {@code INVALID_CREDENTIALS} for a wrong password, unknown email
     *         or inactive account alike; {@code RATE_LIMITED} (a {@link dev.orderdesk.domain.RateLimitedException})
     *         while the email is locked out after repeated failures
     */
    TokenPair login(LoginCommand command);
}
