package dev.orderdesk.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.testing.Concurrently;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do. Extended by the in-memory fake's test and by the JDBI
 * adapter's test, so the fake the service tests rely on cannot drift from the real store.
 */
public abstract class UserRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    /** A repository over an empty store. */
    protected abstract UserRepository repository();

    /** Runs work the way a use case would (real adapters need a transaction). */
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

    @Test
    void concurrentRegistrationsOfOneEmailStoreExactlyOne() throws Exception {
        int attempts = 16;
        AtomicInteger spelling = new AtomicInteger();

        List<Optional<User>> results = Concurrently.run(attempts, () ->
                add(newUser(spelling.getAndIncrement() % 2 == 0 ? "race@example.org" : "RACE@example.org", T0)));

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(tx(() -> repository().countActive())).isEqualTo(1);
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

        tx(() -> repository().add(NewUser.admin(Email.parse("root@example.org"), UserName.parse("Root"),
                new PasswordHash("h"), T0))).orElseThrow();
        assertThat(tx(() -> repository().anyAdmin())).isTrue();
    }

    protected Optional<User> add(NewUser user) {
        return tx(() -> repository().add(user));
    }

    protected <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    protected static NewUser newUser(String email, Instant createdAt) {
        return NewUser.register(Email.parse(email), UserName.parse("Ada"),
                new PasswordHash("hash-of-" + Email.parse(email).value()), createdAt);
    }
}
