package dev.orderdesk.application.port.in;

import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.util.Objects;

/** Who is calling a use case, as established by authentication; authorisation decisions are made from it. */
public record Caller(UserId id, Role role) {

    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The caller may see this user's data: it is themself, or the caller is an admin. */
    public boolean maySee(UserId user) {
        return isAdmin() || id.equals(user);
    }
}
