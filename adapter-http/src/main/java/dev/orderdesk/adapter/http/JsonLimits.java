package dev.orderdesk.adapter.http;

import dev.orderdesk.adapter.http.json.ReadLimits;

/**
 * How much JSON one request body may make the parser read, checked while it streams (never after building a tree),
 * so a hostile body costs time linear in its size and memory bounded by these numbers. The largest legitimate body
 * is an order: 3 levels deep, at most 3 keys per object, up to 100 lines, strings of at most 512 characters (a
 * refresh token); each default leaves room well beyond that, so ordinary mistakes still get a 422 naming the field.
 * Field names ({@value ReadLimits#MAX_NAME_LENGTH} characters) and numbers ({@value ReadLimits#MAX_NUMBER_LENGTH}) have
 * fixed limits.
 *
 * @param maxDepth        nesting of objects and arrays
 * @param maxObjectKeys   keys in any one object (known or not)
 * @param maxArrayLength  elements in any one array
 * @param maxStringLength characters in any one string value
 */
public record JsonLimits(int maxDepth, int maxObjectKeys, int maxArrayLength, int maxStringLength)
        implements ReadLimits {

    public static final int DEFAULT_MAX_DEPTH = 32;
    public static final int MIN_MAX_DEPTH = 3;
    public static final int MAX_MAX_DEPTH = 1_000;
    public static final int DEFAULT_MAX_OBJECT_KEYS = 100;
    public static final int MIN_MAX_OBJECT_KEYS = 3;
    public static final int MAX_MAX_OBJECT_KEYS = 1_000_000;
    public static final int DEFAULT_MAX_ARRAY_LENGTH = 1_000;
    public static final int MIN_MAX_ARRAY_LENGTH = 100;
    public static final int MAX_MAX_ARRAY_LENGTH = 1_000_000;
    public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;
    public static final int MIN_MAX_STRING_LENGTH = 512;
    public static final int MAX_MAX_STRING_LENGTH = 64 * 1_048_576;
    public static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_OBJECT_KEYS,
            DEFAULT_MAX_ARRAY_LENGTH, DEFAULT_MAX_STRING_LENGTH);

    public JsonLimits {
        if (maxDepth < 1 || maxObjectKeys < 1 || maxArrayLength < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("JSON limits must be positive");
        }
    }
}
