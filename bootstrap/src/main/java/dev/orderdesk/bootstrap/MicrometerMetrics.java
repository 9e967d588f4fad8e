package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.http.RequestMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.LongSupplier;

/** The Prometheus registry: HTTP requests by route template, JVM and pool metrics, and business counters. */
final class MicrometerMetrics implements RequestMetrics, AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    MicrometerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    @Override
    public void record(String method, String route, int status, Duration duration) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by method, route template and status")
                .tags("method", method, "route", route, "status", String.valueOf(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }

    Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    /** A counter whose total is kept elsewhere (read at each scrape). */
    void countFrom(String name, String description, LongSupplier total) {
        FunctionCounter.builder(name, total, LongSupplier::getAsLong).description(description).register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
