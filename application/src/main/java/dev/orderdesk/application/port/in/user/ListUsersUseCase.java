package dev.orderdesk.application.port.in.user;

import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.domain.user.User;

/** Lists active users, newest first. */
@FunctionalInterface
public interface ListUsersUseCase {

    Page<User> list(PageRequest page);
}
