package dev.orderdesk.testkit.contract;

import static dev.orderdesk.testkit.fixture.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorKind;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TransactionRunner} must do, observed through a repository that joins it: commit, roll back when
 * the work throws, let a nested call join the outer transaction, and report a lost database as the catalogue's
 * {@code UNAVAILABLE} kind. Run against the fake and against PostgreSQL.
 */
public abstract class TransactionRunnerContract {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected TransactionRunnerContract() {
    }

    /**
     * The runner under test.
     *
     * @return the runner
     */
    protected abstract TransactionRunner transactions();

    /**
     * A repository that joins {@link #transactions()}, through which the suite sees what was committed.
     *
     * @return the repository
     */
    protected abstract UserRepository users();

    /**
     * A runner whose database cannot be reached.
     *
     * @return the runner
     */
    protected abstract TransactionRunner unreachableTransactions();

    /**
     * A repository joining {@link #unreachableTransactions()}.
     *
     * @return the repository
     */
    protected abstract UserRepository unreachableUsers();

    @Test
    void commitsWhenTheWorkReturns() {
        Email email = anEmail();

        User added = transactions().inTransaction(() -> users().add(candidate(email)).orElseThrow());

        assertThat(users().findByEmail(email)).contains(added);
    }

    @Test
    void rollsBackEveryChangeWhenTheWorkThrows() {
        Email email = anEmail();
        User existing = transactions().inTransaction(() -> users().add(candidate(anEmail())).orElseThrow());

        Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
            users().add(candidate(email)).orElseThrow();
            users().update(existing.rename(UserName.parse("Renamed"), NOW)).orElseThrow();
            throw new IllegalStateException("the use case failed");
        }));

        assertThat(thrown).hasMessage("the use case failed");
        assertThat(users().findByEmail(email)).isEmpty();
        assertThat(users().findById(existing.id())).contains(existing);
    }

    @Test
    void aNestedCallJoinsTheOuterTransaction() {
        Email outer = anEmail();
        Email inner = anEmail();
        boolean[] nestedWriteVisibleInside = new boolean[1];

        Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
            users().add(candidate(outer)).orElseThrow();
            UserId nested = transactions().inTransaction(() -> users().add(candidate(inner)).orElseThrow().id());
            nestedWriteVisibleInside[0] = users().findById(nested).isPresent();
            throw new IllegalStateException("the outer work failed after the nested call returned");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("outer work failed");
        assertThat(nestedWriteVisibleInside[0]).isTrue();
        assertThat(users().findByEmail(outer)).isEmpty();
        assertThat(users().findByEmail(inner)).isEmpty();
    }

    @Test
    void aLostDatabaseIsUnavailableForTransactionsAndSingleStatements() {
        Throwable inTransaction = catchThrowable(() ->
                unreachableTransactions().inTransaction(() -> unreachableUsers().findById(UserId.of(1))));
        Throwable singleStatement = catchThrowable(() ->
                unreachableTransactions().singleStatement(() -> unreachableUsers().findById(UserId.of(1))));

        for (Throwable failure : new Throwable[]{inTransaction, singleStatement}) {
            assertThat(failure).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code().kind()).isEqualTo(ErrorKind.UNAVAILABLE));
        }
    }

    private static Email anEmail() {
        return Email.parse("tx-" + UUID.randomUUID() + "@example.org");
    }

    private static NewUser candidate(Email email) {
        return aUser().withEmail(email.value()).withName("Someone").withPasswordHash("hash").createdAt(NOW).build();
    }
}
