package dev.orderdesk.application.port.in.user;

import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserName;
import java.util.Optional;

/**
 * Changes an admin makes to any account; absent parts stay as they are.
 *
 * @param name   the new display name
 * @param role   the new role
 * @param active whether the account is to be active
 */
public record AdminUpdateUserCommand(Optional<UserName> name, Optional<Role> role, Optional<Boolean> active) {
}
