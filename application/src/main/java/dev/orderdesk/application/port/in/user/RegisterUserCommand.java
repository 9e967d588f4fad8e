package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import java.util.Objects;

/** What a person supplies to register; every part is already a validated domain value. */
public record RegisterUserCommand(Email email, UserName name, PlainPassword password) {

    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }
}
