package dev.orderdesk.application.policy;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The rule for trusting a caller's account from memory: an instance remembers a caller's role and active flag only
 * while it hears every {@link AccountChanges} announcement, for at most {@link CallerCacheSettings#maxAge()}, and
 * never longer than until the next announced change of that account. While the channel is deaf every request reads
 * the account; when it hears again, everything remembered is dropped first. The instance that changes an account
 * also forgets it itself right after its transaction commits, so the change holds there from the very next request.
 */
public final class CallerCache implements AccountChanges.Subscriber {

    private final AccountChanges changes;
    private final CallerCacheSettings settings;
    private final Clock clock;
    private final Map<UserId, Remembered> accounts = new ConcurrentHashMap<>();
    // Bumped by every forgetting: a read that started before one may hold what was forgotten, so it is not kept.
    private final AtomicLong forgettings = new AtomicLong();
    private volatile boolean hearing;

    private CallerCache(AccountChanges changes, CallerCacheSettings settings, Clock clock) {
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A cache that hears {@code changes}; it stays bypassed until the channel says it is listening.
     *
     * @param changes  the channel announcing account changes across instances
     * @param settings how long and how many accounts to remember
     * @param clock    the source of the instants ages are judged by
     * @return the subscribed cache
     */
    public static CallerCache hearing(AccountChanges changes, CallerCacheSettings settings, Clock clock) {
        CallerCache cache = new CallerCache(changes, settings, clock);
        changes.subscribe(cache);
        return cache;
    }

    /**
     * The active caller with this id: from memory when fresh, otherwise read through {@code read} (and remembered
     * unless a change was heard while reading).
     *
     * @param id   the caller's id, as a verified token names it
     * @param read reads the account from the store
     * @return the caller with its stored role, or empty when the account is gone or deactivated
     */
    public Optional<Caller> activeCaller(UserId id, Supplier<Optional<User>> read) {
        Instant now = clock.instant();
        Remembered known = hearing ? accounts.get(id) : null;
        if (known != null && now.isBefore(known.expiresAt())) {
            return known.asCaller(id);
        }
        long stamp = forgettings.get();
        Optional<User> user = read.get();
        user.ifPresent(found -> remember(found, stamp, now));
        return user.filter(User::isActive).map(found -> new Caller(found.id(), found.role()));
    }

    /**
     * Announces, inside the changing transaction, that an account changed; every instance forgets it once the
     * transaction commits. Follow the commit with {@link #forget(UserId)} so this instance needs no round trip.
     *
     * @param user whose account changed
     */
    public void announceChange(UserId user) {
        changes.announce(user);
    }

    /**
     * Forgets one account on this instance at once.
     *
     * @param user whose account changed
     */
    public void forget(UserId user) {
        forgettings.incrementAndGet();
        accounts.remove(user);
    }

    @Override
    public void changed(UserId user) {
        forget(user);
    }

    @Override
    public void listening() {
        // Announcements made while deaf are lost: drop everything before trusting memory again.
        forgettings.incrementAndGet();
        accounts.clear();
        hearing = true;
    }

    @Override
    public void deaf() {
        hearing = false;
        forgettings.incrementAndGet();
        accounts.clear();
    }

    private void remember(User user, long stamp, Instant now) {
        if (!hearing || settings.maxAge().isZero()) {
            return;
        }
        if (accounts.size() >= settings.maxEntries()) {
            accounts.values().removeIf(old -> !now.isBefore(old.expiresAt()));
            if (accounts.size() >= settings.maxEntries()) {
                accounts.clear(); // bounded memory over hit rate: a full cache of live callers starts over
            }
        }
        Remembered entry = new Remembered(user.role(), user.isActive(), now.plus(settings.maxAge()));
        accounts.put(user.id(), entry);
        // A forgetting since the read began may have missed this entry (it was not there yet): drop it ourselves.
        if (forgettings.get() != stamp) {
            accounts.remove(user.id(), entry);
        }
    }

    /** What is remembered of an account: only what authentication decides by. */
    private record Remembered(Role role, boolean active, Instant expiresAt) {
        Optional<Caller> asCaller(UserId id) {
            return active ? Optional.of(new Caller(id, role)) : Optional.empty();
        }
    }
}
