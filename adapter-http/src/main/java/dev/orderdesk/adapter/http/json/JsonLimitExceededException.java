package dev.orderdesk.adapter.http.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Optional;

/** A body went past one of the {@link ReadLimits}; thrown while parsing, before the rest of the body is read. */
public final class JsonLimitExceededException extends StreamConstraintsException {

    private final JsonLimit limit;
    private final String path;

    /** Thrown by the parser, which does not know where it is in terms a client would read. */
    public JsonLimitExceededException(JsonLimit limit) {
        this(limit, null);
    }

    /** Thrown by a reader that knows the place, e.g. {@code items} for an array that is too long. */
    public JsonLimitExceededException(JsonLimit limit, String path) {
        super("JSON limit exceeded: " + limit.type());
        this.limit = limit;
        this.path = path;
    }

    public JsonLimit limit() {
        return limit;
    }

    public Optional<String> path() {
        return Optional.ofNullable(path);
    }
}
