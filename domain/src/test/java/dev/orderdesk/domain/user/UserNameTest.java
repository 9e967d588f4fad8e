package dev.orderdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.domain.DomainException;
import org.junit.jupiter.api.Test;

class UserNameTest {

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(UserName.parse("  Ada Lovelace \t").value()).isEqualTo("Ada Lovelace");
    }

    @Test
    void countsCharactersAsCodePointsSoHundredEmojiFit() {
        String hundredEmoji = "\uD83D\uDE00".repeat(100);
        assertThat(UserName.parse(hundredEmoji).value()).isEqualTo(hundredEmoji);
        assertThatThrownBy(() -> UserName.parse(hundredEmoji + "a"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).type()).isEqualTo("too_long"));
    }

    @Test
    void rejectsBlankAndNul() {
        assertThatThrownBy(() -> UserName.parse("   "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).type()).isEqualTo("too_short"));
        assertThatThrownBy(() -> UserName.parse("Ada\u0000"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations().get(0).type()).isEqualTo("invalid_character"));
    }
}
