package dev.orderdesk.adapter.redis;

import java.time.Duration;

/** How long Redis keeps what a window needs, counted from the write by Redis's own clock. */
final class Expiry {

    /**
     * Beyond the window itself: an instance whose clock lags the others' by less than this still finds the attempts
     * its window holds.
     */
    static final Duration MARGIN = Duration.ofSeconds(1);

    private Expiry() {
    }

    static Duration of(Duration window) {
        return window.plus(MARGIN);
    }
}
