package dev.orderdesk.application;

import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.application.port.out.AttemptLog;
import dev.orderdesk.application.port.out.HealthProbe;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import java.util.List;
import java.util.Objects;

/**
 * Everything the core needs from the outside world, handed to {@link UseCaseFactory} once; each service then receives
 * only the ports it uses. Every port must be safe to use from many threads at once.
 *
 * @param users                 stores users
 * @param orders                stores orders with their lines
 * @param refreshTokens         stores refresh tokens by family
 * @param idempotency           remembers order creations by idempotency key
 * @param transactions          runs each use case's work in one transaction
 * @param passwordHasher        hashes and checks passwords
 * @param accessTokens          issues and verifies access tokens
 * @param refreshTokenGenerator makes refresh tokens and their hashes
 * @param loginAttempts         the store behind the login lock-out
 * @param addressAttempts       the store behind the per-address limit
 * @param healthProbes          the dependencies readiness asks about
 * @param accountChanges        announces account changes to every instance, so the caller cache can be trusted
 */
public record DrivenPorts(UserRepository users, OrderRepository orders, RefreshTokenStore refreshTokens,
                          IdempotencyStore idempotency, TransactionRunner transactions, PasswordHasher passwordHasher,
                          AccessTokens accessTokens, RefreshTokenGenerator refreshTokenGenerator,
                          AttemptLog loginAttempts, AttemptCounter addressAttempts, List<HealthProbe> healthProbes,
                          AccountChanges accountChanges) {

    /**
     * Checks every port is present and copies the probes.
     *
     * @param users                 stores users
     * @param orders                stores orders
     * @param refreshTokens         stores refresh tokens
     * @param idempotency           remembers order creations by key
     * @param transactions          runs each use case's work in one transaction
     * @param passwordHasher        hashes and checks passwords
     * @param accessTokens          issues and verifies access tokens
     * @param refreshTokenGenerator makes refresh tokens
     * @param loginAttempts         the store behind the login lock-out
     * @param addressAttempts       the store behind the per-address limit
     * @param healthProbes          the dependencies readiness asks about; copied
     * @param accountChanges        announces account changes to every instance
     */
    public DrivenPorts {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(accessTokens, "accessTokens");
        Objects.requireNonNull(refreshTokenGenerator, "refreshTokenGenerator");
        Objects.requireNonNull(loginAttempts, "loginAttempts");
        Objects.requireNonNull(addressAttempts, "addressAttempts");
        healthProbes = List.copyOf(healthProbes);
        Objects.requireNonNull(accountChanges, "accountChanges");
    }

    /**
     * Without an invalidation channel ({@link AccountChanges#unheard()}): every authenticated request reads its
     * caller's account, which is correct on any number of instances.
     *
     * @param users                 stores users
     * @param orders                stores orders
     * @param refreshTokens         stores refresh tokens
     * @param idempotency           remembers order creations by key
     * @param transactions          runs each use case's work in one transaction
     * @param passwordHasher        hashes and checks passwords
     * @param accessTokens          issues and verifies access tokens
     * @param refreshTokenGenerator makes refresh tokens
     * @param loginAttempts         the store behind the login lock-out
     * @param addressAttempts       the store behind the per-address limit
     * @param healthProbes          the dependencies readiness asks about; copied
     */
    public DrivenPorts(UserRepository users, OrderRepository orders, RefreshTokenStore refreshTokens,
                       IdempotencyStore idempotency, TransactionRunner transactions, PasswordHasher passwordHasher,
                       AccessTokens accessTokens, RefreshTokenGenerator refreshTokenGenerator,
                       AttemptLog loginAttempts, AttemptCounter addressAttempts, List<HealthProbe> healthProbes) {
        this(users, orders, refreshTokens, idempotency, transactions, passwordHasher, accessTokens,
                refreshTokenGenerator, loginAttempts, addressAttempts, healthProbes, AccountChanges.unheard());
    }

    /**
     * These ports with another password hasher, for a host that brings its own hashing and keeps the rest:
     * {@code InMemoryPorts.create().withPasswordHasher(houseHasher)}.
     *
     * @param hasher the hasher to use instead
     * @return a copy with {@code hasher}
     */
    public DrivenPorts withPasswordHasher(PasswordHasher hasher) {
        return new DrivenPorts(users, orders, refreshTokens, idempotency, transactions, hasher, accessTokens,
                refreshTokenGenerator, loginAttempts, addressAttempts, healthProbes, accountChanges);
    }
}
