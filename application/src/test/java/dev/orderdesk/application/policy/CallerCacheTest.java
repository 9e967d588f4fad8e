package dev.orderdesk.application.policy;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class CallerCacheTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final UserId ADA = new UserId(7);

    private final MovableClock clock = new MovableClock();
    private final FakeChannel channel = new FakeChannel();
    private final CallerCache cache = CallerCache.hearing(channel, new CallerCacheSettings(Duration.ofSeconds(30), 3),
            clock);
    private final Store store = new Store();

    @Test
    void aRememberedCallerIsServedWithoutReadingAgain() {
        channel.listening();

        assertThat(cache.activeCaller(ADA, store)).contains(new Caller(ADA, Role.USER));
        assertThat(cache.activeCaller(ADA, store)).contains(new Caller(ADA, Role.USER));

        assertThat(store.reads.get()).isEqualTo(1);
    }

    @Test
    void aDeactivatedCallerIsRefusedAndThatToIsRemembered() {
        channel.listening();
        store.user = store.user.withActive(false, T0);

        assertThat(cache.activeCaller(ADA, store)).isEmpty();
        assertThat(cache.activeCaller(ADA, store)).isEmpty();
        assertThat(store.reads.get()).isEqualTo(1);
    }

    @Test
    void anUnknownCallerIsRefusedAndReadAgainNextTime() {
        channel.listening();
        store.user = null;

        assertThat(cache.activeCaller(ADA, store)).isEmpty();
        assertThat(cache.activeCaller(ADA, store)).isEmpty();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void anAnnouncedChangeIsReadOnTheNextRequest() {
        channel.listening();
        cache.activeCaller(ADA, store);

        store.user = store.user.changeRole(Role.ADMIN, T0);
        channel.changed(ADA);

        assertThat(cache.activeCaller(ADA, store)).contains(new Caller(ADA, Role.ADMIN));
        store.user = store.user.withActive(false, T0);
        cache.forget(ADA);
        assertThat(cache.activeCaller(ADA, store)).isEmpty();
    }

    @Test
    void announcingGoesThroughTheChannel() {
        cache.announceChange(ADA);

        assertThat(channel.announced).containsExactly(ADA);
    }

    @Test
    void untilTheChannelHearsEveryRequestReadsThrough() {
        cache.activeCaller(ADA, store);
        cache.activeCaller(ADA, store);

        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void whileTheChannelIsDeafEveryRequestReadsThroughAndWhenItHearsAgainMemoryStartsEmpty() {
        channel.listening();
        cache.activeCaller(ADA, store);

        channel.deaf();
        store.user = store.user.changeRole(Role.ADMIN, T0);
        assertThat(cache.activeCaller(ADA, store)).contains(new Caller(ADA, Role.ADMIN));
        store.user = store.user.changeRole(Role.USER, T0);
        assertThat(cache.activeCaller(ADA, store)).contains(new Caller(ADA, Role.USER));
        assertThat(store.reads.get()).isEqualTo(3);

        store.user = store.user.withActive(false, T0); // changed while deaf: the announcement was lost
        channel.listening();
        assertThat(cache.activeCaller(ADA, store)).isEmpty();
        assertThat(store.reads.get()).isEqualTo(4);
    }

    @Test
    void anEntryExpiresAfterTheMaximumAgeEvenWithoutAnnouncement() {
        channel.listening();
        cache.activeCaller(ADA, store);

        clock.advance(Duration.ofSeconds(29));
        cache.activeCaller(ADA, store);
        assertThat(store.reads.get()).isEqualTo(1);

        store.user = store.user.withActive(false, T0);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.activeCaller(ADA, store)).isEmpty();
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void aReadThatOverlapsAnAnnouncedChangeIsNotRemembered() {
        channel.listening();
        // The store answers with the old account, and the change is announced while that answer is on its way.
        Supplier<Optional<User>> raced = () -> {
            Optional<User> before = store.get();
            channel.changed(ADA);
            store.user = store.user.withActive(false, T0);
            return before;
        };

        assertThat(cache.activeCaller(ADA, raced)).isPresent();
        assertThat(cache.activeCaller(ADA, store)).isEmpty();
    }

    @Test
    void aReadThatOverlapsTheChannelGoingDeafIsNotRemembered() {
        channel.listening();
        Supplier<Optional<User>> raced = () -> {
            Optional<User> before = store.get();
            channel.deaf();
            channel.listening();
            store.user = store.user.changeRole(Role.ADMIN, T0);
            return before;
        };

        cache.activeCaller(ADA, raced);

        assertThat(cache.activeCaller(ADA, store)).contains(new Caller(ADA, Role.ADMIN));
    }

    @Test
    void aZeroMaximumAgeRemembersNothing() {
        CallerCache off = CallerCache.hearing(channel, new CallerCacheSettings(Duration.ZERO, 3), clock);
        channel.listening();

        off.activeCaller(ADA, store);
        off.activeCaller(ADA, store);

        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void aFullCacheStaysWithinItsBound() {
        channel.listening();
        for (long id = 1; id <= 10; id++) {
            UserId user = new UserId(id);
            store.user = Store.customer(user);
            cache.activeCaller(user, store);
        }
        int readsAfterFilling = store.reads.get();

        // The last three remembered at most: the first ids are read again.
        store.user = Store.customer(new UserId(1));
        cache.activeCaller(new UserId(1), store);

        assertThat(readsAfterFilling).isEqualTo(10);
        assertThat(store.reads.get()).isEqualTo(11);
    }

    /** Counts reads of one stored account. */
    private static final class Store implements Supplier<Optional<User>> {
        private final AtomicInteger reads = new AtomicInteger();
        private User user = customer(ADA);

        static User customer(UserId id) {
            return User.restore(id, Email.parse("u" + id.value() + "@example.org"), UserName.parse("Someone"),
                    new PasswordHash("h"), Role.USER, true, T0, T0, 1);
        }

        @Override
        public Optional<User> get() {
            reads.incrementAndGet();
            return Optional.ofNullable(user);
        }
    }

    /** A channel the test drives by hand. */
    private static final class FakeChannel implements AccountChanges {
        private final List<Subscriber> subscribers = new ArrayList<>();
        private final List<UserId> announced = new ArrayList<>();

        @Override
        public void announce(UserId user) {
            announced.add(user);
        }

        @Override
        public void subscribe(Subscriber subscriber) {
            subscribers.add(subscriber);
        }

        void changed(UserId user) {
            subscribers.forEach(subscriber -> subscriber.changed(user));
        }

        void listening() {
            subscribers.forEach(Subscriber::listening);
        }

        void deaf() {
            subscribers.forEach(Subscriber::deaf);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = T0;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
