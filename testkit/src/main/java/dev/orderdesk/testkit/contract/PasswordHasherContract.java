package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordHasher} must do: keep no clear text, salt every hash, and verify the right password only —
 * also where a naive bcrypt would truncate at 72 bytes. Run against the development hasher and bcrypt.
 */
public abstract class PasswordHasherContract {

    private static final PlainPassword PASSWORD = PlainPassword.of("correct horse battery staple");

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected PasswordHasherContract() {
    }

    /**
     * The hasher under test, as cheap as it can be configured (tests hash often).
     *
     * @return the hasher
     */
    protected abstract PasswordHasher hasher();

    @Test
    void aHashHoldsNoTraceOfTheClearPassword() {
        String hash = hasher().hash(PASSWORD).value();

        assertThat(hash).doesNotContain(PASSWORD.reveal()).doesNotContain("horse").doesNotContain("staple");
    }

    @Test
    void verifiesTheHashedPasswordAndNoOther() {
        PasswordHash hash = hasher().hash(PASSWORD);

        assertThat(hasher().matches(PASSWORD, hash)).isTrue();
        for (String other : new String[]{"correct horse battery stapl", "correct horse battery staple ",
                "Correct horse battery staple", "correct horse battery staplf", "staple battery horse correct"}) {
            assertThat(hasher().matches(PlainPassword.of(other), hash)).as(other).isFalse();
        }
    }

    @Test
    void equalPasswordsGetDifferentHashesThatBothVerify() {
        PasswordHash first = hasher().hash(PASSWORD);
        PasswordHash second = hasher().hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher().matches(PASSWORD, first)).isTrue();
        assertThat(hasher().matches(PASSWORD, second)).isTrue();
    }

    @Test
    void everyByteOfALongPasswordCounts() {
        String shared = "\u00e9".repeat(40); // 80 UTF-8 bytes: a difference past byte 72 must still count
        PlainPassword first = PlainPassword.of(shared + "aaaaaaaa");
        PlainPassword longest = PlainPassword.of("\uD83D\uDD11".repeat(64)); // 256 UTF-8 bytes

        PasswordHash hash = hasher().hash(first);

        assertThat(hasher().matches(first, hash)).isTrue();
        assertThat(hasher().matches(PlainPassword.of(shared + "bbbbbbbb"), hash)).isFalse();
        assertThat(hasher().matches(longest, hasher().hash(longest))).isTrue();
    }

    @Test
    void aHashItCannotReadSimplyDoesNotMatch() {
        for (String foreign : new String[]{"plain", "correct horse battery staple", "$2a$04$tooshort",
                "pbkdf2-sha256$x$y$z"}) {
            assertThat(hasher().matches(PASSWORD, new PasswordHash(foreign))).as(foreign).isFalse();
        }
    }
}
