package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Stores users. Implementations settle races in the store itself, never by read-then-write. */
public interface UserRepository {

    /** Stores the user, or returns empty when the (normalised) email is already taken. */
    Optional<User> add(NewUser user);

    Optional<User> findById(UserId id);

    Optional<User> findByEmail(Email email);

    /**
     * Stores a changed user if nobody changed it since it was read: its version must still be the stored one.
     *
     * @return the stored user with the next version, or empty when the stored version moved on (a concurrent
     *         change won) or the user no longer exists
     */
    Optional<User> update(User changed);

    boolean anyAdmin();

    /** Active users, newest first (ties broken by id, newest first). */
    List<User> listActive(long offset, int limit);

    long countActive();
}
