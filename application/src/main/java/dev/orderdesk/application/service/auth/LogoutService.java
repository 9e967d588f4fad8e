package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.in.auth.LogoutUseCase;
import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;

/** Revokes the whole family of the presented refresh token; logging out twice is harmless. */
public final class LogoutService implements LogoutUseCase {

    private final RefreshTokenGenerator refreshTokens;
    private final RefreshTokenStore store;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param refreshTokens hashes the presented token
     * @param store         finds and revokes the token's family
     * @param transactions  runs the revocation
     * @param clock         the source of the revocation's instant
     */
    public LogoutService(RefreshTokenGenerator refreshTokens, RefreshTokenStore store, TransactionRunner transactions,
                         Clock clock) {
        this.refreshTokens = refreshTokens;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            store.familyOf(refreshTokens.hash(refreshToken)).ifPresent(family -> store.revokeFamily(family, now));
            return null;
        });
    }
}
