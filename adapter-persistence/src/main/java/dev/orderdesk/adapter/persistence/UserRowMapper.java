package dev.orderdesk.adapter.persistence;

import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Rebuilds a {@link User} from a {@code users} row. */
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
