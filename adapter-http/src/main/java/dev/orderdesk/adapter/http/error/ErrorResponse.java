package dev.orderdesk.adapter.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one error envelope: {@code {"error":{"message","code","status","request_id","details"?,"violation_count"?}}}.
 * At most {@link #MAX_DETAILS} details are listed, so a body with thousands of bad fields cannot make the answer
 * large; {@code violation_count} says how many there were in all.
 */
public record ErrorResponse(Body error) {

    public static final int MAX_DETAILS = 20;

    public record Body(String message, String code, int status, String requestId,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Detail> details,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long violationCount) {
    }

    /** One invalid field: which, what is wrong, and a machine-readable reason. */
    public record Detail(String field, String message, String type) {
    }

    public static ErrorResponse of(int status, String code, String message, String requestId, List<Detail> details) {
        return of(status, code, message, requestId, details, details.size());
    }

    /** {@code count} is how many details there were before any were left out (at least {@code details.size()}). */
    public static ErrorResponse of(int status, String code, String message, String requestId, List<Detail> details,
                                   long count) {
        List<Detail> shown = List.copyOf(details.subList(0, Math.min(details.size(), MAX_DETAILS)));
        Long violationCount = details.isEmpty() ? null : Math.max(count, details.size());
        return new ErrorResponse(new Body(message, code, status, requestId, shown, violationCount));
    }
}
