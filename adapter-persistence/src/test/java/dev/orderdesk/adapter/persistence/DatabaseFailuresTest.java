package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.UserId;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached answers "unavailable", also through SqlObject's on-demand proxies. */
class DatabaseFailuresTest {

    @Test
    void aPoolTimeoutInsideATransactionIsServiceUnavailable() {
        Jdbi jdbi = unreachable(new SQLTransientConnectionException("pool timed out"));
        TransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        UserRepository users = new JdbiUserRepository(jdbi);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> transactions.inTransaction(() -> users.findById(UserId.of(1))))
                .extracting(DomainException::code).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void aRefusedConnectionForASingleStatementIsServiceUnavailable() {
        Jdbi jdbi = unreachable(new SQLException("connection refused", "08001"));
        TransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        UserRepository users = new JdbiUserRepository(jdbi);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> transactions.singleStatement(() -> users.findById(UserId.of(1))))
                .extracting(DomainException::code).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    private static Jdbi unreachable(SQLException failure) {
        return Jdbi.create(() -> {
            throw failure;
        }).installPlugin(new SqlObjectPlugin());
    }
}
