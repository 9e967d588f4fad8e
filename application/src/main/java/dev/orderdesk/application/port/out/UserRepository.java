package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Stores users. Implementations settle races in the store itself, never by read-then-write. */
public interface UserRepository {

    /**
     * Stores the user unless the (normalised) email is already taken; the store's unique index decides, so two
     * concurrent registrations of one email cannot both succeed.
     *
     * @param user the user before it has an id
     * @return the stored user with its id, or empty when the email is already taken
     */
    Optional<User> add(NewUser user);

    /**
     * Reads one user.
     *
     * @param id the user's id
     * @return the user, or empty when no user has that id
     */
    Optional<User> findById(UserId id);

    /**
     * Reads the user registered with an email, compared in its normalised form.
     *
     * @param email the normalised email
     * @return the user, or empty when nobody registered it
     */
    Optional<User> findByEmail(Email email);

    /**
     * Stores a changed user if nobody changed it since it was read: its version must still be the stored one.
     *
     * @return the stored user with the next version, or empty when the stored version moved on (a concurrent
     *         change won) or the user no longer exists
     * @param changed the user after a change, carrying the version it was read at
     */
    Optional<User> update(User changed);

    /**
     * Whether any administrator exists: {@code createIfNoAdminExists} creates one only while none does.
     *
     * @return true when at least one user has the admin role
     */
    boolean anyAdmin();

    /**
     * Active users, newest first (ties broken by id, newest first).
     *
     * @param offset how many active users to skip
     * @param limit  at most this many users
     * @return the page
     */
    List<User> listActive(long offset, int limit);

    /**
     * Counts what {@link #listActive} pages through.
     *
     * @return the number of active users
     */
    long countActive();
}
