package dev.orderdesk.adapter.cli;

import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.UserId;
import java.util.regex.Pattern;

/**
 * Turns command-line text naming a user into a domain value. Options and parameters are checked with the core's
 * {@link FieldViolations}, as HTTP checks its fields, naming the option or parameter in any violation.
 */
final class Inputs {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private Inputs() {
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
                ? new ById(FieldViolations.single("USER", () -> UserId.of(Long.parseLong(text))))
                : new ByEmail(FieldViolations.single("USER", () -> Email.parse(text)));
    }
}
