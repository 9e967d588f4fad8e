package dev.orderdesk.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands still until a test moves it, so time-dependent rules are tested without sleeping. */
public final class ControllableClock extends Clock {

    private volatile Instant now;

    /**
     * A clock that reads {@code start} until it is moved.
     *
     * @param start the first instant the clock reads
     */
    public ControllableClock(Instant start) {
        this.now = start;
    }

    /**
     * Moves the clock forward (or back, for a negative duration).
     *
     * @param duration how far to move it
     */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Always refuses: the test clock is UTC, so no test depends on a zone by accident. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is always UTC");
    }
}
