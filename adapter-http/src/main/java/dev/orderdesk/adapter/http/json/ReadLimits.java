package dev.orderdesk.adapter.http.json;

/**
 * The bounds the parser and the body reader enforce. An interface so that the settings record implementing it can live
 * in the adapter's entry package (the only one a composition root may use) without this package depending on it.
 */
public interface ReadLimits {

    /** Not configurable: no field is named with more than 16 characters, and unknown names are echoed in errors. */
    int MAX_NAME_LENGTH = 256;
    /** Not configurable: a 64-bit integer has at most 20 characters; longer numbers only cost parsing time. */
    int MAX_NUMBER_LENGTH = 64;

    int maxDepth();

    int maxObjectKeys();

    int maxArrayLength();

    int maxStringLength();

    /** The maximum for {@code limit}. */
    default long max(JsonLimit limit) {
        return switch (limit) {
            case DEPTH -> maxDepth();
            case OBJECT_KEYS -> maxObjectKeys();
            case ARRAY_LENGTH -> maxArrayLength();
            case STRING_LENGTH -> maxStringLength();
            case NAME_LENGTH -> MAX_NAME_LENGTH;
            case NUMBER_LENGTH -> MAX_NUMBER_LENGTH;
        };
    }
}
