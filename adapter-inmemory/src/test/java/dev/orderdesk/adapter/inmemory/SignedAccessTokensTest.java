package dev.orderdesk.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.application.port.out.AccessTokens.Claims;
import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.AccessTokensContract;
import dev.orderdesk.testkit.time.ControllableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedAccessTokensTest extends AccessTokensContract {

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final ControllableClock clock = new ControllableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private final SignedAccessTokens tokens = new SignedAccessTokens(clock, LIFETIME);

    @Override
    protected AccessTokens accessTokens(Clock clock) {
        return new SignedAccessTokens(clock, LIFETIME);
    }

    /** Every instance signs with a random key of its own. */
    @Override
    protected AccessTokens accessTokensOfAnotherIssuer(Clock clock) {
        return new SignedAccessTokens(clock, LIFETIME);
    }

    @Test
    void verifiesWhatItIssuedUntilItExpires() {
        String token = tokens.issue(UserId.of(42), Role.ADMIN, clock.instant()).token();

        assertThat(tokens.verify(token)).isEqualTo(new Claims(UserId.of(42), Role.ADMIN));
        clock.advance(LIFETIME.minusSeconds(1));
        assertThat(tokens.verify(token).user()).isEqualTo(UserId.of(42));
        clock.advance(Duration.ofSeconds(1));
        assertInvalid(token);
    }

    @Test
    void refusesForgedAlteredAndForeignTokens() {
        String token = tokens.issue(UserId.of(42), Role.USER, clock.instant()).token();
        String signature = token.substring(token.lastIndexOf('.'));
        String elevated = token.replace(".user.", ".admin.");
        String otherUser = "43" + token.substring(2);
        String foreign = new SignedAccessTokens(clock, LIFETIME).issue(UserId.of(42), Role.USER, clock.instant()).token();

        for (String forged : new String[]{elevated, otherUser, foreign, "42.user.99999999999" + signature,
                token + "x", token.substring(0, token.length() - 1), "", ".", "no-dots", null}) {
            assertInvalid(forged);
        }
    }

    private void assertInvalid(String token) {
        assertThat(catchThrowable(() -> tokens.verify(token))).as(String.valueOf(token))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TOKEN));
    }
}
