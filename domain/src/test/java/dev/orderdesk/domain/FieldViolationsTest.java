package dev.orderdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.UserName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldViolationsTest {

    @Test
    void reportsEveryInvalidFieldTogetherUnderTheCallersNames() {
        FieldViolations violations = new FieldViolations();
        Optional<Email> email = violations.field("e-mail", () -> Email.parse("not an address"));
        Optional<UserName> name = violations.field("name", () -> UserName.parse("Ada"));
        Optional<Quantity> quantity = violations.field("items[3].quantity", () -> new Quantity(0));

        assertThat(email).isEmpty();
        assertThat(name).map(UserName::value).contains("Ada");
        assertThat(quantity).isEmpty();
        DomainException thrown = catchThrowableOfType(DomainException.class, violations::throwIfAny);
        assertThat(thrown.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(thrown.violations()).extracting(Violation::field, Violation::type).containsExactly(
                tuple("e-mail", "invalid_format"),
                tuple("items[3].quantity", "out_of_range"));
    }

    @Test
    void returnsQuietlyWhenEveryFieldIsValid() {
        FieldViolations violations = new FieldViolations();
        violations.field("email", () -> Email.parse("ada@example.org"));

        violations.throwIfAny();
        assertThat(violations.violations()).isEmpty();
    }

    @Test
    void throwsAnyOtherFailureAtOnceWithItsOwnCode() {
        FieldViolations violations = new FieldViolations();
        DomainException overflow = new DomainException(ErrorCode.ORDER_TOTAL_OVERFLOW, "too large");

        assertThatThrownBy(() -> violations.field("items", () -> {
            throw overflow;
        })).isSameAs(overflow);
        assertThat(violations.violations()).isEmpty();
    }

    @Test
    void aSingleValueFailsAtOnceNamedAsAsked() {
        assertThat(FieldViolations.single("--email", () -> Email.parse(" Ada@Example.org")))
                .isEqualTo(Email.parse("ada@example.org"));
        assertThatThrownBy(() -> FieldViolations.single("--email", () -> Email.parse("")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("--email", "must not be empty", "missing")));
    }

    @Test
    void aRequiredValueThatIsAbsentIsReportedAsMissingUnderTheFieldName() {
        FieldViolations violations = new FieldViolations();
        assertThat(violations.field("password", () -> FieldViolations.required("secret"))).contains("secret");
        assertThat(violations.field("email", () -> FieldViolations.required(null))).isEmpty();

        assertThat(violations.violations()).containsExactly(new Violation("email", "is required", "missing"));
    }

    @Test
    void theViolationsSeenAreACopy() {
        FieldViolations violations = new FieldViolations();
        List<Violation> before = violations.violations();
        violations.field("email", () -> Email.parse(""));

        assertThat(before).isEmpty();
        assertThatThrownBy(() -> violations.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
