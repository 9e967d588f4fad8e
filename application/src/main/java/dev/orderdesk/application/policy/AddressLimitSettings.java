package dev.orderdesk.application.policy;

/**
 * At most {@code perMinute} login and registration attempts per client address in each calendar minute; 0 turns the
 * limit off.
 *
 * @param perMinute attempts allowed per address and minute; 0 for no limit
 */
public record AddressLimitSettings(int perMinute) {

    /** 120 attempts a minute per address. */
    public static final AddressLimitSettings DEFAULTS = new AddressLimitSettings(120);
    /** The highest limit configuration accepts. */
    public static final int MAX_PER_MINUTE = 1_000_000;

    /**
     * Checks the limit is not negative.
     *
     * @param perMinute attempts allowed per address and minute; 0 for no limit
     */
    public AddressLimitSettings {
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute cannot be negative");
        }
    }

    /**
     * Whether the limit applies at all.
     *
     * @return false when {@code perMinute} is 0
     */
    public boolean enabled() {
        return perMinute > 0;
    }
}
