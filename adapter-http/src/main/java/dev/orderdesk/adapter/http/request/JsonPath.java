package dev.orderdesk.adapter.http.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Names a place in a body the way a client reads it, {@code items[2].unit_price}, from the parser's own context
 * (so nothing is kept per field while reading); {@code body} is the whole body.
 */
final class JsonPath {

    /** Past this, a path is cut: a body nested to the depth limit with long names must not make a long answer. */
    static final int MAX_LENGTH = 300;

    private JsonPath() {
    }

    /** The value the parser is at: a scalar, or the object or array it has just opened. */
    static String ofValue(JsonParser parser) {
        return of(valueContext(parser));
    }

    /** The object or array whose key or element the parser is at. */
    static String ofContainer(JsonParser parser) {
        return of(valueContext(parser).getParent());
    }

    /** Opening an object or array enters its context already; the value's place is the one around it. */
    private static JsonStreamContext valueContext(JsonParser parser) {
        JsonToken token = parser.currentToken();
        boolean opened = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        return opened ? parser.getParsingContext().getParent() : parser.getParsingContext();
    }

    private static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + at.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        String path = joined.isEmpty() ? "body" : joined.startsWith(".") ? joined.substring(1) : "body" + joined;
        return path.length() <= MAX_LENGTH ? path : path.substring(0, MAX_LENGTH - 1) + "…";
    }
}
