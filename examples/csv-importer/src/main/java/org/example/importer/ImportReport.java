package org.example.importer;

import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import dev.orderdesk.domain.order.OrderId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one import did: orders placed now, orders an earlier import had already placed (replayed through their
 * idempotency key, nothing created), customers registered, and orders rejected with the reason.
 */
public record ImportReport(List<OrderId> placed, List<OrderId> replayed, int customersRegistered,
                           List<Rejection> rejected) {

    public ImportReport {
        placed = List.copyOf(placed);
        replayed = List.copyOf(replayed);
        rejected = List.copyOf(rejected);
    }

    /**
     * One order that was not placed; nothing of it was stored.
     *
     * @param orderRef   the order's reference in the file
     * @param firstLine  the file line (1 = the header) where the order starts
     * @param code       the core's error code
     * @param violations the invalid fields, named {@code line N column}, for {@code VALIDATION_ERROR}
     */
    public record Rejection(String orderRef, int firstLine, ErrorCode code, String message,
                            List<Violation> violations) {

        public Rejection {
            violations = List.copyOf(violations);
        }

        // guide:start error-kinds
        /** Whether importing this order again later may succeed: the file is fine, the moment was not. */
        public boolean worthRetrying() {
            return switch (code.kind()) {
                case UNAVAILABLE, RATE_LIMITED -> true;
                case INVALID, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN -> false;
            };
        }
        // guide:end error-kinds

        @Override
        public String toString() {
            String fields = violations.stream().map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; "));
            return orderRef + " (line " + firstLine + "): " + code + (fields.isEmpty() ? ", " + message : ", " + fields);
        }
    }

    /** One line for a person reading the console. */
    public String summary() {
        long retry = rejected.stream().filter(Rejection::worthRetrying).count();
        return placed.size() + " placed, " + replayed.size() + " already imported, " + customersRegistered
                + " customers registered, " + rejected.size() + " rejected (" + retry + " worth retrying)"
                + (rejected.isEmpty() ? "" : ": " + rejected);
    }
}
