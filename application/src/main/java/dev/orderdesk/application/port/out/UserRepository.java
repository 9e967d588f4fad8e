package dev.orderdesk.application.port.out;

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

    /** Active users, newest first (ties broken by id, newest first). */
    List<User> listActive(long offset, int limit);

    long countActive();
}
