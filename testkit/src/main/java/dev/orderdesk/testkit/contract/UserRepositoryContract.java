package dev.orderdesk.testkit.contract;

import static dev.orderdesk.testkit.fixture.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.testkit.concurrency.Concurrently;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do. Extended by the in-memory adapter's test and by the JDBI adapter's test,
 * so the adapter the service tests rely on cannot drift from the real store.
 */
public abstract class UserRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected UserRepositoryContract() {
    }

    /**
     * The repository under test.
     *
     * @return a repository over an empty store
     */
    protected abstract UserRepository repository();

    /**
     * Runs work the way a use case would (real adapters need a transaction).
     *
     * @return the runner the repository joins
     */
    protected abstract TransactionRunner transactions();

    @Test
    void addsAUserAndAssignsAnId() {
        User stored = add(newUser("ada@example.org", T0)).orElseThrow();

        assertThat(stored.id().value()).isPositive();
        assertThat(stored.email()).isEqualTo(Email.parse("ada@example.org"));
        assertThat(stored.name()).isEqualTo(UserName.parse("Ada"));
        assertThat(stored.passwordHash()).isEqualTo(new PasswordHash("hash-of-ada@example.org"));
        assertThat(stored.role()).isEqualTo(Role.USER);
        assertThat(stored.isActive()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.updatedAt()).isEqualTo(T0);
        assertThat(stored.version()).isZero();
    }

    @Test
    void findsWhatItStored() {
        User stored = add(newUser("ada@example.org", T0)).orElseThrow();

        assertThat(tx(() -> repository().findById(stored.id()))).contains(stored);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(tx(() -> repository().findById(UserId.of(Long.MAX_VALUE)))).isEmpty();
    }

    @Test
    void rejectsSecondRegistrationWithSameEmailInOtherCase() {
        add(newUser("ada@example.org", T0)).orElseThrow();

        assertThat(add(newUser("ADA@Example.org", T0.plusSeconds(1)))).isEmpty();
        assertThat(tx(() -> repository().countActive())).isEqualTo(1);
    }

    @Test
    void listsActiveUsersNewestFirstWithOffsetAndLimit() {
        User oldest = add(newUser("a@example.org", T0)).orElseThrow();
        User middle = add(newUser("b@example.org", T0.plusSeconds(1))).orElseThrow();
        User newest = add(newUser("c@example.org", T0.plusSeconds(2))).orElseThrow();

        assertThat(tx(() -> repository().listActive(0, 10))).containsExactly(newest, middle, oldest);
        assertThat(tx(() -> repository().listActive(1, 1))).containsExactly(middle);
        assertThat(tx(() -> repository().listActive(3, 10))).isEmpty();
        assertThat(tx(() -> repository().countActive())).isEqualTo(3);
    }

    @Test
    void breaksTiesInCreationTimeByNewestId() {
        User first = add(newUser("a@example.org", T0)).orElseThrow();
        User second = add(newUser("b@example.org", T0)).orElseThrow();

        assertThat(tx(() -> repository().listActive(0, 10))).containsExactly(second, first);
    }

    /** Each round races registrations of one email, spelt in two cases; the store must keep exactly one of each. */
    @Test
    void concurrentRegistrationsOfOneEmailStoreExactlyOne() throws Exception {
        List<List<Optional<User>>> rounds = Concurrently.race(Races.ROUNDS, Races.RACERS, (round, racer) -> {
            NewUser candidate = newUser((racer % 2 == 0 ? "race-" : "RACE-") + round + "@example.org", T0);
            return () -> add(candidate);
        });

        for (List<Optional<User>> results : rounds) {
            assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        }
        assertThat(tx(() -> repository().countActive())).isEqualTo(rounds.size());
    }

    /** Each round races changes of one user read at the same version; exactly one may be stored. */
    @Test
    void ofConcurrentUpdatesFromOneVersionExactlyOneWins() throws Exception {
        List<List<Optional<User>>> rounds = Concurrently.race(Races.ROUNDS, Races.RACERS,
                round -> add(newUser("update-" + round + "@example.org", T0)).orElseThrow(),
                (original, racer) -> {
                    User changed = original.rename(UserName.parse("Racer " + racer), T0.plusSeconds(1));
                    return () -> tx(() -> repository().update(changed));
                });

        Races.assertOneChangeWonEachRound(rounds, winner -> tx(() -> repository().findById(winner.id())),
                User::version);
    }

    @Test
    void findsByNormalisedEmail() {
        User stored = add(newUser("ada@example.org", T0)).orElseThrow();

        assertThat(tx(() -> repository().findByEmail(Email.parse("ADA@example.org")))).contains(stored);
        assertThat(tx(() -> repository().findByEmail(Email.parse("bob@example.org")))).isEmpty();
    }

    @Test
    void updatesWhenTheVersionIsCurrentAndBumpsIt() {
        User stored = add(newUser("ada@example.org", T0)).orElseThrow();
        Instant later = T0.plusSeconds(60);

        User changed = stored.rename(UserName.parse("Ada L."), later).changeRole(Role.ADMIN, later).withActive(false, later);
        User updated = tx(() -> repository().update(changed)).orElseThrow();

        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        assertThat(updated.name().value()).isEqualTo("Ada L.");
        assertThat(updated.role()).isEqualTo(Role.ADMIN);
        assertThat(updated.isActive()).isFalse();
        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(tx(() -> repository().findById(stored.id()))).contains(updated);
        assertThat(tx(() -> repository().countActive())).isZero();
        assertThat(tx(() -> repository().anyAdmin())).isTrue();
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        User stored = add(newUser("ada@example.org", T0)).orElseThrow();
        tx(() -> repository().update(stored.rename(UserName.parse("First"), T0))).orElseThrow();

        assertThat(tx(() -> repository().update(stored.rename(UserName.parse("Second"), T0)))).isEmpty();
        assertThat(tx(() -> repository().findById(stored.id())).orElseThrow().name().value()).isEqualTo("First");
    }

    @Test
    void knowsWhetherAnyAdminExists() {
        add(newUser("ada@example.org", T0)).orElseThrow();
        assertThat(tx(() -> repository().anyAdmin())).isFalse();

        add(aUser().withEmail("root@example.org").withName("Root").withRole(Role.ADMIN).createdAt(T0).build())
                .orElseThrow();
        assertThat(tx(() -> repository().anyAdmin())).isTrue();
    }

    /**
     * Stores a user in a transaction of its own.
     *
     * @param user the user to store
     * @return what the repository returned
     */
    protected Optional<User> add(NewUser user) {
        return tx(() -> repository().add(user));
    }

    /**
     * Runs work in a transaction of {@link #transactions()}.
     *
     * @param <T>  what the work returns
     * @param work the work
     * @return what the work returned
     */
    protected <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    /**
     * An ordinary user named Ada whose password hash is {@code hash-of-<email>}.
     *
     * @param email     the raw email
     * @param createdAt when the user registered
     * @return the user before it is stored
     */
    protected static NewUser newUser(String email, Instant createdAt) {
        return aUser().withEmail(email).createdAt(createdAt).build();
    }
}
