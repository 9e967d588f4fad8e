package dev.orderdesk.application.port.in.auth;

import dev.orderdesk.application.port.in.Caller;

/** Turns an access token into the {@link Caller} it stands for. */
@FunctionalInterface
public interface AuthenticateUseCase {

    /** @throws dev.orderdesk.domain.DomainException {@code INVALID_TOKEN} for a bad token or an inactive user */
    Caller authenticate(String accessToken);
}
