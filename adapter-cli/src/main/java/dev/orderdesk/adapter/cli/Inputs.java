package dev.orderdesk.adapter.cli;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.UserId;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Turns command-line text into domain values, naming the option or parameter in any violation. */
final class Inputs {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private Inputs() {
    }

    static <T> T parse(String name, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DomainException invalid) {
            if (invalid.violations().isEmpty()) {
                throw invalid;
            }
            throw DomainException.invalid(invalid.violations().stream().map(v -> v.inField(name)).toList());
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
