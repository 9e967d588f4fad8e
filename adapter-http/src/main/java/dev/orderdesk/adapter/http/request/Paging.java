package dev.orderdesk.adapter.http.request;

import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.domain.FieldViolations;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The paging query parameters shared by the list routes. Each is parsed and bounds-checked once, here, into the
 * value the use case takes; an invalid one is recorded so it is reported with the request's other violations.
 */
public final class Paging {

    private Paging() {
    }

    /** {@code offset} and {@code limit} as one page; empty when either is invalid. */
    public static Optional<PageRequest> offsetPage(Context ctx, FieldViolations violations) {
        Optional<Long> offset = Params.query(ctx, "offset", 0L, raw -> Params.integer(raw, 0, Long.MAX_VALUE), violations);
        Optional<Integer> limit = limit(ctx, violations);
        // Both are within PageRequest's bounds here, so building it cannot fail a second time.
        return offset.flatMap(from -> limit.map(size -> new PageRequest(from, size)));
    }

    /** {@code limit}, the page size of offset and cursor pages alike; empty when invalid. */
    public static Optional<Integer> limit(Context ctx, FieldViolations violations) {
        return Params.query(ctx, "limit", PageRequest.DEFAULT_LIMIT,
                raw -> Math.toIntExact(Params.integer(raw, 1, PageRequest.MAX_LIMIT)), violations);
    }
}
