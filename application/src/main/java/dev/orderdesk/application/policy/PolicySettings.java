package dev.orderdesk.application.policy;

import java.util.Objects;

/**
 * The settings of every product policy, as one value for the use-case factory; {@link #DEFAULTS} is today's behaviour.
 *
 * @param lockout      the login lock-out
 * @param addressLimit the per-address limit on logins and registrations
 * @param idempotency  how long idempotency keys and claims last
 * @param sessions     how long refresh tokens live
 * @param callers      how long and how many callers' accounts an instance remembers
 */
public record PolicySettings(LockoutSettings lockout, AddressLimitSettings addressLimit,
                             IdempotencySettings idempotency, SessionSettings sessions, CallerCacheSettings callers) {

    /** Every policy at its own defaults. */
    public static final PolicySettings DEFAULTS = new PolicySettings(LockoutSettings.DEFAULTS,
            AddressLimitSettings.DEFAULTS, IdempotencySettings.DEFAULTS, SessionSettings.DEFAULTS,
            CallerCacheSettings.DEFAULTS);

    /**
     * Checks every policy's settings are present.
     *
     * @param lockout      the login lock-out
     * @param addressLimit the per-address limit
     * @param idempotency  the idempotency times
     * @param sessions     the refresh-token lifetime
     * @param callers      the caller cache's bounds
     */
    public PolicySettings {
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(addressLimit, "addressLimit");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(callers, "callers");
    }

    /**
     * With the caller cache at its defaults.
     *
     * @param lockout      the login lock-out
     * @param addressLimit the per-address limit
     * @param idempotency  the idempotency times
     * @param sessions     the refresh-token lifetime
     */
    public PolicySettings(LockoutSettings lockout, AddressLimitSettings addressLimit, IdempotencySettings idempotency,
                          SessionSettings sessions) {
        this(lockout, addressLimit, idempotency, sessions, CallerCacheSettings.DEFAULTS);
    }

    /**
     * These settings with another per-address limit.
     *
     * @param changed the address limit to use
     * @return a copy; this value is unchanged
     */
    public PolicySettings withAddressLimit(AddressLimitSettings changed) {
        return new PolicySettings(lockout, changed, idempotency, sessions, callers);
    }

    /**
     * These settings with another session lifetime.
     *
     * @param changed the session settings to use
     * @return a copy; this value is unchanged
     */
    public PolicySettings withSessions(SessionSettings changed) {
        return new PolicySettings(lockout, addressLimit, idempotency, changed, callers);
    }

    /**
     * These settings with other caller-cache bounds.
     *
     * @param changed the caller cache's bounds
     * @return a copy; this value is unchanged
     */
    public PolicySettings withCallers(CallerCacheSettings changed) {
        return new PolicySettings(lockout, addressLimit, idempotency, sessions, changed);
    }
}
