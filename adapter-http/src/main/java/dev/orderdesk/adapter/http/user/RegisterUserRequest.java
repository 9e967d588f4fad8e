package dev.orderdesk.adapter.http.user;

import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import java.util.Optional;

/** Body of {@code POST /api/v1/users}. A role cannot be chosen: the field does not exist, so sending it is a 422. */
record RegisterUserRequest(String email, String name, String password) {

    RegisterUserCommand toCommand() {
        FieldViolations violations = new FieldViolations();
        Optional<Email> parsedEmail = violations.field("email", () -> Email.parse(email));
        Optional<UserName> parsedName = violations.field("name", () -> UserName.parse(name));
        Optional<PlainPassword> parsedPassword = violations.field("password", () -> PlainPassword.of(password));
        violations.throwIfAny();
        return new RegisterUserCommand(
                parsedEmail.orElseThrow(), parsedName.orElseThrow(), parsedPassword.orElseThrow());
    }

    @Override
    public String toString() {
        return "RegisterUserRequest[email=" + email + ", name=" + name + ", password=***]";
    }
}
