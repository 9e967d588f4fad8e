package dev.orderdesk.adapter.cli;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Violation;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Turns command-line text into domain values, naming the option or parameter in any violation. */
final class Inputs {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private Inputs() {
    }

    /** Parses one value; its violations are thrown at once, named {@code name}. */
    static <T> T parse(String name, Supplier<T> parser) {
        List<Violation> invalid = new ArrayList<>();
        Optional<T> value = collect(name, parser, invalid);
        if (!invalid.isEmpty()) {
            throw DomainException.invalid(invalid);
        }
        return value.orElseThrow();
    }

    /** Parses one value of several; its violations are added to {@code into}, named {@code name}, to report together. */
    static <T> Optional<T> collect(String name, Supplier<T> parser, List<Violation> into) {
        try {
            return Optional.of(parser.get());
        } catch (DomainException invalid) {
            if (invalid.violations().isEmpty()) {
                throw invalid;
            }
            invalid.violations().forEach(violation -> into.add(violation.inField(name)));
            return Optional.empty();
        }
    }

    /** A user named by id (digits) or by email. */
    sealed interface UserRef permits ById, ByEmail {
    }

    record ById(UserId id) implements UserRef {
    }

    record ByEmail(Email email) implements UserRef {
    }

    static UserRef user(String text) {
        return DIGITS.matcher(text).matches()
                ? new ById(parse("USER", () -> UserId.of(Long.parseLong(text))))
                : new ByEmail(parse("USER", () -> Email.parse(text)));
    }
}
