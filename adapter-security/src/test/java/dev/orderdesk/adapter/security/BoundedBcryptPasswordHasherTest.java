package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.testkit.contract.PasswordHasherContract;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/** The hasher as the service wires it — bcrypt behind the bounded hashing pool — keeps the port's contract too. */
class BoundedBcryptPasswordHasherTest extends PasswordHasherContract {

    private static final BoundedPasswordHasher HASHER = BoundedPasswordHasher.bcrypt(new HashingSettings(
            HashingSettings.MIN_COST, "a-pepper-for-tests".getBytes(StandardCharsets.UTF_8), 2, 16,
            Duration.ofSeconds(30)));

    @AfterAll
    static void stopThePool() {
        HASHER.close();
    }

    @Override
    protected PasswordHasher hasher() {
        return HASHER;
    }
}
