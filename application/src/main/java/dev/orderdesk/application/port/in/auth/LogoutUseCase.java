package dev.orderdesk.application.port.in.auth;

/** Revokes the token family of a refresh token. Idempotent; unknown tokens are ignored. */
@FunctionalInterface
public interface LogoutUseCase {

    /**
     * Revokes every refresh token of the presented token's family; never fails for a token it does not know.
     *
     * @param refreshToken the token as presented; null or blank does nothing
     */
    void logout(String refreshToken);
}
