package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;

/** Looks up one user by id. */
@FunctionalInterface
public interface GetUserUseCase {

    /** @throws dev.orderdesk.domain.DomainException {@code USER_NOT_FOUND} when no such user exists */
    User get(UserId id);
}
