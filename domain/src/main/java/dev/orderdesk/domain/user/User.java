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

    /**
     * The first stored state of a new user, as the repository assigns its id.
     *
     * @param id   the id the repository assigned
     * @param user the user as accepted
     * @return the user, active at version 0, last updated when created
     */
    public static User created(UserId id, NewUser user) {
        return new User(id, user.email(), user.name(), user.passwordHash(), user.role(), true,
                user.createdAt(), user.createdAt(), 0);
    }

    /**
     * Rebuilds stored state; performs no business rule.
     *
     * @param id           the stored id
     * @param email        the stored address
     * @param name         the stored name
     * @param passwordHash the stored hash
     * @param role         the stored role
     * @param active       whether the account is active
     * @param createdAt    when it was created
     * @param updatedAt    when it last changed
     * @param version      the stored version, checked by the next update; not negative
     * @return the user as stored
     */
    public static User restore(UserId id, Email email, UserName name, PasswordHash passwordHash, Role role,
                               boolean active, Instant createdAt, Instant updatedAt, long version) {
        return new User(id, email, name, passwordHash, role, active, createdAt, updatedAt, version);
    }

    /**
     * The user under another name.
     *
     * @param newName the name to use
     * @param now     when it changed, kept to the microsecond
     * @return the changed user, still at this version: the repository's update checks and advances it
     */
    public User rename(UserName newName, Instant now) {
        return next(email, newName, passwordHash, role, active, now);
    }

    /**
     * The user with another password.
     *
     * @param newHash the hash of the new password
     * @param now     when it changed, kept to the microsecond
     * @return the changed user, still at this version
     */
    public User changePassword(PasswordHash newHash, Instant now) {
        return next(email, name, newHash, role, active, now);
    }

    /**
     * The user with another role.
     *
     * @param newRole the role to give
     * @param now     when it changed, kept to the microsecond
     * @return the changed user, still at this version
     */
    public User changeRole(Role newRole, Instant now) {
        return next(email, name, passwordHash, newRole, active, now);
    }

    /**
     * The user activated or deactivated. Deactivated users cannot log in, refresh or use their access tokens; they
     * are hidden from listings.
     *
     * @param nowActive whether the account is to be active
     * @param now       when it changed, kept to the microsecond
     * @return the changed user, still at this version
     */
    public User withActive(boolean nowActive, Instant now) {
        return next(email, name, passwordHash, role, nowActive, now);
    }

    /** @return whether the user has the role {@link Role#ADMIN} */
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    private User next(Email newEmail, UserName newName, PasswordHash newHash, Role newRole, boolean newActive,
                      Instant now) {
        return new User(id, newEmail, newName, newHash, newRole, newActive, createdAt,
                NewUser.storedPrecision(now), version);
    }

    /** @return the id the repository assigned */
    public UserId id() {
        return id;
    }

    /** @return the normalised address, unique among users */
    public Email email() {
        return email;
    }

    /** @return the display name */
    public UserName name() {
        return name;
    }

    /** @return the hash of the current password */
    public PasswordHash passwordHash() {
        return passwordHash;
    }

    /** @return what the user may do */
    public Role role() {
        return role;
    }

    /** @return whether the account may be used; see {@link #withActive(boolean, Instant)} */
    public boolean isActive() {
        return active;
    }

    /** @return when the account was created, to the microsecond */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the account last changed (the creation instant until then), to the microsecond */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the version of the stored state this instance derives from; 0 when created */
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
