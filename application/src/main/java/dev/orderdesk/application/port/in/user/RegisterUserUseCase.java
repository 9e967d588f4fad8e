package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.User;

/** Self-registration of a new, ordinary user account. */
@FunctionalInterface
public interface RegisterUserUseCase {

    /**
     * Hashes the password, then stores the user in one transaction; the store's unique email settles races.
     *
     * @param command the new user's email, name and password
     * @return the stored user
     * @throws dev.orderdesk.domain.DomainException {@code EMAIL_TAKEN} when the address, in any letter case,
     *         is already registered
     */
    User register(RegisterUserCommand command);
}
