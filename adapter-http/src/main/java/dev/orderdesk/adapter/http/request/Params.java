package dev.orderdesk.adapter.http.request;

import dev.orderdesk.domain.Violation;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/** Parses path and query parameters into numbers, recording a violation rather than failing on the first. */
public final class Params {

    private static final Pattern DIGITS = Pattern.compile("-?[0-9]+");

    private Params() {
    }

    /** A positive 64-bit id from the path; 0, negatives and values past 2^63−1 are out of range. */
    public static long pathId(Context ctx, String name) {
        FieldViolations violations = new FieldViolations();
        Long id = parseLong(ctx.pathParam(name), name, 1, Long.MAX_VALUE, violations);
        violations.throwIfAny();
        return id;
    }

    /** An optional integer query parameter within bounds, or the default when absent. */
    public static Long query(Context ctx, String name, long min, long max, long defaultValue, FieldViolations violations) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return defaultValue;
        }
        return parseLong(raw, name, min, max, violations);
    }

    private static Long parseLong(String raw, String name, long min, long max, FieldViolations violations) {
        String value = raw.strip();
        if (!DIGITS.matcher(value).matches()) {
            violations.add(new Violation(name, "must be an integer", "invalid_type"));
            return null;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException tooLarge) {
            // falls through to the range violation: the digits are fine, the magnitude is not
        }
        violations.add(new Violation(name, "must be between " + min + " and " + max, "out_of_range"));
        return null;
    }
}
