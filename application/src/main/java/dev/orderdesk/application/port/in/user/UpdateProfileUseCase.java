package dev.orderdesk.application.port.in.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.user.User;

/** A user changes their own name or password. */
@FunctionalInterface
public interface UpdateProfileUseCase {

    /**
     * A new password needs the right current password, and revokes every refresh-token family of the user. Not one
     * transaction: the account is read first, the slow password work runs outside any transaction, then the write and
     * the revocation run in one transaction, conditional on the version read.
     *
     * @param caller  the user, acting on their own account
     * @param command what to change; with nothing to change, the user is returned as stored
     * @return the stored user
     * @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} for the operator, who has no account;
     *         {@code USER_NOT_FOUND} when the caller's account no longer exists; {@code INVALID_CREDENTIALS} for a
     *         missing or wrong current password; {@code RATE_LIMITED} while the account is locked out after repeated
     *         wrong passwords; {@code CONCURRENT_MODIFICATION} when another change won the race
     */
    User update(Caller caller, UpdateProfileCommand command);
}
