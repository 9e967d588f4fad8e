package dev.orderdesk.adapter.http;

import java.time.Duration;

/**
 * Where the HTTP adapter reports each request, and where {@code /metrics} gets its text. Implemented by the
 * composition root (with Micrometer), so this module stays free of any metrics library.
 */
public interface RequestMetrics {

    /** Metrics turned off: nothing is recorded and {@code /metrics} does not exist. */
    RequestMetrics NONE = new RequestMetrics() {
        @Override
        public void record(String method, String route, int status, Duration duration) {
        }

        @Override
        public String scrape() {
            throw new UnsupportedOperationException("metrics are disabled");
        }
    };

    /** @param route the route template (such as {@code /api/v1/users/{id}}), never the raw path */
    void record(String method, String route, int status, Duration duration);

    /** Everything recorded, in the Prometheus text exposition format. */
    String scrape();
}
