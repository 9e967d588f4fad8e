package dev.orderdesk.adapter.http.request;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderdesk.adapter.http.error.HttpProblem;
import dev.orderdesk.adapter.http.error.TransportError;
import dev.orderdesk.adapter.http.json.JsonLimit;
import dev.orderdesk.adapter.http.json.JsonLimitExceededException;
import dev.orderdesk.adapter.http.json.ReadLimits;
import dev.orderdesk.domain.Violation;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a body in one streaming pass against a record's {@link BodyShape}, keeping only the known fields whose values
 * fit. No tree of the body is built: unknown fields and misfits are walked token by token and dropped, each reported
 * once by its path, so memory depends on the {@link ReadLimits} and the record, not on what the client sent. Keys and
 * elements are counted as they come; depth, string, name and number lengths are counted by the parser itself.
 */
final class BodyReader {

    /** The fitting fields ({@code null} when the body is not an object) and every violation found. */
    record Result(ObjectNode fields, CappedViolations violations) {
    }

    private final JsonParser parser;
    private final ReadLimits limits;
    private final CappedViolations violations = new CappedViolations();

    private BodyReader(JsonParser parser, ReadLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    static Result read(JsonParser parser, BodyShape.ObjectOf shape, ReadLimits limits) throws IOException {
        BodyReader reader = new BodyReader(parser, limits);
        if (parser.nextToken() == null) {
            throw new HttpProblem(TransportError.MALFORMED_JSON, "Request body is empty");
        }
        ObjectNode fields = null;
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            fields = reader.object(shape);
        } else {
            reader.skip();
            reader.violations.add(new Violation("body", "must be a JSON object", "object_expected"));
        }
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "trailing data after the body");
        }
        return new Result(fields, reader.violations);
    }

    /** The parser is at {@code {}; a {@code null} shape skips the whole object (it was reported as a whole). */
    private ObjectNode object(BodyShape.ObjectOf shape) throws IOException {
        ObjectNode node = shape == null ? null : JsonNodeFactory.instance.objectNode();
        int keys = 0;
        while (next() == JsonToken.FIELD_NAME) {
            count(++keys, JsonLimit.OBJECT_KEYS);
            String name = parser.currentName();
            next();
            BodyShape field = shape == null ? null : shape.fields().get(name);
            if (field != null) {
                value(field).ifPresent(value -> node.set(name, value));
            } else {
                if (shape != null) {
                    violations.unknown(JsonPath.ofValue(parser));
                }
                skip();
            }
        }
        return node;
    }

    /** The parser is at {@code [}; a misfit element stays as {@code null} so later elements keep their index. */
    private ArrayNode array(BodyShape element) throws IOException {
        ArrayNode node = element == null ? null : JsonNodeFactory.instance.arrayNode();
        int length = 0;
        while (next() != JsonToken.END_ARRAY) {
            count(++length, JsonLimit.ARRAY_LENGTH);
            if (element == null) {
                skip();
            } else {
                node.add(value(element).orElse(JsonNodeFactory.instance.nullNode()));
            }
        }
        return node;
    }

    /** The value the parser is at, if it fits {@code shape}; otherwise it is reported, skipped and left out. */
    private Optional<JsonNode> value(BodyShape shape) throws IOException {
        JsonToken token = parser.currentToken();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (token == JsonToken.VALUE_NULL && !(shape instanceof BodyShape.Scalar scalar && !scalar.nullable())) {
            return Optional.of(nodes.nullNode());
        }
        if (shape instanceof BodyShape.ObjectOf object && token == JsonToken.START_OBJECT) {
            return Optional.of(object(object));
        }
        if (shape instanceof BodyShape.ArrayOf array && token == JsonToken.START_ARRAY) {
            return Optional.of(array(array.element()));
        }
        if (shape instanceof BodyShape.Scalar scalar && fits(scalar.kind(), token)) {
            return scalar(scalar.kind());
        }
        violations.dropped(JsonPath.ofValue(parser), "must be " + shape.description(), "invalid_type");
        skip();
        return Optional.empty();
    }

    private boolean fits(BodyShape.Kind kind, JsonToken token) throws IOException {
        return switch (kind) {
            case TEXT -> token == JsonToken.VALUE_STRING;
            case INT -> token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT;
            case LONG -> token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
            case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        };
    }

    private Optional<JsonNode> scalar(BodyShape.Kind kind) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (kind) {
            case TEXT -> text();
            case INT -> Optional.of(nodes.numberNode(parser.getIntValue()));
            case LONG -> Optional.of(nodes.numberNode(parser.getLongValue()));
            case BOOLEAN -> Optional.of(nodes.booleanNode(parser.getBooleanValue()));
        };
    }

    /** Text is taken exactly or not at all: nothing is replaced on the way to the database. */
    private Optional<JsonNode> text() throws IOException {
        String text = parser.getText();
        if (!ExactText.isExact(text)) {
            violations.dropped(JsonPath.ofValue(parser), "must not contain NUL or unpaired surrogate characters",
                    "invalid_character");
            return Optional.empty();
        }
        return Optional.of(JsonNodeFactory.instance.textNode(text));
    }

    /** Walks past the value the parser is at, still counting against every limit. */
    private void skip() throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> object(null);
            case START_ARRAY -> array(null);
            // Reading the text makes the parser apply the string length limit here too (at most that much is held).
            case VALUE_STRING -> parser.getText();
            default -> {
            }
        }
    }

    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "body ends inside an object or array");
        }
        return token;
    }

    private void count(int seen, JsonLimit limit) throws JsonLimitExceededException {
        if (seen > limits.max(limit)) {
            throw new JsonLimitExceededException(limit, JsonPath.ofContainer(parser));
        }
    }
}
