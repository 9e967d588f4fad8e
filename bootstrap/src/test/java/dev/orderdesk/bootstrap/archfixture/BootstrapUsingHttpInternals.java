package dev.orderdesk.bootstrap.archfixture;

import dev.orderdesk.adapter.http.json.JsonCodec;

/** Reaches past the HTTP adapter's entry point into its internals: broken on purpose. */
public class BootstrapUsingHttpInternals {

    public Object codec() {
        return new JsonCodec(dev.orderdesk.adapter.http.JsonLimits.DEFAULTS, -1);
    }
}
