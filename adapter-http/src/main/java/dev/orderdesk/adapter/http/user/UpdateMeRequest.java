package dev.orderdesk.adapter.http.user;

import dev.orderdesk.application.port.in.user.UpdateProfileCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import java.util.Optional;

/** Body of {@code PATCH /api/v1/users/me}; absent or null fields are left unchanged. */
record UpdateMeRequest(String name, String password, String currentPassword) {

    UpdateProfileCommand toCommand() {
        FieldViolations violations = new FieldViolations();
        Optional<UserName> newName = Optional.ofNullable(name)
                .flatMap(n -> violations.field("name", () -> UserName.parse(n)));
        Optional<PlainPassword> newPassword = Optional.ofNullable(password)
                .flatMap(p -> violations.field("password", () -> PlainPassword.of(p)));
        // A current password that is not even a valid password cannot be the right one: leaving it out makes the
        // service answer 401 INVALID_CREDENTIALS, as for any wrong password, rather than a revealing 422.
        Optional<PlainPassword> current = Optional.ofNullable(currentPassword).flatMap(UpdateMeRequest::asPassword);
        violations.throwIfAny();
        return new UpdateProfileCommand(newName, newPassword, current);
    }

    private static Optional<PlainPassword> asPassword(String raw) {
        try {
            return Optional.of(PlainPassword.of(raw));
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "UpdateMeRequest[name=" + name + ", password=***, currentPassword=***]";
    }
}
