package dev.orderdesk.bootstrap;

import java.util.Map;

/** The multi-instance scenarios with the default store: the limits in PostgreSQL, beside the data. */
class MultiInstanceEndToEndTest extends MultiInstanceScenarios {

    @Override
    protected Map<String, String> limitStore() {
        return Map.of();
    }
}
