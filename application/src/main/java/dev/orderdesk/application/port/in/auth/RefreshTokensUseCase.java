package dev.orderdesk.application.port.in.auth;

/** Rotates a refresh token: the presented one is consumed and a new pair of the same family returned. */
@FunctionalInterface
public interface RefreshTokensUseCase {

    /**
     * Consumes the token and issues the next pair of its family, in one transaction.
     *
     * @param refreshToken the token as presented
     * @return a new access token and refresh token
     * @throws dev.orderdesk.domain.DomainException {@code REFRESH_TOKEN_REUSED} when the token was already consumed
     *         (the whole family is then revoked); {@code INVALID_TOKEN} when it is blank, unknown, expired or revoked,
     *         or its user is no longer active (the family is then revoked too)
     */
    TokenPair refresh(String refreshToken);
}
