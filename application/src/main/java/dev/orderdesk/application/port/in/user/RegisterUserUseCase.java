package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.User;

/** Self-registration of a new, ordinary user account. */
@FunctionalInterface
public interface RegisterUserUseCase {

    /**
     * @return the stored user
     * @throws dev.orderdesk.domain.DomainException {@code EMAIL_TAKEN} when the address, in any letter case,
     *         is already registered
     */
    User register(RegisterUserCommand command);
}
