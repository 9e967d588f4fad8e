package dev.orderdesk.application.service.user;

import dev.orderdesk.application.policy.CallerCache;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.user.UpdateProfileCommand;
import dev.orderdesk.application.port.in.user.UpdateProfileUseCase;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.application.service.auth.CurrentPasswordCheck;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A user edits their own profile. Bcrypt work (checking the current password, hashing the new one) happens between
 * the read and the write, outside any transaction; the write is guarded by the version read first. A change is
 * announced to the caller caches of all instances (today only the role and active flag decide authentication, but
 * an account's every change is announced, so no cache can ever hold an older version than the last announced one).
 */
public final class UpdateProfileService implements UpdateProfileUseCase {

    private final UserRepository users;
    private final RefreshTokenStore refreshTokens;
    private final PasswordHasher hasher;
    private final CurrentPasswordCheck passwordCheck;
    private final CallerCache callers;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users         reads and updates the user
     * @param refreshTokens revokes every session after a password change
     * @param hasher        hashes the new password
     * @param passwordCheck checks the current password under the lock-out
     * @param callers       forgets the changed account on every instance
     * @param transactions  runs the read and the write
     * @param clock         the source of the change's instant
     */
    public UpdateProfileService(UserRepository users, RefreshTokenStore refreshTokens, PasswordHasher hasher,
                                CurrentPasswordCheck passwordCheck, CallerCache callers,
                                TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.passwordCheck = passwordCheck;
        this.callers = callers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User update(Caller caller, UpdateProfileCommand command) {
        User current = transactions.singleStatement(() -> users.findById(caller.id()))
                .orElseThrow(GetUserService::notFound);
        Instant now = clock.instant();
        Optional<PasswordHash> newHash = command.newPassword().map(password -> {
            // Under the same lock-out as logins (keyed on the account): a stolen access token cannot brute-force it.
            passwordCheck.confirm(Optional.of(current.email()), () -> Optional.of(current), command.currentPassword(), now,
                            "Too many wrong passwords for this account; try again later")
                    .orElseThrow(() -> new DomainException(ErrorCode.INVALID_CREDENTIALS,
                            "Current password is missing or incorrect"));
            return hasher.hash(password);
        });
        User changed = command.name().map(name -> current.rename(name, now)).orElse(current);
        User withPassword = newHash.map(hash -> changed.changePassword(hash, now)).orElse(changed);
        if (withPassword == current) {
            return current;
        }
        User updated = transactions.inTransaction(() -> {
            User stored = users.update(withPassword).orElseThrow(UserUpdates::conflict);
            if (newHash.isPresent()) {
                refreshTokens.revokeAllOf(stored.id(), now);
            }
            callers.announceChange(stored.id());
            return stored;
        });
        callers.forget(updated.id()); // committed: from the next request on, this instance reads the account again
        return updated;
    }
}
