package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.policy.CallerCache;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.auth.AuthenticateUseCase;
import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;

/**
 * Verifies an access token, then finds its user: a deactivated user's tokens stop working on their next request,
 * and a changed role applies at once (the stored role wins over the token's claim). The account comes from the
 * {@link CallerCache} when it may be trusted, otherwise from one primary-key read.
 */
public final class AuthenticateService implements AuthenticateUseCase {

    private final AccessTokens accessTokens;
    private final UserRepository users;
    private final CallerCache callers;
    private final TransactionRunner transactions;

    /**
     * Creates the service.
     *
     * @param accessTokens verifies the token
     * @param users        reads the token's user
     * @param callers      remembers callers' accounts between requests
     * @param transactions runs the read
     */
    public AuthenticateService(AccessTokens accessTokens, UserRepository users, CallerCache callers,
                               TransactionRunner transactions) {
        this.accessTokens = accessTokens;
        this.users = users;
        this.callers = callers;
        this.transactions = transactions;
    }

    @Override
    public Caller authenticate(String accessToken) {
        AccessTokens.Claims claims = accessTokens.verify(accessToken);
        return callers.activeCaller(claims.user(), () -> transactions.singleStatement(() -> users.findById(claims.user())))
                .orElseThrow(() -> new DomainException(ErrorCode.INVALID_TOKEN, "Access token is no longer valid"));
    }
}
