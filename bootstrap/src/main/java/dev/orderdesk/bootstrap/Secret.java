package dev.orderdesk.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A configured secret; {@link #toString()} never shows it, so settings can be logged safely. */
public record Secret(String value) {

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    public byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
