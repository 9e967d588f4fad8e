package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.in.auth.RefreshTokensUseCase;
import dev.orderdesk.application.port.in.auth.TokenPair;
import dev.orderdesk.application.port.out.RefreshTokenStore.Consumption;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.User;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates refresh tokens. Consumption, reuse detection and the new pair happen in one transaction; the failure is
 * raised only after it commits, so the revocation of a reused family is never rolled back.
 */
public final class RefreshTokensService implements RefreshTokensUseCase {

    private final AuthServices ports;
    private final TokenPairIssuer issuer;

    public RefreshTokensService(AuthServices ports) {
        this.ports = ports;
        this.issuer = ports.issuer();
    }

    @Override
    public TokenPair refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw invalidToken();
        }
        Instant now = ports.clock().instant();
        Outcome outcome = ports.transactions().inTransaction(() -> rotate(refreshToken, now));
        if (outcome.reused()) {
            throw new DomainException(ErrorCode.REFRESH_TOKEN_REUSED,
                    "Refresh token was already used; every session of this login has been revoked");
        }
        return outcome.pair().orElseThrow(RefreshTokensService::invalidToken);
    }

    private Outcome rotate(String refreshToken, Instant now) {
        Consumption consumption = ports.refreshStore().consume(ports.refreshTokens().hash(refreshToken), now);
        switch (consumption.outcome()) {
            case CONSUMED -> {
                Optional<User> user = ports.users().findById(consumption.user()).filter(User::isActive);
                if (user.isEmpty()) {
                    ports.refreshStore().revokeFamily(consumption.family(), now);
                    return new Outcome(false, Optional.empty());
                }
                return new Outcome(false, Optional.of(issuer.issue(user.get(), consumption.family(), now)));
            }
            case REUSED -> {
                ports.refreshStore().revokeFamily(consumption.family(), now);
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
