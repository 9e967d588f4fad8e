package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import dev.orderdesk.application.policy.CallerCache;
import dev.orderdesk.application.policy.CallerCacheSettings;
import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.AccountChangesContract;
import dev.orderdesk.testkit.contract.RecordingSubscriber;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract over {@code LISTEN/NOTIFY}, announcing through one pool and listening on another's dedicated
 * connection (as two instances would), plus what only a real channel can show: rollback, and losing the listener.
 */
class PgAccountChangesTest extends AccountChangesContract {

    private static TestDatabase database;
    private static DatabaseSettings listenerSettings;
    private static JdbiPersistence listeningInstance;

    @BeforeAll
    static void startAListeningInstance() {
        database = TestDatabase.forClass(PgAccountChangesTest.class);
        // A name of its own, so killing "the listener" kills this class's only.
        listenerSettings = new DatabaseSettings(database.url(), 1, 1, Duration.ofSeconds(3), Duration.ofSeconds(10),
                Duration.ZERO, "listening", "listening-" + UUID.randomUUID().toString().substring(0, 8));
        listeningInstance = JdbiPersistence.open(listenerSettings);
        listeningInstance.listenForAccountChanges();
    }

    @AfterAll
    static void stop() {
        listeningInstance.close();
        database.close();
    }

    @Override
    protected AccountChanges changes() {
        return new TwoInstances(database.persistence().accountChanges(), listeningInstance.accountChanges());
    }

    @Override
    protected TransactionRunner transactions() {
        return database.persistence().transactions();
    }

    @Test
    void anAnnouncementInARolledBackTransactionNeverArrives() {
        RecordingSubscriber subscriber = RecordingSubscriber.of(listeningInstance.accountChanges());
        subscriber.awaitListening(CONNECTING);
        UserId rolledBack = someUser();
        UserId committed = someUser();

        try {
            transactions().inTransaction(() -> {
                database.persistence().accountChanges().announce(rolledBack);
                throw new IllegalStateException("the use case fails after announcing");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        transactions().inTransaction(() -> {
            database.persistence().accountChanges().announce(committed);
            return null;
        });

        // Notifications arrive in commit order: once the later one is here, the earlier would have been too.
        assertThat(subscriber.awaitChanged(committed, DELIVERY)).isTrue();
        assertThat(subscriber.events()).doesNotContain("changed:" + rolledBack.value());
    }

    @Test
    void aNotifyFromAnyConnectionIsHeard() {
        RecordingSubscriber subscriber = RecordingSubscriber.of(listeningInstance.accountChanges());
        subscriber.awaitListening(CONNECTING);
        UserId user = someUser();

        database.execute("NOTIFY " + PgAccountChanges.CHANNEL + ", '" + user.value() + "'");
        database.execute("NOTIFY " + PgAccountChanges.CHANNEL + ", 'not-a-user-id'");
        UserId next = someUser();
        database.execute("NOTIFY " + PgAccountChanges.CHANNEL + ", '" + next.value() + "'");

        assertThat(subscriber.awaitChanged(user, DELIVERY)).isTrue();
        assertThat(subscriber.awaitChanged(next, DELIVERY)).as("a stray payload does not break the listener").isTrue();
        assertThat(subscriber.events()).doesNotContain("deaf");
    }

    @Test
    void whenTheListenersBackendIsKilledTheCacheIsBypassedUntilItReconnectsAndThenStartsEmpty() {
        // The cache subscribes first, so when the recorder hears an event the cache has heard it already.
        CallerCache cache = CallerCache.hearing(listeningInstance.accountChanges(), CallerCacheSettings.DEFAULTS,
                Clock.systemUTC());
        RecordingSubscriber subscriber = RecordingSubscriber.of(listeningInstance.accountChanges());
        subscriber.awaitListening(CONNECTING);
        UserId user = database.newUser();
        CountingReads reads = new CountingReads(user);
        cache.activeCaller(user, reads);
        cache.activeCaller(user, reads);
        assertThat(reads.count.get()).as("remembered while listening").isEqualTo(1);
        int listeningBefore = (int) subscriber.events().stream().filter("listening"::equals).count();

        database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                + JdbiPersistence.listenerName(listenerSettings) + "'");

        assertThat(subscriber.awaitCount("deaf", 1, DELIVERY)).as("the lost connection is noticed").isTrue();
        assertThat(subscriber.awaitCount("listening", listeningBefore + 1, CONNECTING)).as("it reconnects").isTrue();
        assertThat(subscriber.events()).containsSubsequence("deaf", "listening");
        cache.activeCaller(user, reads);
        assertThat(reads.count.get()).as("emptied on reconnect: read again").isEqualTo(2);
        cache.activeCaller(user, reads);
        assertThat(reads.count.get()).as("and remembered again").isEqualTo(2);
        UserId later = someUser();
        database.persistence().accountChanges().announce(later);
        assertThat(subscriber.awaitChanged(later, DELIVERY)).as("and hears again").isTrue();
    }

    @Test
    void whileDeafEveryRequestReadsThrough() {
        JdbiPersistence notListening = JdbiPersistence.open(TestDatabase.settings(database.url()));
        try {
            CallerCache cache = CallerCache.hearing(notListening.accountChanges(), CallerCacheSettings.DEFAULTS,
                    Clock.systemUTC());
            UserId user = database.newUser();
            CountingReads reads = new CountingReads(user);

            cache.activeCaller(user, reads);
            cache.activeCaller(user, reads);

            assertThat(reads.count.get()).isEqualTo(2);
        } finally {
            notListening.close();
        }
    }

    /** Reads one user from the database, counting reads. */
    private static final class CountingReads implements Supplier<Optional<User>> {
        private final AtomicInteger count = new AtomicInteger();
        private final UserId user;

        CountingReads(UserId user) {
            this.user = user;
        }

        @Override
        public Optional<User> get() {
            count.incrementAndGet();
            return database.persistence().users().findById(user);
        }
    }

    /** Announces on one instance and hears on another, as the contract's "every instance" means. */
    private record TwoInstances(AccountChanges announcing, AccountChanges listening) implements AccountChanges {
        @Override
        public void announce(UserId user) {
            announcing.announce(user);
        }

        @Override
        public void subscribe(Subscriber subscriber) {
            listening.subscribe(subscriber);
        }
    }
}
