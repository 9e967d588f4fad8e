package dev.orderdesk.adapter.http;

import dev.orderdesk.adapter.http.auth.AuthRoutes;
import dev.orderdesk.adapter.http.docs.DocsRoutes;
import dev.orderdesk.adapter.http.error.EnvelopeErrorHandler;
import dev.orderdesk.adapter.http.error.ErrorMapper;
import dev.orderdesk.adapter.http.health.HealthRoutes;
import dev.orderdesk.adapter.http.json.JsonCodec;
import dev.orderdesk.adapter.http.middleware.BearerAuthentication;
import dev.orderdesk.adapter.http.middleware.ClientAddress;
import dev.orderdesk.adapter.http.middleware.ConnectionGuard;
import dev.orderdesk.adapter.http.middleware.Cors;
import dev.orderdesk.adapter.http.middleware.EagerBodies;
import dev.orderdesk.adapter.http.middleware.NoMethodOverride;
import dev.orderdesk.adapter.http.middleware.RequestIds;
import dev.orderdesk.adapter.http.middleware.RequestLog;
import dev.orderdesk.adapter.http.middleware.SecurityHeaders;
import dev.orderdesk.adapter.http.order.OrderRoutes;
import dev.orderdesk.adapter.http.request.JsonBody;
import dev.orderdesk.adapter.http.user.UserRoutes;
import dev.orderdesk.application.AuthUseCases;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.UserUseCases;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: builds the Javalin application and owns its start and stop.
 *
 * <p>Stopping is graceful: readiness turns 503 and the server keeps serving through the shutdown grace (so balancers
 * take the instance out before it refuses anything), then the connector stops accepting, in-flight requests get up
 * to the drain timeout to finish, and the server closes.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private final HttpSettings settings;
    private final Javalin app;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final GracefulHandler graceful = new GracefulHandler();

    public HttpApi(HttpSettings settings, UseCases useCases, RequestMetrics metrics) {
        this(settings, useCases, metrics, null);
    }

    /** With Jetty's request threads capped at {@code maxThreads} (null: Javalin's default), for tests of starvation. */
    HttpApi(HttpSettings settings, UseCases useCases, RequestMetrics metrics, Integer maxThreads) {
        this.settings = settings;
        UserUseCases users = useCases.users();
        AuthUseCases auth = useCases.auth();
        JsonCodec json = new JsonCodec(settings.jsonLimits(), settings.maxBodyBytes());
        JsonBody bodies = new JsonBody(json.mapper(), settings.jsonLimits());
        ClientAddress clientAddress = new ClientAddress(settings.trustedProxies());
        BearerAuthentication bearer = new BearerAuthentication(auth.authenticate());
        UserRoutes userRoutes = new UserRoutes(users, bodies, bearer, auth.admitClient(), clientAddress);
        AuthRoutes authRoutes = new AuthRoutes(auth, bodies, clientAddress);
        OrderRoutes orderRoutes = new OrderRoutes(useCases.orders(), bodies, bearer);
        HealthRoutes healthRoutes = new HealthRoutes(useCases.readiness(), draining::get);
        this.app = Javalin.create(config -> {
            configureServer(config, json);
            if (maxThreads != null) {
                config.jetty.threadPool = new QueuedThreadPool(maxThreads, Math.min(maxThreads, 8));
            }
            config.routes.before(RequestIds::assign);
            config.routes.before(this::closeConnectionsWhileDraining);
            config.routes.before(RequestLog::started);
            config.routes.before(ctx -> SecurityHeaders.apply(ctx, settings.strictTransportSecurity()));
            ErrorMapper.register(config.routes);
            userRoutes.register(config.routes);
            authRoutes.register(config.routes);
            orderRoutes.register(config.routes);
            healthRoutes.register(config.routes);
            if (metrics != RequestMetrics.NONE) {
                config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.scrape()));
            }
            if (settings.interactiveDocs()) {
                new DocsRoutes().register(config);
            }
            String openApi = OpenApiDocument.load().toString();
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            RequestLog requestLog = new RequestLog(metrics::record);
            config.requestLogger.http(requestLog::write);
        });
    }

    private void configureServer(JavalinConfig config, JsonCodec json) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(json);
        config.router.ignoreTrailingSlashes = true;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.concurrency.useVirtualThreads = true;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        ClientLimits limits = settings.clientLimits();
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setIdleTimeout(limits.idleTimeout().toMillis());
            http.setRequestHeaderSize(limits.maxHeaderBytes());
            // Enforced by EagerBodies (Jetty checks it only in blocking servlet reads, which no longer wait).
            http.setMinRequestDataRate(limits.minBodyRate());
            http.addCustomizer(new NoMethodOverride());
        });
        config.jetty.modifyServer(server -> {
            // GracefulHandler makes Server.stop() wait for in-flight requests, up to the stop timeout.
            // Javalin attaches itself inside the innermost wrapper, so bodies are read and CORS runs before it,
            // within the drain.
            EagerBodies bodies = new EagerBodies(settings.maxBodyBytes(), limits.bodyTimeout(), limits.minBodyRate());
            bodies.setHandler(Cors.handler(settings.allowedOrigins()).orElse(null));
            graceful.setHandler(bodies);
            server.setHandler(graceful);
            server.addBean(new ConnectionGuard(server, limits.maxConnections(), limits.idleTimeout(),
                    limits.headerTimeout()));
            server.setStopTimeout(settings.drainTimeout().toMillis());
            server.setErrorHandler(new EnvelopeErrorHandler(json));
        });
    }

    public HttpApi start() {
        app.start();
        return this;
    }

    /** Every registered HTTP route as {@code "METHOD /path"} (filters and automatic HEAD/OPTIONS left out). */
    public Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = parsed.endpoint.method;
            if (method.isHttpMethod() && method != HandlerType.HEAD && method != HandlerType.OPTIONS) {
                routes.add(method.name() + " " + parsed.endpoint.path);
            }
        }
        return routes;
    }

    /** The bound port; useful when the settings asked for port 0. */
    public int port() {
        return app.port();
    }

    /**
     * Readiness turns 503 at once; requests are still served for the shutdown grace, each answer closing its
     * connection; then the server stops accepting and drains in-flight requests for up to the drain timeout.
     * Requests still running then are cut; that is logged with their count, and it is not a failure.
     *
     * @return how many in-flight requests the drain timeout cut (0 after a complete drain)
     */
    public long stop() {
        draining.set(true);
        serveThroughTheGrace();
        LOG.info("Draining in-flight requests for up to {} s", settings.drainTimeout().toSeconds());
        // Jetty reports only that the drain timed out, after cutting; read what is still in flight at the deadline.
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<Long> inFlightAtDeadline = clock.schedule(graceful::getCurrentRequestCount,
                settings.drainTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            app.stop();
            return 0;
        } catch (RuntimeException failure) {
            if (!timedOut(failure)) {
                throw failure;
            }
            long cut = valueOrNow(inFlightAtDeadline);
            LOG.warn("Drain timed out after {} s; {} request(s) in flight were cut", settings.drainTimeout().toSeconds(), cut);
            return cut;
        } finally {
            clock.shutdownNow();
        }
    }

    private void serveThroughTheGrace() {
        if (settings.shutdownGrace().isZero()) {
            return;
        }
        LOG.info("Readiness is 503; serving for the {} s shutdown grace before refusing connections",
                settings.shutdownGrace().toSeconds());
        try {
            Thread.sleep(settings.shutdownGrace().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop at once: whoever interrupted wants the process down
        }
    }

    /**
     * While stopping, every answer closes its connection: a keep-alive client (a balancer's pooled connection among
     * them) then opens its next connection elsewhere instead of finding this one closed under a request.
     */
    private void closeConnectionsWhileDraining(Context ctx) {
        if (draining.get()) {
            ctx.header("Connection", "close");
        }
    }

    /** The count read at the deadline, or now if the deadline reading did not happen. */
    private long valueOrNow(ScheduledFuture<Long> reading) {
        try {
            return reading.isDone() ? reading.get() : graceful.getCurrentRequestCount();
        } catch (InterruptedException | ExecutionException e) {
            return graceful.getCurrentRequestCount();
        }
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
