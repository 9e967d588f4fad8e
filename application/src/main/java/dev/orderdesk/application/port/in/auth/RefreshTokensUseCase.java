package dev.orderdesk.application.port.in.auth;

/** Rotates a refresh token: the presented one is consumed and a new pair of the same family returned. */
@FunctionalInterface
public interface RefreshTokensUseCase {

    /**
     * @throws dev.orderdesk.domain.DomainException {@code REFRESH_TOKEN_REUSED} when the token was already consumed
     *         (the whole family is then revoked); {@code INVALID_TOKEN} when it is unknown, expired or revoked
     */
    TokenPair refresh(String refreshToken);
}
