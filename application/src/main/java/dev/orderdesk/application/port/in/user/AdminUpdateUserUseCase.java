package dev.orderdesk.application.port.in.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;

/** An admin renames, promotes, demotes, deactivates or reactivates a user. */
@FunctionalInterface
public interface AdminUpdateUserUseCase {

    /**
     * Applies the changes in one transaction. Deactivation revokes the user's refresh tokens; their access tokens
     * fail from their next request.
     *
     * @param caller  an administrator or the operator
     * @param id      the user to change
     * @param command what to change; with nothing to change, the user is returned as stored
     * @return the stored user
     * @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} for non-admins, {@code USER_NOT_FOUND},
     *         {@code CONCURRENT_MODIFICATION}
     */
    User update(Caller caller, UserId id, AdminUpdateUserCommand command);
}
