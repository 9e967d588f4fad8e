package dev.orderdesk.adapter.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The one error envelope: {@code {"error":{"message","code","status","request_id","details"?}}}. */
public record ErrorResponse(Body error) {

    public record Body(String message, String code, int status, String requestId,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Detail> details) {
    }

    /** One invalid field: which, what is wrong, and a machine-readable reason. */
    public record Detail(String field, String message, String type) {
    }

    public static ErrorResponse of(int status, String code, String message, String requestId, List<Detail> details) {
        return new ErrorResponse(new Body(message, code, status, requestId, List.copyOf(details)));
    }
}
