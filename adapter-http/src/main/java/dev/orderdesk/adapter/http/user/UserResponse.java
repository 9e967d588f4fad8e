package dev.orderdesk.adapter.http.user;

import dev.orderdesk.domain.user.User;
import java.time.Instant;

/** A user as the API shows it: never the password hash. */
record UserResponse(long id, String email, String name, String role, boolean isActive, Instant createdAt) {

    static UserResponse from(User user) {
        return new UserResponse(user.id().value(), user.email().value(), user.name().value(), user.role().code(),
                user.isActive(), user.createdAt());
    }
}
