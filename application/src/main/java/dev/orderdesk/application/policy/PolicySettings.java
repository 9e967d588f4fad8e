package dev.orderdesk.application.policy;

import java.util.Objects;

/** The settings of every product policy, as one value for the use-case factory; {@link #DEFAULTS} is today's behaviour. */
public record PolicySettings(LockoutSettings lockout, AddressLimitSettings addressLimit,
                             IdempotencySettings idempotency, SessionSettings sessions) {

    public static final PolicySettings DEFAULTS = new PolicySettings(LockoutSettings.DEFAULTS,
            AddressLimitSettings.DEFAULTS, IdempotencySettings.DEFAULTS, SessionSettings.DEFAULTS);

    public PolicySettings {
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(addressLimit, "addressLimit");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(sessions, "sessions");
    }

    public PolicySettings withAddressLimit(AddressLimitSettings changed) {
        return new PolicySettings(lockout, changed, idempotency, sessions);
    }

    public PolicySettings withSessions(SessionSettings changed) {
        return new PolicySettings(lockout, addressLimit, idempotency, changed);
    }
}
