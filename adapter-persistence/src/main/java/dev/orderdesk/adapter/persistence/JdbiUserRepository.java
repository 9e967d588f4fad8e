package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Users in the {@code users} table; the unique index on the email settles concurrent registrations. */
final class JdbiUserRepository implements UserRepository {

    private static final String COLUMNS =
            "id, email, name, password_hash, role, is_active, created_at, updated_at, version";
    private static final UserRowMapper MAPPER = new UserRowMapper();

    private final Jdbi jdbi;

    JdbiUserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<User> add(NewUser user) {
        OffsetDateTime createdAt = Timestamps.of(user.createdAt());
        // ON CONFLICT DO NOTHING: a taken email yields no row instead of an error that would abort the transaction.
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO users (email, name, password_hash, role, is_active, created_at, updated_at)
                        VALUES (:email, :name, :passwordHash, :role, TRUE, :createdAt, :createdAt)
                        ON CONFLICT DO NOTHING
                        RETURNING\s""" + COLUMNS)
                .bind("email", user.email().value())
                .bind("name", user.name().value())
                .bind("passwordHash", user.passwordHash().value())
                .bind("role", user.role().code())
                .bind("createdAt", createdAt)
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<User> findById(UserId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE lower(email) = :email")
                .bind("email", email.value())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<User> update(User changed) {
        // The version check makes a concurrent change visible as "no row" instead of silently overwriting it.
        return jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE users
                           SET name = :name, password_hash = :passwordHash, role = :role, is_active = :active,
                               updated_at = :updatedAt, version = version + 1
                         WHERE id = :id AND version = :version
                        RETURNING\s""" + COLUMNS)
                .bind("id", changed.id().value())
                .bind("version", changed.version())
                .bind("name", changed.name().value())
                .bind("passwordHash", changed.passwordHash().value())
                .bind("role", changed.role().code())
                .bind("active", changed.isActive())
                .bind("updatedAt", Timestamps.of(changed.updatedAt()))
                .map(MAPPER)
                .findOne());
    }

    @Override
    public boolean anyAdmin() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin')")
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public List<User> listActive(long offset, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM users WHERE is_active
                        ORDER BY created_at DESC, id DESC
                        OFFSET :offset LIMIT :limit""")
                .bind("offset", offset)
                .bind("limit", limit)
                .map(MAPPER)
                .list());
    }

    @Override
    public long countActive() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM users WHERE is_active")
                .mapTo(Long.class)
                .one());
    }
}
