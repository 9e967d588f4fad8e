package dev.orderdesk.application;

import dev.orderdesk.application.port.in.auth.AdmitClientUseCase;
import dev.orderdesk.application.port.in.auth.AuthenticateUseCase;
import dev.orderdesk.application.port.in.auth.LoginUseCase;
import dev.orderdesk.application.port.in.auth.LogoutUseCase;
import dev.orderdesk.application.port.in.auth.RefreshTokensUseCase;
import java.util.Objects;

/**
 * The authentication use cases Orderdesk offers; tests of a driving adapter may pass lambdas.
 *
 * @param login        exchanges credentials for tokens
 * @param refresh      rotates a refresh token
 * @param logout       ends the session of a refresh token
 * @param authenticate turns an access token into a caller
 * @param admitClient  applies the per-address limit to logins and registrations
 */
public record AuthUseCases(LoginUseCase login, RefreshTokensUseCase refresh, LogoutUseCase logout,
                           AuthenticateUseCase authenticate, AdmitClientUseCase admitClient) {

    /**
     * Checks every use case is present, so a wiring mistake fails at start-up, not on a request.
     *
     * @param login        exchanges credentials for tokens
     * @param refresh      rotates a refresh token
     * @param logout       ends the session of a refresh token
     * @param authenticate turns an access token into a caller
     * @param admitClient  applies the per-address limit
     */
    public AuthUseCases {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(logout, "logout");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(admitClient, "admitClient");
    }
}
