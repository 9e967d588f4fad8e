package dev.orderdesk.application.policy;

import java.util.Objects;

/**
 * The settings of every product policy, as one value for the use-case factory; {@link #DEFAULTS} is today's behaviour.
 *
 * @param lockout      the login lock-out
 * @param addressLimit the per-address limit on logins and registrations
 * @param idempotency  how long idempotency keys and claims last
 * @param sessions     how long refresh tokens live
 */
public record PolicySettings(LockoutSettings lockout, AddressLimitSettings addressLimit,
                             IdempotencySettings idempotency, SessionSettings sessions) {

    /** Every policy at its own defaults. */
    public static final PolicySettings DEFAULTS = new PolicySettings(LockoutSettings.DEFAULTS,
            AddressLimitSettings.DEFAULTS, IdempotencySettings.DEFAULTS, SessionSettings.DEFAULTS);

    /**
     * Checks every policy's settings are present.
     *
     * @param lockout      the login lock-out
     * @param addressLimit the per-address limit
     * @param idempotency  the idempotency times
     * @param sessions     the refresh-token lifetime
     */
    public PolicySettings {
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(addressLimit, "addressLimit");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(sessions, "sessions");
    }

    /**
     * These settings with another per-address limit.
     *
     * @param changed the address limit to use
     * @return a copy; this value is unchanged
     */
    public PolicySettings withAddressLimit(AddressLimitSettings changed) {
        return new PolicySettings(lockout, changed, idempotency, sessions);
    }

    /**
     * These settings with another session lifetime.
     *
     * @param changed the session settings to use
     * @return a copy; this value is unchanged
     */
    public PolicySettings withSessions(SessionSettings changed) {
        return new PolicySettings(lockout, addressLimit, idempotency, changed);
    }
}
