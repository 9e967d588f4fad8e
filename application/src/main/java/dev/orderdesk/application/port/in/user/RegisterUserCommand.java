package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import java.util.Objects;

/**
 * What a person supplies to register; every part is already a validated domain value.
 *
 * @param email    the normalised address
 * @param name     the display name
 * @param password the chosen password, hashed before it is stored
 */
public record RegisterUserCommand(Email email, UserName name, PlainPassword password) {

    /**
     * Checks every part is present.
     *
     * @param email    the normalised address
     * @param name     the display name
     * @param password the chosen password
     */
    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }
}
