package dev.orderdesk.application.port.in.auth;

import dev.orderdesk.application.port.in.Caller;

/** Turns an access token into the {@link Caller} it stands for. */
@FunctionalInterface
public interface AuthenticateUseCase {

    /**
     * Verifies the token, then reads its user, so a deactivation or role change applies from the next request.
     *
     * @param accessToken the token as presented
     * @return the caller, with the role stored now (not the one the token claims)
     * @throws dev.orderdesk.domain.DomainException {@code INVALID_TOKEN} for a bad or expired token, or a user who
     *         no longer exists or is inactive
     */
    Caller authenticate(String accessToken);
}
