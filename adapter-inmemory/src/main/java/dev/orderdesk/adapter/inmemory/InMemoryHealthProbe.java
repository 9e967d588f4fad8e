package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.HealthProbe;

/** Readiness of the in-memory stores: they live in this JVM, so they are up whenever it answers. */
final class InMemoryHealthProbe implements HealthProbe {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean isUp() {
        return true;
    }
}
