package dev.orderdesk.adapter.http.user;

import dev.orderdesk.application.port.in.user.AdminUpdateUserCommand;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserName;
import java.util.Optional;

/** Body of {@code PATCH /api/v1/users/{id}} (admins); absent or null fields are left unchanged. */
record AdminUpdateUserRequest(String name, String role, Boolean isActive) {

    AdminUpdateUserCommand toCommand() {
        FieldViolations violations = new FieldViolations();
        Optional<UserName> newName = Optional.ofNullable(name)
                .flatMap(n -> violations.field("name", () -> UserName.parse(n)));
        Optional<Role> newRole = Optional.ofNullable(role)
                .flatMap(r -> violations.field("role", () -> Role.fromCode(r)));
        violations.throwIfAny();
        return new AdminUpdateUserCommand(newName, newRole, Optional.ofNullable(isActive));
    }
}
