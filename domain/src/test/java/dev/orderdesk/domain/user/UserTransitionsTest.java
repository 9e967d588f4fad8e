package dev.orderdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTransitionsTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-02T00:00:00.000000500Z");
    private final User user = User.created(UserId.of(1),
            NewUser.register(Email.parse("ada@example.org"), UserName.parse("Ada"), new PasswordHash("h"), CREATED));

    @Test
    void everyChangeReturnsANewInstanceDerivedFromTheSameStoredVersion() {
        User renamed = user.rename(UserName.parse("Ada L."), LATER);

        assertThat(renamed.name().value()).isEqualTo("Ada L.");
        assertThat(renamed.version()).isEqualTo(user.version());
        assertThat(renamed.updatedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(renamed.createdAt()).isEqualTo(CREATED);
        assertThat(user.name().value()).isEqualTo("Ada");
        assertThat(user.version()).isZero();
    }

    @Test
    void roleActivationAndPasswordChangesKeepEverythingElse() {
        User changed = user.changeRole(Role.ADMIN, LATER).withActive(false, LATER)
                .changePassword(new PasswordHash("h2"), LATER);

        assertThat(changed.isAdmin()).isTrue();
        assertThat(changed.isActive()).isFalse();
        assertThat(changed.passwordHash()).isEqualTo(new PasswordHash("h2"));
        assertThat(changed.email()).isEqualTo(user.email());
        assertThat(changed.version()).isZero();
    }

    @Test
    void adminsAreCreatedOnlyThroughTheirOwnFactory() {
        assertThat(NewUser.admin(Email.parse("root@example.org"), UserName.parse("Root"), new PasswordHash("h"), CREATED)
                .role()).isEqualTo(Role.ADMIN);
    }
}
