package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Users in the {@code users} table; the unique index on the email settles concurrent registrations. */
final class JdbiUserRepository implements UserRepository {

    private final UserStatements statements;

    JdbiUserRepository(Jdbi jdbi) {
        // On demand: each call runs on the handle bound to the thread (the use case's transaction) or opens its own.
        this.statements = jdbi.onDemand(UserStatements.class);
    }

    @Override
    public Optional<User> add(NewUser user) {
        return statements.insert(user.email().value(), user.name().value(), user.passwordHash().value(),
                user.role().code(), Timestamps.of(user.createdAt()));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return statements.findById(id.value());
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return statements.findByEmail(email.value());
    }

    @Override
    public Optional<User> update(User changed) {
        return statements.update(changed.id().value(), changed.version(), changed.name().value(),
                changed.passwordHash().value(), changed.role().code(), changed.isActive(),
                Timestamps.of(changed.updatedAt()));
    }

    @Override
    public boolean anyAdmin() {
        return statements.anyAdmin();
    }

    @Override
    public List<User> listActive(long offset, int limit) {
        return statements.listActive(offset, limit);
    }

    @Override
    public long countActive() {
        return statements.countActive();
    }
}
