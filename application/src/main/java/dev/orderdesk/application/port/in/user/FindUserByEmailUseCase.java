package dev.orderdesk.application.port.in.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.User;

/** Finds a user by email, for administrators and the operator (who name accounts by email). */
public interface FindUserByEmailUseCase {

    /**
     * Reads the user registered with the address, active or not.
     *
     * @param caller who asks; a non-administrator finds only themself
     * @param email  the normalised address
     * @return the user
     * @throws dev.orderdesk.domain.DomainException {@code USER_NOT_FOUND}, also when the caller may not see the user
     */
    User find(Caller caller, Email email);
}
