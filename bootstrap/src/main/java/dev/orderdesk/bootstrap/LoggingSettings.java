package dev.orderdesk.bootstrap;

import java.util.Objects;

/**
 * How the service logs.
 *
 * @param level  the root level: TRACE, DEBUG, INFO, WARN, ERROR or OFF
 * @param chosen whether the level was configured (commands other than serve log only warnings otherwise)
 */
public record LoggingSettings(String level, boolean chosen, Format format) {

    public LoggingSettings {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(format, "format");
    }

    /** {@code json}: one JSON object per line (production default); {@code text}: for people (development). */
    public enum Format {
        JSON,
        TEXT
    }
}
