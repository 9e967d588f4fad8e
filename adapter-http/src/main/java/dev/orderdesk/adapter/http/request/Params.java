package dev.orderdesk.adapter.http.request;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.FieldViolations;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads path and query parameters, each exactly once, into values; a query parameter's violation is recorded rather
 * than failing on the first.
 */
public final class Params {

    private static final Pattern DIGITS = Pattern.compile("-?[0-9]+");

    private Params() {
    }

    /** A positive 64-bit id from the path; 0, negatives and values past 2^63−1 are out of range. */
    public static long pathId(Context ctx, String name) {
        return FieldViolations.single(name, () -> integer(ctx.pathParam(name), 1, Long.MAX_VALUE));
    }

    /** An optional query parameter parsed by {@code parse}; empty when absent, or when invalid (then recorded). */
    public static <T> Optional<T> query(Context ctx, String name, Function<String, T> parse,
                                        FieldViolations violations) {
        return Optional.ofNullable(ctx.queryParam(name)).flatMap(raw -> violations.field(name, () -> parse.apply(raw)));
    }

    /** A query parameter parsed by {@code parse}, or {@code whenAbsent}; empty only when invalid (then recorded). */
    public static <T> Optional<T> query(Context ctx, String name, T whenAbsent, Function<String, T> parse,
                                        FieldViolations violations) {
        String raw = ctx.queryParam(name);
        return raw == null ? Optional.of(whenAbsent) : violations.field(name, () -> parse.apply(raw));
    }

    /** A decimal integer within bounds, surrounding blanks allowed. */
    public static long integer(String raw, long min, long max) {
        String value = raw.strip();
        if (!DIGITS.matcher(value).matches()) {
            throw DomainException.invalid("invalid_type", "must be an integer");
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException tooLarge) {
            // falls through to the range violation: the digits are fine, the magnitude is not
        }
        throw DomainException.invalid("out_of_range", "must be between " + min + " and " + max);
    }
}
