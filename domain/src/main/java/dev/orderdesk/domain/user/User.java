package dev.orderdesk.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered user. Immutable: every change returns a new instance. The version is the one of the stored state
 * the instance derives from; the repository checks it on update and stores the next one.
 */
public final class User {

    private final UserId id;
    private final Email email;
    private final UserName name;
    private final PasswordHash passwordHash;
    private final Role role;
    private final boolean active;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private User(UserId id, Email email, UserName name, PasswordHash passwordHash, Role role, boolean active,
                 Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.name = Objects.requireNonNull(name, "name");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version cannot be negative");
        }
        this.version = version;
    }

    /** The first stored state of a new user, as the repository assigns its id. */
    public static User created(UserId id, NewUser user) {
        return new User(id, user.email(), user.name(), user.passwordHash(), user.role(), true,
                user.createdAt(), user.createdAt(), 0);
    }

    /** Rebuilds stored state; performs no business rule. */
    public static User restore(UserId id, Email email, UserName name, PasswordHash passwordHash, Role role,
                               boolean active, Instant createdAt, Instant updatedAt, long version) {
        return new User(id, email, name, passwordHash, role, active, createdAt, updatedAt, version);
    }

    public User rename(UserName newName, Instant now) {
        return next(email, newName, passwordHash, role, active, now);
    }

    public User changePassword(PasswordHash newHash, Instant now) {
        return next(email, name, newHash, role, active, now);
    }

    public User changeRole(Role newRole, Instant now) {
        return next(email, name, passwordHash, newRole, active, now);
    }

    /** Deactivated users cannot log in, refresh or use their access tokens; they are hidden from listings. */
    public User withActive(boolean nowActive, Instant now) {
        return next(email, name, passwordHash, role, nowActive, now);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    private User next(Email newEmail, UserName newName, PasswordHash newHash, Role newRole, boolean newActive,
                      Instant now) {
        return new User(id, newEmail, newName, newHash, newRole, newActive, createdAt,
                NewUser.storedPrecision(now), version);
    }

    public UserId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public UserName name() {
        return name;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that
                && id.equals(that.id) && email.equals(that.email) && name.equals(that.name)
                && passwordHash.equals(that.passwordHash) && role == that.role && active == that.active
                && createdAt.equals(that.createdAt) && updatedAt.equals(that.updatedAt) && version == that.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "User[id=" + id.value() + ", role=" + role.code() + ", active=" + active + ", version=" + version + "]";
    }
}
