package dev.orderdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainPasswordTest {

    @ParameterizedTest
    @CsvSource({"7, too_short", "65, too_long"})
    void enforcesEightToSixtyFourCharacters(int length, String type) {
        assertThatThrownBy(() -> PlainPassword.of("p".repeat(length)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).type()).isEqualTo(type));
    }

    @Test
    void keepsSpacesAndAcceptsBothBounds() {
        assertThat(PlainPassword.of(" secret  ").reveal()).isEqualTo(" secret  ");
        assertThat(PlainPassword.of("p".repeat(64)).reveal()).hasSize(64);
    }

    @Test
    void acceptsSixtyFourMultiByteCharactersEvenThoughTheyExceedSeventyTwoBytes() {
        String password = "\u00e9".repeat(64);
        assertThat(PlainPassword.of(password).reveal()).isEqualTo(password);
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(PlainPassword.of("correct horse battery").toString()).doesNotContain("horse");
        assertThat(new PasswordHash("$2a$12$abcdef").toString()).doesNotContain("abcdef");
    }

    @Test
    void rejectsNul() {
        assertThatThrownBy(() -> PlainPassword.of("secret\u0000secret"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).type()).isEqualTo("invalid_character"));
    }
}
