package dev.orderdesk.adapter.http.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderdesk.adapter.http.error.HttpProblem;
import dev.orderdesk.adapter.http.error.TransportError;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import io.javalin.http.Context;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body into a request record, strictly: only {@code application/json}; syntax errors,
 * duplicate keys and trailing garbage are 400; every unknown field and every wrongly typed field is listed in
 * one 422. The raw body is never echoed back.
 */
public final class JsonBody {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final ObjectMapper mapper;

    public JsonBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads the body and converts it with {@code toCommand} (which validates domain values through
     * {@link FieldViolations}). Transport and domain violations are reported together in one 422.
     */
    public <T extends Record, C> C read(Context ctx, Class<T> type, Function<T, C> toCommand) {
        requireJsonContentType(ctx);
        JsonNode body = parse(ctx.bodyAsBytes());
        if (!(body instanceof ObjectNode object)) {
            throw DomainException.invalid(List.of(new Violation("body", "must be a JSON object", "object_expected")));
        }
        List<Violation> transport = removeUnfitFields(object, type);
        T request = bind(object, type);
        try {
            C command = toCommand.apply(request);
            if (!transport.isEmpty()) {
                throw DomainException.invalid(transport);
            }
            return command;
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR || transport.isEmpty()) {
                throw e;
            }
            throw DomainException.invalid(merge(transport, e.violations()));
        }
    }

    /** Domain violations for fields already reported (and so removed) would only say "missing": drop them. */
    private static List<Violation> merge(List<Violation> transport, List<Violation> domain) {
        Set<String> reported = transport.stream().map(Violation::field).collect(Collectors.toSet());
        List<Violation> all = new ArrayList<>(transport);
        domain.stream().filter(v -> !reported.contains(v.field())).forEach(all::add);
        return all;
    }

    private <T extends Record> T bind(ObjectNode object, Class<T> type) {
        try {
            return mapper.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            // Every remaining field has been vetted, so this is a bug, not bad input.
            throw new IllegalStateException("validated body did not bind to " + type.getSimpleName(), e);
        }
    }

    private static void requireJsonContentType(Context ctx) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new HttpProblem(TransportError.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    private JsonNode parse(byte[] bytes) {
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new HttpProblem(TransportError.MALFORMED_JSON, "Request body is empty");
            }
            return node;
        } catch (IOException e) {
            throw new HttpProblem(TransportError.MALFORMED_JSON);
        }
    }

    /** Removes unknown and wrongly typed fields from the body, returning a violation for each. */
    private List<Violation> removeUnfitFields(ObjectNode body, Class<? extends Record> type) {
        Map<String, JavaType> expected = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            expected.put(SNAKE_CASE.translate(component.getName()), mapper.constructType(component.getGenericType()));
        }
        List<Violation> violations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JavaType fieldType = expected.get(field.getKey());
            if (fieldType == null) {
                violations.add(new Violation(field.getKey(), "is not a known field", "extra_forbidden"));
                fields.remove();
            } else if (!binds(field.getValue(), fieldType)) {
                violations.add(new Violation(field.getKey(), "must be " + describe(fieldType), "invalid_type"));
                fields.remove();
            }
        }
        return violations;
    }

    private boolean binds(JsonNode value, JavaType type) {
        try {
            mapper.treeToValue(value, type);
            return true;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            return "an integer";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "a boolean";
        }
        if (type.isCollectionLikeType()) {
            return "an array of well-formed items";
        }
        return "an object";
    }
}
