package dev.orderdesk.application.service.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.user.UpdateProfileCommand;
import dev.orderdesk.application.port.in.user.UpdateProfileUseCase;
import dev.orderdesk.application.port.out.LoginThrottle;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A user edits their own profile. Bcrypt work (checking the current password, hashing the new one) happens
 * between two short transactions; the write is guarded by the version read first.
 */
public final class UpdateProfileService implements UpdateProfileUseCase {

    private final UserRepository users;
    private final RefreshTokenStore refreshTokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final TransactionRunner transactions;
    private final Clock clock;

    public UpdateProfileService(UserRepository users, RefreshTokenStore refreshTokens, PasswordHasher hasher,
                                LoginThrottle throttle, TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.throttle = throttle;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User update(Caller caller, UpdateProfileCommand command) {
        User current = transactions.inTransaction(() -> users.findById(caller.id()))
                .orElseThrow(GetUserService::notFound);
        Instant now = clock.instant();
        Optional<PasswordHash> newHash = command.newPassword().map(password -> {
            confirmCurrentPassword(current, command, now);
            return hasher.hash(password);
        });
        User changed = command.name().map(name -> current.rename(name, now)).orElse(current);
        User withPassword = newHash.map(hash -> changed.changePassword(hash, now)).orElse(changed);
        if (withPassword == current) {
            return current;
        }
        return transactions.inTransaction(() -> {
            User stored = users.update(withPassword).orElseThrow(UserUpdates::conflict);
            if (newHash.isPresent()) {
                refreshTokens.revokeAllOf(stored.id(), now);
            }
            return stored;
        });
    }

    /**
     * The current password is guessed under the same lockout as logins (keyed on the account), so a stolen access
     * token cannot be used to brute-force it.
     */
    private void confirmCurrentPassword(User current, UpdateProfileCommand command, Instant now) {
        String key = current.email().value();
        throttle.attempt(key, now).ifPresent(wait -> {
            throw new RateLimitedException("Too many wrong passwords for this account; try again later", wait);
        });
        boolean confirmed;
        try {
            confirmed = command.currentPassword()
                    .map(given -> hasher.matches(given, current.passwordHash()))
                    .orElse(false);
        } catch (DomainException unchecked) {
            // No password was checked (hashing busy): as for logins, the attempt does not count towards a lockout.
            throttle.withdraw(key, now);
            throw unchecked;
        }
        if (!confirmed) {
            throw new DomainException(ErrorCode.INVALID_CREDENTIALS, "Current password is missing or incorrect");
        }
        throttle.reset(key);
    }
}
