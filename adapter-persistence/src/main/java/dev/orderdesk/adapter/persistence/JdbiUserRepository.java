package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        OffsetDateTime createdAt = OffsetDateTime.ofInstant(user.createdAt(), ZoneOffset.UTC);
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
