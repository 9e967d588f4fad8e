package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.RefreshTokenStore.Consumption;
import dev.orderdesk.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * The {@code refresh_tokens} table's statements, declared for JDBI's SqlObject. Parameters bind by name (the build
 * compiles with {@code -parameters}); a consumed row becomes a {@link Consumption} only through
 * {@link ConsumedTokenRowMapper}.
 */
interface RefreshTokenStatements {

    @SqlUpdate("""
            INSERT INTO refresh_tokens (token_hash, user_id, family_id, created_at, expires_at)
            VALUES (:hash, :user, :family, :createdAt, :expiresAt)""")
    void insert(String hash, long user, UUID family, OffsetDateTime createdAt, OffsetDateTime expiresAt);

    /** Only a usable token is consumed; PostgreSQL's row lock makes a concurrent consumer wait and then find none. */
    @SqlQuery("""
            UPDATE refresh_tokens SET consumed_at = :now
             WHERE token_hash = :hash AND consumed_at IS NULL AND revoked_at IS NULL AND expires_at > :now
            RETURNING user_id, family_id""")
    @UseRowMapper(ConsumedTokenRowMapper.class)
    Optional<Consumption> consume(String hash, OffsetDateTime now);

    @SqlQuery("""
            SELECT family_id FROM refresh_tokens
             WHERE token_hash = :hash AND consumed_at IS NOT NULL AND revoked_at IS NULL""")
    Optional<UUID> familyOfConsumed(String hash);

    @SqlQuery("SELECT family_id FROM refresh_tokens WHERE token_hash = :hash")
    Optional<UUID> familyOf(String hash);

    @SqlUpdate("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :family AND revoked_at IS NULL")
    void revokeFamily(UUID family, OffsetDateTime now);

    @SqlUpdate("UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
    void revokeAllOf(long user, OffsetDateTime now);

    /**
     * The row {@link #consume} returns, as a successful consumption. A member of this interface (so implicitly
     * public) because {@code @UseRowMapper} constructs it reflectively; the package-private interface still hides it.
     */
    final class ConsumedTokenRowMapper implements RowMapper<Consumption> {

        @Override
        public Consumption map(ResultSet row, StatementContext context) throws SQLException {
            return Consumption.consumed(UserId.of(row.getLong("user_id")), row.getObject("family_id", UUID.class));
        }
    }
}
