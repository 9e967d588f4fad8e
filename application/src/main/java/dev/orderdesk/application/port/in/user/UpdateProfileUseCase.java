package dev.orderdesk.application.port.in.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.user.User;

/** A user changes their own name or password. */
@FunctionalInterface
public interface UpdateProfileUseCase {

    /**
     * A new password needs the right current password, and revokes every refresh-token family of the user.
     *
     * @throws dev.orderdesk.domain.DomainException {@code INVALID_CREDENTIALS} for a missing or wrong current
     *         password; {@code CONCURRENT_MODIFICATION} when another change won the race
     */
    User update(Caller caller, UpdateProfileCommand command);
}
