package dev.orderdesk.application.port.in.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.domain.user.User;

/** Lists active users, newest first. Admins only. */
@FunctionalInterface
public interface ListUsersUseCase {

    /**
     * One offset page of active users, with their total count, read in one transaction.
     *
     * @param caller an administrator or the operator
     * @param page   which page
     * @return the users and how many active users there are
     * @throws dev.orderdesk.domain.DomainException {@code FORBIDDEN} for a caller who is not an admin
     */
    Page<User> list(Caller caller, PageRequest page);
}
