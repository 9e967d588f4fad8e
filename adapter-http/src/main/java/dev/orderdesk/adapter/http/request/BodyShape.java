package dev.orderdesk.adapter.http.request;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a request record accepts, read off its components once: which JSON fields (snake_case) exist and what each
 * holds. The streaming reader checks a body against it, so nested fields are checked, and named, like top-level ones.
 */
sealed interface BodyShape {

    /** A string, integer or boolean; {@code nullable} unless the component is a primitive. */
    record Scalar(Kind kind, boolean nullable) implements BodyShape {
        @Override
        public String description() {
            return kind.description;
        }
    }

    record ArrayOf(BodyShape element) implements BodyShape {
        @Override
        public String description() {
            return "an array";
        }
    }

    record ObjectOf(Map<String, BodyShape> fields) implements BodyShape {
        @Override
        public String description() {
            return "an object";
        }
    }

    enum Kind {
        TEXT("a string"), INT("an integer"), LONG("an integer"), BOOLEAN("a boolean");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** What a value of this shape must be, for a violation's message: "must be …". */
    String description();

    static ObjectOf of(Class<? extends Record> type, ObjectMapper mapper) {
        return object(type, mapper);
    }

    private static ObjectOf object(Class<?> type, ObjectMapper mapper) {
        PropertyNamingStrategies.NamingBase snakeCase =
                (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
        Map<String, BodyShape> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(snakeCase.translate(component.getName()),
                    shape(mapper.constructType(component.getGenericType()), mapper));
        }
        return new ObjectOf(Map.copyOf(fields));
    }

    private static BodyShape shape(JavaType type, ObjectMapper mapper) {
        Class<?> raw = type.getRawClass();
        if (type.isCollectionLikeType()) {
            return new ArrayOf(shape(type.getContentType(), mapper));
        }
        if (raw.isRecord()) {
            return object(raw, mapper);
        }
        Kind kind = raw == String.class ? Kind.TEXT
                : raw == Integer.class || raw == int.class ? Kind.INT
                : raw == Long.class || raw == long.class ? Kind.LONG
                : raw == Boolean.class || raw == boolean.class ? Kind.BOOLEAN
                : null;
        if (kind == null) {
            throw new IllegalArgumentException("request records may not hold a " + type);
        }
        return new Scalar(kind, !raw.isPrimitive());
    }
}
