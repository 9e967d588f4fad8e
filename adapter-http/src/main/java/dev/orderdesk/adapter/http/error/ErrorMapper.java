package dev.orderdesk.adapter.http.error;

import dev.orderdesk.adapter.http.middleware.RequestIds;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.ErrorKind;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.Violation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the error envelope, registered for every exception type the API can see.
 * Only exception handlers write error bodies (no status handlers), so nothing overwrites a body already written.
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(DomainException.class, ErrorMapper::domain);
        routes.exception(InvalidFields.class, ErrorMapper::invalidFields);
        routes.exception(HttpProblem.class, (problem, ctx) ->
                write(ctx, problem.error().status(), problem.error().name(), problem.getMessage(), problem.details()));
        routes.exception(HttpResponseException.class, ErrorMapper::javalin);
        routes.exception(Exception.class, ErrorMapper::unexpected);
    }

    /** The one place where an error kind becomes an HTTP status; a new kind does not compile until mapped. */
    static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    private static void domain(DomainException e, Context ctx) {
        if (e.code() == ErrorCode.SERVICE_UNAVAILABLE) {
            // Expected while a dependency is down, possibly for every request: one line each, no stack trace.
            LOG.warn("Dependency unavailable: {} (cause: {})", e.getMessage(), rootCause(e));
        }
        if (e.code().kind() == ErrorKind.UNAUTHENTICATED) {
            // RFC 6750: every 401 names the scheme, and says when the token itself was the problem.
            ctx.header("WWW-Authenticate", e.code() == ErrorCode.INVALID_TOKEN
                    ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
        if (e instanceof RateLimitedException limited) {
            // Rounded up: a client that waits the header's whole seconds must not arrive a fraction too early.
            long seconds = (limited.retryAfter().toMillis() + 999) / 1000;
            ctx.header("Retry-After", String.valueOf(Math.max(1, seconds)));
        }
        write(ctx, status(e.code().kind()), e.code().name(), HttpWording.message(e), details(e.violations()));
    }

    private static void invalidFields(InvalidFields e, Context ctx) {
        ErrorCode code = ErrorCode.VALIDATION_ERROR;
        int status = status(code.kind());
        ctx.status(status).json(ErrorResponse.of(status, code.name(), e.getMessage(), RequestIds.of(ctx),
                details(e.shown()), e.count()));
    }

    private static List<ErrorResponse.Detail> details(List<Violation> violations) {
        return violations.stream().map(v -> new ErrorResponse.Detail(v.field(), v.message(), v.type())).toList();
    }

    /** Javalin's own responses (unknown route, wrong method, body too large) in our envelope, echoing nothing. */
    private static void javalin(HttpResponseException e, Context ctx) {
        TransportError error = TransportError.forStatus(e.getStatus()).orElse(null);
        if (error == null || error == TransportError.INTERNAL_ERROR) {
            unexpected(e, ctx);
            return;
        }
        write(ctx, error.status(), error.name(), error.defaultMessage(), List.of());
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void unexpected(Exception e, Context ctx) {
        Optional<Integer> clientFault = ClientFaults.status(e);
        if (clientFault.isPresent()) {
            // The client went away or stalled: one line, no stack trace; the answer is written if it is still there.
            int status = clientFault.get();
            LOG.info("Client fault on {} {}: {} (cause: {})", ctx.method(), ctx.path(), status, rootCause(e));
            TransportError error = TransportError.forStatus(status).orElse(TransportError.BAD_REQUEST);
            write(ctx, status, error.name(), error.defaultMessage(), List.of());
            return;
        }
        LOG.error("Unhandled failure on {} {}", ctx.method(), ctx.path(), e);
        TransportError error = TransportError.INTERNAL_ERROR;
        write(ctx, error.status(), error.name(), error.defaultMessage(), List.of());
    }

    private static void write(Context ctx, int status, String code, String message, List<ErrorResponse.Detail> details) {
        ctx.status(status).json(ErrorResponse.of(status, code, message, RequestIds.of(ctx), details));
    }
}
