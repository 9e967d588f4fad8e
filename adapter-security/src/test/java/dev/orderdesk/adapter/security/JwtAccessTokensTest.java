package dev.orderdesk.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.AccessTokensContract;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtAccessTokensTest extends AccessTokensContract {

    private static final byte[] KEY = "current-key-of-at-least-32-bytes-long!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OLD_KEY = "previous-key-of-at-least-32-bytes-long!".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final JwtAccessTokens tokens = tokens(KEY, Optional.empty(), CLOCK);

    @Override
    protected AccessTokens accessTokens(Clock clock) {
        return tokens(KEY, Optional.empty(), clock);
    }

    @Override
    protected AccessTokens accessTokensOfAnotherIssuer(Clock clock) {
        return tokens(OLD_KEY, Optional.empty(), clock);
    }

    @Test
    void verifiesWhatItIssuedWithAllTheClaims() {
        AccessTokens.Issued issued = tokens.issue(UserId.of(42), Role.ADMIN, NOW);

        assertThat(tokens.verify(issued.token())).isEqualTo(new AccessTokens.Claims(UserId.of(42), Role.ADMIN));
        assertThat(issued.lifetime()).isEqualTo(Duration.ofMinutes(30));
        var decoded = JWT.decode(issued.token());
        assertThat(decoded.getAlgorithm()).isEqualTo("HS256");
        assertThat(decoded.getSubject()).isEqualTo("42");
        assertThat(decoded.getIssuer()).isEqualTo("orderdesk");
        assertThat(decoded.getAudience()).containsExactly("orderdesk-api");
        assertThat(decoded.getId()).isNotBlank();
        assertThat(decoded.getIssuedAtAsInstant()).isEqualTo(NOW);
        assertThat(decoded.getExpiresAtAsInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void refusesAnUnsignedAlgNoneToken() {
        assertInvalid(claims().sign(Algorithm.none()));
    }

    @Test
    void refusesAnotherAlgorithmEvenWithTheSameKey() {
        assertInvalid(claims().sign(Algorithm.HMAC512(KEY)));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        assertInvalid(claims().sign(Algorithm.HMAC256("some-other-key-of-at-least-32-bytes!!!")));
    }

    @Test
    void refusesATamperedPayload() {
        String[] parts = tokens.issue(UserId.of(42), Role.USER, NOW).token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"role\":\"user\"", "\"role\":\"admin\"");
        assertInvalid(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void refusesAnExpiredTokenBeyondTheSmallLeeway() {
        String token = tokens.issue(UserId.of(42), Role.USER, NOW).token();
        Instant justAfterExpiry = NOW.plus(Duration.ofMinutes(30)).plusSeconds(3);
        Instant wellAfterExpiry = NOW.plus(Duration.ofMinutes(30)).plusSeconds(31);

        assertThat(tokens(KEY, Optional.empty(), Clock.fixed(justAfterExpiry, ZoneOffset.UTC)).verify(token)).isNotNull();
        assertThatThrownBy(() -> tokens(KEY, Optional.empty(), Clock.fixed(wellAfterExpiry, ZoneOffset.UTC)).verify(token))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TOKEN));
    }

    @Test
    void refusesTheWrongIssuerOrAudience() {
        assertInvalid(claims().withIssuer("someone-else").sign(Algorithm.HMAC256(KEY)));
        assertInvalid(claims().withAudience("another-api").sign(Algorithm.HMAC256(KEY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9..", "Bearer x.y.z"})
    void refusesMalformedTokens(String token) {
        assertInvalid(token);
    }

    @Test
    void refusesATokenWithoutARoleOrWithANonNumericSubject() {
        assertInvalid(JWT.create().withSubject("42").withIssuer("orderdesk").withAudience("orderdesk-api")
                .withExpiresAt(NOW.plusSeconds(60)).sign(Algorithm.HMAC256(KEY)));
        assertInvalid(claims().withSubject("admin").sign(Algorithm.HMAC256(KEY)));
    }

    @Test
    void duringARolloverTokensSignedWithThePreviousKeyStayValid() {
        String oldToken = tokens(OLD_KEY, Optional.empty(), CLOCK).issue(UserId.of(7), Role.USER, NOW).token();

        JwtAccessTokens rolledOver = tokens(KEY, Optional.of(OLD_KEY), CLOCK);

        assertThat(rolledOver.verify(oldToken).user()).isEqualTo(UserId.of(7));
        assertThat(JWT.decode(rolledOver.issue(UserId.of(7), Role.USER, NOW).token()).getSignature())
                .isNotEqualTo(JWT.decode(oldToken).getSignature());
        assertThatThrownBy(() -> tokens.verify(oldToken)).isInstanceOf(DomainException.class);
    }

    private com.auth0.jwt.JWTCreator.Builder claims() {
        return JWT.create().withSubject("42").withClaim("role", "admin").withIssuer("orderdesk")
                .withAudience("orderdesk-api").withIssuedAt(NOW).withExpiresAt(NOW.plusSeconds(600));
    }

    private void assertInvalid(String token) {
        assertThatThrownBy(() -> tokens.verify(token))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TOKEN));
    }

    private static JwtAccessTokens tokens(byte[] key, Optional<byte[]> previous, Clock clock) {
        return new JwtAccessTokens(new JwtSettings(key, previous, "orderdesk", "orderdesk-api",
                Duration.ofMinutes(30), Duration.ofSeconds(5)), clock);
    }
}
