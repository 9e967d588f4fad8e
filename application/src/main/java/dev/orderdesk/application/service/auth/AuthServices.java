package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.application.port.out.AddressRateLimit;
import dev.orderdesk.application.port.out.LoginThrottle;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import java.time.Clock;
import java.time.Duration;

/** The driven ports and policy the authentication use cases share, gathered so each service takes one argument. */
public record AuthServices(UserRepository users, PasswordHasher hasher, AccessTokens accessTokens,
                           RefreshTokenGenerator refreshTokens, RefreshTokenStore refreshStore,
                           LoginThrottle loginThrottle, AddressRateLimit addressRateLimit,
                           TransactionRunner transactions, Clock clock, Duration refreshLifetime) {

    TokenPairIssuer issuer() {
        return new TokenPairIssuer(accessTokens, refreshTokens, refreshStore, refreshLifetime);
    }
}
