package dev.orderdesk.application.policy;

/** At most {@code perMinute} login and registration attempts per client address in each calendar minute; 0 turns the limit off. */
public record AddressLimitSettings(int perMinute) {

    public static final AddressLimitSettings DEFAULTS = new AddressLimitSettings(120);
    public static final int MAX_PER_MINUTE = 1_000_000;

    public AddressLimitSettings {
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute cannot be negative");
        }
    }

    public boolean enabled() {
        return perMinute > 0;
    }
}
