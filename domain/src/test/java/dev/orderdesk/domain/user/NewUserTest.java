package dev.orderdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.domain.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewUserTest {

    private static final PasswordHash HASH = new PasswordHash("hash");

    @Test
    void registrationAlwaysCreatesAnOrdinaryUserStampedToTheMicrosecond() {
        NewUser user = NewUser.register(Email.parse("ada@example.org"), UserName.parse("Ada"), HASH,
                Instant.parse("2026-01-02T03:04:05.123456789Z"));

        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
    }

    @Test
    void theStoredUserStartsActiveAtVersionZero() {
        NewUser candidate = NewUser.register(Email.parse("ada@example.org"), UserName.parse("Ada"), HASH,
                Instant.parse("2026-01-02T03:04:05Z"));

        User stored = User.created(UserId.of(7), candidate);

        assertThat(stored.isActive()).isTrue();
        assertThat(stored.version()).isZero();
        assertThat(stored.updatedAt()).isEqualTo(stored.createdAt());
        assertThat(stored.toString()).doesNotContain("ada@example.org");
    }

    @Test
    void idsArePositive() {
        assertThatThrownBy(() -> UserId.of(0)).isInstanceOf(DomainException.class);
        assertThat(UserId.of(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rolesRoundTripThroughTheirCodesAndRejectUnknownOnes() {
        assertThat(Role.fromCode(Role.ADMIN.code())).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.fromCode("root")).isInstanceOf(DomainException.class);
    }
}
