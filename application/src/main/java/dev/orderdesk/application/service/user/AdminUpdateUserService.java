package dev.orderdesk.application.service.user;

import dev.orderdesk.application.policy.CallerCache;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.user.AdminUpdateUserCommand;
import dev.orderdesk.application.port.in.user.AdminUpdateUserUseCase;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;

/**
 * An admin edits any account in one transaction; deactivation also revokes the user's refresh tokens. Every change is
 * announced to the caller caches of all instances, so a new role or a deactivation holds on the next request.
 */
public final class AdminUpdateUserService implements AdminUpdateUserUseCase {

    private final UserRepository users;
    private final RefreshTokenStore refreshTokens;
    private final CallerCache callers;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users         reads and updates the user
     * @param refreshTokens revokes a deactivated user's tokens
     * @param callers       forgets the changed account on every instance
     * @param transactions  runs the change
     * @param clock         the source of the change's instant
     */
    public AdminUpdateUserService(UserRepository users, RefreshTokenStore refreshTokens, CallerCache callers,
                                  TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.callers = callers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User update(Caller caller, UserId id, AdminUpdateUserCommand command) {
        if (!caller.isAdmin()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only administrators may change other users");
        }
        Instant now = clock.instant();
        User updated = transactions.inTransaction(() -> {
            User current = users.findById(id).orElseThrow(GetUserService::notFound);
            User changed = current;
            if (command.name().isPresent()) {
                changed = changed.rename(command.name().get(), now);
            }
            if (command.role().isPresent()) {
                changed = changed.changeRole(command.role().get(), now);
            }
            if (command.active().isPresent()) {
                changed = changed.withActive(command.active().get(), now);
            }
            if (changed == current) {
                return current;
            }
            User stored = users.update(changed).orElseThrow(UserUpdates::conflict);
            if (current.isActive() && !stored.isActive()) {
                refreshTokens.revokeAllOf(id, now);
            }
            callers.announceChange(id);
            return stored;
        });
        callers.forget(id); // committed: from the next request on, this instance reads the account again
        return updated;
    }
}
