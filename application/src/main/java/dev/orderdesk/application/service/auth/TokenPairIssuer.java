package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.in.auth.TokenPair;
import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Issues an access token and a stored refresh token of a given family. Must run inside the caller's transaction. */
public final class TokenPairIssuer {

    private final AccessTokens accessTokens;
    private final RefreshTokenGenerator refreshTokens;
    private final RefreshTokenStore store;
    private final Duration refreshLifetime;

    /**
     * Creates the issuer.
     *
     * @param accessTokens    issues access tokens
     * @param refreshTokens   makes refresh tokens
     * @param store           stores the refresh tokens' hashes
     * @param refreshLifetime how long a refresh token lives
     */
    public TokenPairIssuer(AccessTokens accessTokens, RefreshTokenGenerator refreshTokens, RefreshTokenStore store,
                    Duration refreshLifetime) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.store = store;
        this.refreshLifetime = refreshLifetime;
    }

    /**
     * Issues an access token and stores a new refresh token of the family.
     *
     * @param user   whom the tokens authenticate
     * @param family the login the refresh token descends from (a fresh one for a login)
     * @param now    the issue instant
     * @return both tokens
     */
    public TokenPair issue(User user, UUID family, Instant now) {
        RefreshTokenGenerator.Generated refresh = refreshTokens.generate();
        store.add(new RefreshTokenStore.NewRefreshToken(refresh.hash(), user.id(), family, now, now.plus(refreshLifetime)));
        AccessTokens.Issued access = accessTokens.issue(user.id(), user.role(), now);
        return new TokenPair(access.token(), refresh.token(), access.lifetime());
    }
}
