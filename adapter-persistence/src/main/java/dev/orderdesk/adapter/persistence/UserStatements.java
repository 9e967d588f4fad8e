package dev.orderdesk.adapter.persistence;

import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The {@code users} table's statements, declared for JDBI's SqlObject. Parameters bind by name (the build compiles
 * with {@code -parameters}); rows become {@link User}s only through {@link UserRowMapper}.
 */
@RegisterRowMapper(UserStatements.UserRowMapper.class)
interface UserStatements {

    String COLUMNS = "id, email, name, password_hash, role, is_active, created_at, updated_at, version";

    /** ON CONFLICT DO NOTHING: a taken email yields no row instead of an error that would abort the transaction. */
    @SqlQuery("""
            INSERT INTO users (email, name, password_hash, role, is_active, created_at, updated_at)
            VALUES (:email, :name, :passwordHash, :role, TRUE, :createdAt, :createdAt)
            ON CONFLICT DO NOTHING
            RETURNING\s""" + COLUMNS)
    Optional<User> insert(String email, String name, String passwordHash, String role, OffsetDateTime createdAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
    Optional<User> findById(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE lower(email) = :email")
    Optional<User> findByEmail(String email);

    /** The version check makes a concurrent change visible as "no row" instead of silently overwriting it. */
    @SqlQuery("""
            UPDATE users
               SET name = :name, password_hash = :passwordHash, role = :role, is_active = :active,
                   updated_at = :updatedAt, version = version + 1
             WHERE id = :id AND version = :version
            RETURNING\s""" + COLUMNS)
    Optional<User> update(long id, long version, String name, String passwordHash, String role, boolean active,
                          OffsetDateTime updatedAt);

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin')")
    boolean anyAdmin();

    @SqlQuery("SELECT " + COLUMNS + """
             FROM users WHERE is_active
            ORDER BY created_at DESC, id DESC
            OFFSET :offset LIMIT :limit""")
    List<User> listActive(long offset, int limit);

    @SqlQuery("SELECT count(*) FROM users WHERE is_active")
    long countActive();

    /**
     * Rebuilds a {@link User} from a {@code users} row. A member of this interface (so implicitly public) because
     * {@code @RegisterRowMapper} constructs it reflectively; the package-private interface still hides it.
     */
    final class UserRowMapper implements RowMapper<User> {

        @Override
        public User map(ResultSet row, StatementContext context) throws SQLException {
            return User.restore(
                    UserId.of(row.getLong("id")),
                    new Email(row.getString("email")),
                    new UserName(row.getString("name")),
                    new PasswordHash(row.getString("password_hash")),
                    Role.fromCode(row.getString("role")),
                    row.getBoolean("is_active"),
                    Timestamps.read(row, "created_at"),
                    Timestamps.read(row, "updated_at"),
                    row.getLong("version"));
        }
    }
}
