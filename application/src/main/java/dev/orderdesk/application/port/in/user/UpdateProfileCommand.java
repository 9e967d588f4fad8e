package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.UserName;
import java.util.Optional;

/**
 * Changes a user makes to their own account; absent parts stay as they are.
 *
 * @param name            the new display name
 * @param newPassword     the new password
 * @param currentPassword the password now in use, required with {@code newPassword}
 */
public record UpdateProfileCommand(Optional<UserName> name, Optional<PlainPassword> newPassword,
                                   Optional<PlainPassword> currentPassword) {
}
