package dev.orderdesk.adapter.http.auth;

import dev.orderdesk.application.port.in.auth.LoginCommand;
import dev.orderdesk.domain.FieldViolations;
import java.util.Optional;

/** Body of {@code POST /api/v1/auth/login} as JSON. */
record LoginRequest(String email, String password) {

    LoginCommand toCommand() {
        return command("email", email, password);
    }

    /**
     * A missing field is a malformed request (422, naming it); a present one, however wrong, is left to the login,
     * which refuses it exactly as a wrong password, revealing nothing.
     */
    static LoginCommand command(String emailField, String email, String password) {
        FieldViolations violations = new FieldViolations();
        Optional<String> presentEmail = violations.field(emailField, () -> FieldViolations.required(email));
        Optional<String> presentPassword = violations.field("password", () -> FieldViolations.required(password));
        violations.throwIfAny();
        return new LoginCommand(presentEmail.orElseThrow(), presentPassword.orElseThrow());
    }

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + ", password=***]";
    }
}
