package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.in.auth.RefreshTokensUseCase;
import dev.orderdesk.application.port.in.auth.TokenPair;
import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.application.port.out.RefreshTokenStore.Consumption;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates refresh tokens. Consumption, reuse detection and the new pair happen in one transaction; the failure is
 * raised only after it commits, so the revocation of a reused family is never rolled back.
 */
public final class RefreshTokensService implements RefreshTokensUseCase {

    private final UserRepository users;
    private final RefreshTokenGenerator refreshTokens;
    private final RefreshTokenStore store;
    private final TokenPairIssuer issuer;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users         reads the token's user, who must still be active
     * @param refreshTokens hashes the presented token
     * @param store         consumes the token and revokes families
     * @param issuer        issues the next pair of the family
     * @param transactions  runs the rotation
     * @param clock         the source of the rotation's instant
     */
    public RefreshTokensService(UserRepository users, RefreshTokenGenerator refreshTokens, RefreshTokenStore store,
                                TokenPairIssuer issuer, TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.store = store;
        this.issuer = issuer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TokenPair refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw invalidToken();
        }
        Instant now = clock.instant();
        Outcome outcome = transactions.inTransaction(() -> rotate(refreshToken, now));
        if (outcome.reused()) {
            throw new DomainException(ErrorCode.REFRESH_TOKEN_REUSED,
                    "Refresh token was already used; every session of this login has been revoked");
        }
        return outcome.pair().orElseThrow(RefreshTokensService::invalidToken);
    }

    private Outcome rotate(String refreshToken, Instant now) {
        Consumption consumption = store.consume(refreshTokens.hash(refreshToken), now);
        switch (consumption.outcome()) {
            case CONSUMED -> {
                Optional<User> user = users.findById(consumption.user()).filter(User::isActive);
                if (user.isEmpty()) {
                    store.revokeFamily(consumption.family(), now);
                    return new Outcome(false, Optional.empty());
                }
                return new Outcome(false, Optional.of(issuer.issue(user.get(), consumption.family(), now)));
            }
            case REUSED -> {
                store.revokeFamily(consumption.family(), now);
                return new Outcome(true, Optional.empty());
            }
            default -> {
                return new Outcome(false, Optional.empty());
            }
        }
    }

    private static DomainException invalidToken() {
        return new DomainException(ErrorCode.INVALID_TOKEN, "Refresh token is invalid or expired");
    }

    private record Outcome(boolean reused, Optional<TokenPair> pair) {
    }
}
