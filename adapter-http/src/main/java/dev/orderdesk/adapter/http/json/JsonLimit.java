package dev.orderdesk.adapter.http.json;

/** One of the {@link ReadLimits}, with the machine-readable type and the message an error detail carries. */
public enum JsonLimit {
    DEPTH("max_depth", "must not nest objects and arrays deeper than %d levels"),
    OBJECT_KEYS("max_object_keys", "must have at most %d keys"),
    ARRAY_LENGTH("max_array_length", "must have at most %d elements"),
    STRING_LENGTH("max_string_length", "must be at most %d characters"),
    NAME_LENGTH("max_name_length", "must have field names of at most %d characters"),
    NUMBER_LENGTH("max_number_length", "must be a number of at most %d characters");

    private final String type;
    private final String message;

    JsonLimit(String type, String message) {
        this.type = type;
        this.message = message;
    }

    public String type() {
        return type;
    }

    public String message(long max) {
        return message.formatted(max);
    }
}
