package dev.orderdesk.testkit.contract;

import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AccountChanges} must do: tell a subscriber when it hears, and deliver an announcement made in a
 * committed transaction (or in autocommit) to every subscriber within a second. Run against the in-memory channel
 * and every real one; the channel may carry other tests' announcements, so each test announces ids of its own.
 */
public abstract class AccountChangesContract {

    /** How late an announcement may arrive: the caller cache's promise to other instances. */
    protected static final Duration DELIVERY = Duration.ofSeconds(1);
    /** How long a fresh channel may take to start hearing (it may have to connect first). */
    protected static final Duration CONNECTING = Duration.ofSeconds(10);

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected AccountChangesContract() {
    }

    /**
     * The channel under test, listening (or about to); other tests may share it.
     *
     * @return the channel
     */
    protected abstract AccountChanges changes();

    /**
     * The transaction runner the channel announces within.
     *
     * @return the runner
     */
    protected abstract TransactionRunner transactions();

    /**
     * A user id no other test announces.
     *
     * @return the id
     */
    protected static UserId someUser() {
        return new UserId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE));
    }

    @Test
    void aSubscriberIsToldWhenTheChannelHears() {
        RecordingSubscriber subscriber = RecordingSubscriber.of(changes());

        assertThat(subscriber.awaitListening(CONNECTING)).isTrue();
    }

    @Test
    void anAnnouncementInACommittedTransactionReachesTheSubscriberWithinASecond() {
        RecordingSubscriber subscriber = RecordingSubscriber.of(changes());
        subscriber.awaitListening(CONNECTING);
        UserId user = someUser();

        transactions().inTransaction(() -> {
            changes().announce(user);
            return null;
        });

        assertThat(subscriber.awaitChanged(user, DELIVERY)).isTrue();
    }

    @Test
    void anAnnouncementOutsideATransactionReachesTheSubscriberToo() {
        RecordingSubscriber subscriber = RecordingSubscriber.of(changes());
        subscriber.awaitListening(CONNECTING);
        UserId user = someUser();

        changes().announce(user);

        assertThat(subscriber.awaitChanged(user, DELIVERY)).isTrue();
    }

    @Test
    void everySubscriberHearsEveryAnnouncement() {
        RecordingSubscriber first = RecordingSubscriber.of(changes());
        RecordingSubscriber second = RecordingSubscriber.of(changes());
        first.awaitListening(CONNECTING);
        second.awaitListening(CONNECTING);
        UserId one = someUser();
        UserId other = someUser();

        transactions().inTransaction(() -> {
            changes().announce(one);
            changes().announce(other);
            return null;
        });

        assertThat(first.awaitChanged(one, DELIVERY)).isTrue();
        assertThat(first.awaitChanged(other, DELIVERY)).isTrue();
        assertThat(second.awaitChanged(one, DELIVERY)).isTrue();
        assertThat(second.awaitChanged(other, DELIVERY)).isTrue();
    }
}
