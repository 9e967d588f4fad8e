package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.User;
import java.util.Optional;

/**
 * Operator tooling: creates administrators through a trusted channel (command line, start-up settings). It takes no
 * {@code Caller} and checks no authorisation, so only such channels may offer it.
 */
public interface CreateAdminUseCase {

    /**
     * Creates an administrator; the password is hashed before the transaction.
     *
     * @param command the new administrator's email, name and password
     * @return the stored administrator
     * @throws dev.orderdesk.domain.DomainException {@code EMAIL_TAKEN} when the address is already registered
     */
    User create(RegisterUserCommand command);

    /**
     * Creates the admin only if no admin exists yet, for a first start-up. Instances starting together may both
     * see no admin; the email's uniqueness then lets only one create the account.
     *
     * @param command the new administrator's email, name and password
     * @return the new administrator, or empty when an administrator exists already or the email is already registered
     */
    Optional<User> createIfNoAdminExists(RegisterUserCommand command);
}
