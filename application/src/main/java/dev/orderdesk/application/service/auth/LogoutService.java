package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.in.auth.LogoutUseCase;
import java.time.Instant;

/** Revokes the whole family of the presented refresh token; logging out twice is harmless. */
public final class LogoutService implements LogoutUseCase {

    private final AuthServices ports;

    public LogoutService(AuthServices ports) {
        this.ports = ports;
    }

    @Override
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        Instant now = ports.clock().instant();
        ports.transactions().inTransaction(() -> {
            ports.refreshStore().familyOf(ports.refreshTokens().hash(refreshToken))
                    .ifPresent(family -> ports.refreshStore().revokeFamily(family, now));
            return null;
        });
    }
}
