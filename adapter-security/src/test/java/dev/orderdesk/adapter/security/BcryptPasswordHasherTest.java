package dev.orderdesk.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.testkit.contract.PasswordHasherContract;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest extends PasswordHasherContract {

    private static final byte[] PEPPER = "test-pepper-of-a-reasonable-length".getBytes(StandardCharsets.UTF_8);
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4, PEPPER);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void verifiesTheRightPasswordAndRejectsAWrongOne() {
        PasswordHash hash = hasher.hash(PlainPassword.of("correct horse battery"));

        assertThat(hash.value()).startsWith("$2a$04$").doesNotContain("horse");
        assertThat(hasher.matches(PlainPassword.of("correct horse battery"), hash)).isTrue();
        assertThat(hasher.matches(PlainPassword.of("correct horse batterY"), hash)).isFalse();
    }

    @Test
    void passwordsThatDifferOnlyAfterByteSeventyTwoNeverVerifyAsEachOther() {
        String shared = "\u00e9".repeat(40); // 80 UTF-8 bytes: the difference lies past bcrypt's 72-byte window
        PlainPassword first = PlainPassword.of(shared + "aaaaaaaa");
        PlainPassword second = PlainPassword.of(shared + "bbbbbbbb");

        PasswordHash hash = hasher.hash(first);

        assertThat(hasher.matches(first, hash)).isTrue();
        assertThat(hasher.matches(second, hash)).isFalse();
    }

    @Test
    void hashesSixtyFourFourByteCharactersWithoutFailing() {
        PlainPassword longest = PlainPassword.of("\uD83D\uDD11".repeat(64)); // 256 UTF-8 bytes

        assertThat(hasher.matches(longest, hasher.hash(longest))).isTrue();
    }

    @Test
    void saltsEveryHash() {
        PlainPassword password = PlainPassword.of("correct horse battery");

        assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
    }

    @Test
    void aHashMadeWithAnotherPepperDoesNotVerify() {
        PlainPassword password = PlainPassword.of("correct horse battery");
        BcryptPasswordHasher other = new BcryptPasswordHasher(4, "another-pepper".getBytes(StandardCharsets.UTF_8));

        assertThat(hasher.matches(password, other.hash(password))).isFalse();
    }

    @Test
    void usesTheConfiguredCost() {
        assertThat(new BcryptPasswordHasher(10, PEPPER).hash(PlainPassword.of("correct horse battery")).value())
                .startsWith("$2a$10$");
    }
}
