package dev.orderdesk.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Typed reads of configuration variables. A bad value is recorded as a problem naming the variable (never a
 * secret's value) and the default is returned, so every problem can be reported at once.
 */
final class EnvironmentValues {

    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    /** @param values variable names upper-cased */
    EnvironmentValues(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    void problem(String message) {
        problems.add(message);
    }

    Optional<String> raw(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String text(String name, String defaultValue) {
        return raw(name).orElse(defaultValue);
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the range
        }
        problems.add(name + ": must be an integer from " + min + " to " + max + " (got '" + value.get() + "')");
        return defaultValue;
    }

    /** A whole number of seconds between {@code min} and {@code max}. */
    Duration seconds(String name, Duration defaultValue, Duration min, Duration max) {
        return Duration.ofSeconds(integer(name, (int) defaultValue.toSeconds(), (int) min.toSeconds(), (int) max.toSeconds()));
    }

    /** A whole number of minutes from 1 to {@code max}. */
    Duration minutes(String name, Duration defaultValue, Duration max) {
        return Duration.ofMinutes(integer(name, (int) defaultValue.toMinutes(), 1, (int) max.toMinutes()));
    }

    /** A whole number of days from 1 to {@code max}. */
    Duration days(String name, Duration defaultValue, Duration max) {
        return Duration.ofDays(integer(name, (int) defaultValue.toDays(), 1, (int) max.toDays()));
    }

    boolean bool(String name, boolean defaultValue) {
        Optional<String> value = raw(name).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return defaultValue;
        }
        switch (value.get()) {
            case "true", "1", "yes", "on" -> {
                return true;
            }
            case "false", "0", "no", "off" -> {
                return false;
            }
            default -> {
                problems.add(name + ": must be true or false (got '" + value.get() + "')");
                return defaultValue;
            }
        }
    }

    /** One of an enum's constants, written in any letter case. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, value.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            problems.add(name + ": must be one of " + allowed + " (got '" + value.get() + "')");
            return defaultValue;
        }
    }

    /** A comma list or a JSON list of strings. */
    List<String> list(String name, String defaultValue) {
        String value = raw(name).orElse(defaultValue);
        if (value.startsWith("[")) {
            try {
                return Arrays.stream(new ObjectMapper().readValue(value, String[].class)).map(String::strip).toList();
            } catch (JsonProcessingException e) {
                problems.add(name + ": is not a valid JSON list of strings");
                return List.of();
            }
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A secret of at least {@code minBytes}; its value never appears in a problem. */
    Optional<Secret> secret(String name, boolean required, int minBytes) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            if (required) {
                problems.add(name + ": is required in production (at least " + minBytes + " bytes)");
            }
            return Optional.empty();
        }
        if (value.get().getBytes(StandardCharsets.UTF_8).length < minBytes) {
            problems.add(name + ": must be at least " + minBytes + " bytes long");
        }
        return value.map(Secret::new);
    }
}
