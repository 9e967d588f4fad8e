package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.application.port.out.AccessTokens.Claims;
import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.time.ControllableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccessTokens} must do: verify what it issued, with its user and role, until the lifetime is over
 * (a leeway of up to {@link #MAX_LEEWAY} is allowed); refuse an expired, altered or malformed token and one from another
 * issuer with {@code INVALID_TOKEN}. Time is a {@link ControllableClock} the suite moves.
 */
public abstract class AccessTokensContract {

    /** The most clock skew an implementation may forgive after expiry. */
    protected static final Duration MAX_LEEWAY = Duration.ofMinutes(1);

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private final ControllableClock clock = new ControllableClock(NOW);

    /** Creates the suite; a subclass says how to build its adapter. */
    protected AccessTokensContract() {
    }

    /**
     * The tokens under test, verifying against the given clock. Called once per test.
     *
     * @param clock the clock the suite moves
     * @return the tokens
     */
    protected abstract AccessTokens accessTokens(Clock clock);

    /**
     * Tokens of another issuer: another key, or whatever else makes this implementation's tokens its own.
     *
     * @param clock the clock the suite moves
     * @return tokens whose issued tokens {@link #accessTokens} must refuse
     */
    protected abstract AccessTokens accessTokensOfAnotherIssuer(Clock clock);

    @Test
    void verifiesWhatItIssuedWithItsUserAndRole() {
        AccessTokens tokens = accessTokens(clock);

        for (Role role : Role.values()) {
            AccessTokens.Issued issued = tokens.issue(UserId.of(42), role, clock.instant());

            assertThat(tokens.verify(issued.token())).isEqualTo(new Claims(UserId.of(42), role));
            assertThat(issued.lifetime()).isPositive();
        }
    }

    @Test
    void aTokenIsValidUntilItsLifetimeIsOverAndNotAfter() {
        AccessTokens tokens = accessTokens(clock);
        AccessTokens.Issued issued = tokens.issue(UserId.of(42), Role.USER, clock.instant());

        clock.advance(issued.lifetime().minusSeconds(1));
        assertThat(tokens.verify(issued.token()).user()).isEqualTo(UserId.of(42));

        clock.advance(Duration.ofSeconds(1).plus(MAX_LEEWAY));
        assertInvalid(tokens, issued.token());
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        AccessTokens tokens = accessTokens(clock);
        String foreign = accessTokensOfAnotherIssuer(clock).issue(UserId.of(42), Role.USER, clock.instant()).token();

        assertInvalid(tokens, foreign);
    }

    @Test
    void refusesATokenWithAnyCharacterChangedOrAdded() {
        AccessTokens tokens = accessTokens(clock);
        String token = tokens.issue(UserId.of(42), Role.USER, clock.instant()).token();

        // Not the last character: in base64 it may carry padding bits that change nothing.
        for (int position : new int[]{0, token.length() / 3, token.length() / 2, 2 * token.length() / 3,
                token.length() - 2}) {
            assertInvalid(tokens, altered(token, position));
        }
        assertInvalid(tokens, token + "x");
        assertInvalid(tokens, token.substring(0, token.length() - 1));
    }

    @Test
    void refusesAnythingThatIsNotAToken() {
        AccessTokens tokens = accessTokens(clock);

        for (String malformed : new String[]{"", ".", "..", "garbage", "a.b.c", "Bearer x.y.z"}) {
            assertInvalid(tokens, malformed);
        }
    }

    /** The token with the character at {@code position} (or the next one that is not a separator) replaced. */
    private static String altered(String token, int position) {
        int at = position;
        while (!Character.isLetterOrDigit(token.charAt(at))) {
            at++;
        }
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    private static void assertInvalid(AccessTokens tokens, String token) {
        assertThat(catchThrowable(() -> tokens.verify(token))).as(token)
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TOKEN));
    }
}
