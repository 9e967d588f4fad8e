package dev.orderdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void parseTrimsAndLowerCasesSoTwoSpellingsAreEqual() {
        assertThat(Email.parse("  Ada.Lovelace@Example.ORG ")).isEqualTo(Email.parse("ada.lovelace@example.org"));
        assertThat(Email.parse("  Ada@Example.ORG ").value()).isEqualTo("ada@example.org");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                      | missing",
            "'   '                   | missing",
            "no-at-sign.example.org  | invalid_format",
            "two@@example.org        | invalid_format",
            "ada@localhost           | invalid_format",
            "ada@-example.org        | invalid_format",
            "'ada lovelace@x.org'    | invalid_format",
            ".ada@example.org        | invalid_format",
            "ada..l@example.org      | invalid_format",
    })
    void rejectsMalformedAddressesWithAReason(String raw, String type) {
        assertThatThrownBy(() -> Email.parse(raw))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.type()).isEqualTo(type));
                });
    }

    @Test
    void acceptsTheLongestAllowedAddressAndRejectsOneCharacterMore() {
        String local = "a".repeat(64);
        String exactly254 = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".org";
        assertThat(exactly254).hasSize(254);
        assertThat(Email.parse(exactly254).value()).hasSize(254);

        String tooLong = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".org";
        assertThatThrownBy(() -> Email.parse(tooLong))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).type()).isEqualTo("too_long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada\u0000@example.org", "ada@exa\u0007mple.org"})
    void rejectsControlCharactersIncludingNul(String raw) {
        assertThatThrownBy(() -> Email.parse(raw))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).type()).isEqualTo("invalid_character"));
    }

    @Test
    void nullIsReportedAsMissing() {
        assertThatThrownBy(() -> Email.parse(null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).type()).isEqualTo("missing"));
    }
}
