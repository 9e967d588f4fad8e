package dev.orderdesk.adapter.http.error;

import dev.orderdesk.adapter.http.json.JsonCodec;
import dev.orderdesk.adapter.http.middleware.RequestIds;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (an undecodable URI, headers or URI too large) happen before Javalin sees the request; this
 * handler gives them the error envelope instead of Jetty's HTML page, echoing nothing of the request.
 */
public final class EnvelopeErrorHandler extends ErrorHandler {

    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");
    private static final HttpField NO_SNIFF = new HttpField("X-Content-Type-Options", "nosniff");
    // Jetty drops the connection after such an error; saying so stops clients from reusing it for the next request.
    private static final HttpField CLOSE = new HttpField(HttpHeader.CONNECTION, "close");
    // A 503 from Jetty means the server is draining: the client's retry reaches another instance.
    private static final HttpField RETRY_SOON = new HttpField(HttpHeader.RETRY_AFTER, "1");

    private final JsonCodec json;

    public EnvelopeErrorHandler(JsonCodec json) {
        this.json = json;
    }

    /** Jetty writes error bodies only for GET, POST and HEAD by default; every method gets the envelope here. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        response.write(true, envelope(status, response.getHeaders()), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return envelope(status, fields);
    }

    private ByteBuffer envelope(int status, HttpFields.Mutable headers) {
        String requestId = UUID.randomUUID().toString();
        headers.put(JSON);
        headers.put(NO_SNIFF);
        headers.put(CLOSE);
        headers.put(RequestIds.HEADER, requestId);
        if (status == TransportError.SERVICE_UNAVAILABLE.status()) {
            headers.put(RETRY_SOON);
        }
        TransportError error = status == 400 ? TransportError.BAD_REQUEST
                : TransportError.forStatus(status).orElse(status >= 500 ? TransportError.INTERNAL_ERROR : TransportError.BAD_REQUEST);
        // Jetty may use a status of its own choosing here (408, 501…); the envelope reports the status sent.
        ErrorResponse envelope = ErrorResponse.of(status, error.name(), error.defaultMessage(),
                requestId, List.of());
        return ByteBuffer.wrap(json.toJsonString(envelope, ErrorResponse.class).getBytes(StandardCharsets.UTF_8));
    }
}
