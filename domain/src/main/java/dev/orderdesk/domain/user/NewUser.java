package dev.orderdesk.domain.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A user that has passed the registration rules but has no id yet; the repository turns it into a {@link User}.
 *
 * @param email        the normalised address, unique among users
 * @param name         the display name
 * @param passwordHash the hash of the chosen password
 * @param role         what the user may do
 * @param createdAt    when the account was created; the factories keep it to the microsecond
 */
public record NewUser(Email email, UserName name, PasswordHash passwordHash, Role role, Instant createdAt) {

    /**
     * Checks every part is present.
     *
     * @param email        the normalised address
     * @param name         the display name
     * @param passwordHash the hash of the chosen password
     * @param role         what the user may do
     * @param createdAt    when the account was created
     */
    public NewUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Self-registration: an active, ordinary user; nobody can register themselves as an admin.
     *
     * @param email        the normalised address
     * @param name         the display name
     * @param passwordHash the hash of the chosen password
     * @param now          the registration instant, truncated to the microsecond
     * @return a user with the role {@link Role#USER}
     */
    public static NewUser register(Email email, UserName name, PasswordHash passwordHash, Instant now) {
        return new NewUser(email, name, passwordHash, Role.USER, storedPrecision(now));
    }

    /**
     * An administrator, created by an operator through a trusted channel (command line, start-up settings).
     *
     * @param email        the normalised address
     * @param name         the display name
     * @param passwordHash the hash of the chosen password
     * @param now          the creation instant, truncated to the microsecond
     * @return a user with the role {@link Role#ADMIN}
     */
    public static NewUser admin(Email email, UserName name, PasswordHash passwordHash, Instant now) {
        return new NewUser(email, name, passwordHash, Role.ADMIN, storedPrecision(now));
    }

    /** Timestamps are kept to the microsecond, the precision every store we target can hold. */
    static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
