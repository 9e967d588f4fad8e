package dev.orderdesk.adapter.http.health;

import dev.orderdesk.application.port.in.health.CheckReadinessUseCase;
import dev.orderdesk.application.port.in.health.Readiness;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Liveness says the process serves (no dependency is touched); readiness says it can do its work, and turns 503 as
 * soon as shutdown begins so load balancers stop sending traffic before the server stops.
 */
public final class HealthRoutes {

    private final CheckReadinessUseCase readiness;
    private final BooleanSupplier draining;

    public HealthRoutes(CheckReadinessUseCase readiness, BooleanSupplier draining) {
        this.readiness = readiness;
        this.draining = draining;
    }

    public void register(RoutesConfig routes) {
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
        routes.get("/health/ready", this::ready);
    }

    private void ready(Context ctx) {
        Readiness result = readiness.check();
        Map<String, String> checks = new LinkedHashMap<>();
        result.checks().forEach((name, up) -> checks.put(name, up ? "up" : "down"));
        boolean ready = result.isReady() && !draining.getAsBoolean();
        ctx.header("Cache-Control", "no-store")
                .status(ready ? 200 : 503)
                .json(new HealthResponse(ready ? "up" : "down", checks));
    }

    /** {@code {"status":"up"|"down","checks":{"database":"up"|"down"}}}. */
    record HealthResponse(String status, Map<String, String> checks) {
    }
}
