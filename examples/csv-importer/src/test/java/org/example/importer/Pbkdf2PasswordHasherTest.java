package org.example.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.testkit.contract.PasswordHasherContract;
import org.junit.jupiter.api.Test;

// guide:start contract
/** The team's own hasher keeps every promise Orderdesk's core relies on: the testkit's contract, run here. */
class Pbkdf2PasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher hasher() {
        return new Pbkdf2PasswordHasher();
    }
    // guide:end contract

    @Test
    void aHashKeepsItsIterationCountSoHashesOfEarlierSettingsStillVerify() {
        PlainPassword password = PlainPassword.of("correct horse");

        assertThat(new Pbkdf2PasswordHasher().matches(password, new Pbkdf2PasswordHasher(1_000).hash(password)))
                .isTrue();
    }

    @Test
    void aTamperedIterationCountCannotAskForUnboundedWork() {
        PlainPassword password = PlainPassword.of("correct horse");
        String[] parts = new Pbkdf2PasswordHasher(1_000).hash(password).value().split("\\$");

        assertThat(new Pbkdf2PasswordHasher().matches(password, new PasswordHash(
                "pbkdf2$2147483647$" + parts[2] + "$" + parts[3]))).isFalse();
    }
}
