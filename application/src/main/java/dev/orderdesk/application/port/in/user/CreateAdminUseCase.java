package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.User;
import java.util.Optional;

/** Operator tooling: creates administrators through a trusted channel (command line, start-up settings). */
public interface CreateAdminUseCase {

    /** @throws dev.orderdesk.domain.DomainException {@code EMAIL_TAKEN} */
    User create(RegisterUserCommand command);

    /** Creates the admin only if no admin exists yet; returns it when it did. */
    Optional<User> createIfNoAdminExists(RegisterUserCommand command);
}
