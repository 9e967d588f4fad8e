package dev.orderdesk.application.port.in.auth;

/** Revokes the token family of a refresh token. Idempotent; unknown tokens are ignored. */
@FunctionalInterface
public interface LogoutUseCase {

    void logout(String refreshToken);
}
