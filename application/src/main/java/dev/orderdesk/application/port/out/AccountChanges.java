package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.user.UserId;

/**
 * Tells every instance that a user's account changed (role, active flag, password, name), so whatever an instance
 * remembers of that account is dropped. Implementations deliver an announcement to the subscriber of every instance,
 * this one's included, once the announcing transaction commits, and never when it rolls back; and they say when they
 * stop hearing (a lost connection) and when they hear again, because announcements made in between are lost.
 */
public interface AccountChanges {

    /**
     * Announces a change inside the caller's transaction (in autocommit, at once).
     *
     * @param user whose account changed
     */
    void announce(UserId user);

    /**
     * Registers the one who hears announcements. Until it is told {@link Subscriber#listening()} it must assume it
     * hears nothing; an implementation already listening tells a new subscriber so at once.
     *
     * @param subscriber who hears announcements from now on
     */
    void subscribe(Subscriber subscriber);

    /**
     * A channel that never hears anything: whoever subscribes stays deaf, so a cache behind it is always bypassed.
     * Announcing is a no-op. For a host that wires no invalidation channel: correct on any number of instances,
     * only slower.
     *
     * @return the channel
     */
    static AccountChanges unheard() {
        return Unheard.INSTANCE;
    }

    /** Hears announcements; called from the channel's own thread, so implementations must be thread-safe. */
    interface Subscriber {

        /**
         * An announced change arrived.
         *
         * @param user whose account changed
         */
        void changed(UserId user);

        /** The channel hears from now on; whatever was announced while it did not is unknown. */
        void listening();

        /** The channel stopped hearing: announcements may be lost until {@link #listening()} comes again. */
        void deaf();
    }

    /** The channel of {@link #unheard()}. */
    enum Unheard implements AccountChanges {
        /** The one instance. */
        INSTANCE;

        @Override
        public void announce(UserId user) {
        }

        @Override
        public void subscribe(Subscriber subscriber) {
        }
    }
}
