package dev.orderdesk.application.port.in.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;

/** Looks up one user by id, for the user themself or an admin. */
@FunctionalInterface
public interface GetUserUseCase {

    /**
     * Reads one user, active or not.
     *
     * @param caller who asks
     * @param id     the user
     * @return the user
     * @throws dev.orderdesk.domain.DomainException {@code USER_NOT_FOUND} when no such user exists, and equally
     *         when the caller may not see it (existence is not revealed)
     */
    User get(Caller caller, UserId id);
}
