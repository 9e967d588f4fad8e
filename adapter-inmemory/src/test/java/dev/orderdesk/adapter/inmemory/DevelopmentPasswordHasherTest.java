package dev.orderdesk.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.testkit.contract.PasswordHasherContract;
import org.junit.jupiter.api.Test;

class DevelopmentPasswordHasherTest extends PasswordHasherContract {

    private final DevelopmentPasswordHasher hasher = new DevelopmentPasswordHasher();
    private final PlainPassword password = PlainPassword.of("correct horse battery");

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void keepsNoClearTextAndSaltsEveryHash() {
        PasswordHash first = hasher.hash(password);
        PasswordHash second = hasher.hash(password);

        assertThat(first.value()).startsWith("pbkdf2-sha256$1000$").doesNotContain("correct");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches(password, first)).isTrue();
        assertThat(hasher.matches(password, second)).isTrue();
    }

    @Test
    void refusesAnotherPasswordAndAnyHashItDidNotMake() {
        PasswordHash hash = hasher.hash(password);

        assertThat(hasher.matches(PlainPassword.of("correct horse battery "), hash)).isFalse();
        for (String foreign : new String[]{"$2a$12$abcdefghijklmnopqrstuu", "pbkdf2-sha256$x$y$z",
                "pbkdf2-sha256$1000$!!$!!", "pbkdf2-sha256$99999999$AAAA$AAAA", "plain"}) {
            assertThat(hasher.matches(password, new PasswordHash(foreign))).as(foreign).isFalse();
        }
    }

    @Test
    void isFastEnoughForTestsThatHashOften() {
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            hasher.matches(password, hasher.hash(password));
        }

        // bcrypt at cost 12 takes about 250 ms per hash; forty of these take well under a second.
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
