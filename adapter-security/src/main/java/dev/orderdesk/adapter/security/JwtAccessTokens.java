package dev.orderdesk.adapter.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * HS256 JWT access tokens with {@code sub}, {@code role}, {@code iat}, {@code exp}, {@code jti}, {@code iss},
 * {@code aud}. Verification pins the algorithm, issuer and audience; verifiers are built once.
 */
public final class JwtAccessTokens implements AccessTokens {

    private static final String ROLE = "role";

    private final JwtSettings settings;
    private final Algorithm signing;
    private final JWTVerifier current;
    private final Optional<JWTVerifier> previous;

    public JwtAccessTokens(JwtSettings settings, Clock clock) {
        this.settings = settings;
        this.signing = Algorithm.HMAC256(settings.secretKey());
        this.current = verifier(signing, clock);
        this.previous = settings.previousSecretKey().map(key -> verifier(Algorithm.HMAC256(key), clock));
    }

    private JWTVerifier verifier(Algorithm algorithm, Clock clock) {
        return ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withIssuer(settings.issuer())
                .withAudience(settings.audience())
                .withClaimPresence("sub")
                .withClaimPresence(ROLE)
                .withClaimPresence("exp")
                .acceptLeeway(settings.leeway().toSeconds()))
                .build(clock);
    }

    @Override
    public Issued issue(UserId user, Role role, Instant now) {
        String token = JWT.create()
                .withSubject(Long.toString(user.value()))
                .withClaim(ROLE, role.code())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(settings.lifetime()))
                .withJWTId(UUID.randomUUID().toString())
                .withIssuer(settings.issuer())
                .withAudience(settings.audience())
                .sign(signing);
        return new Issued(token, settings.lifetime());
    }

    @Override
    public Claims verify(String token) {
        try {
            DecodedJWT decoded = decode(token);
            return new Claims(UserId.of(Long.parseLong(decoded.getSubject())), Role.fromCode(decoded.getClaim(ROLE).asString()));
        } catch (JWTVerificationException | DomainException | IllegalArgumentException e) {
            throw new DomainException(ErrorCode.INVALID_TOKEN, "Access token is invalid or expired");
        }
    }

    /** Tries the current key, then (during a rollover) the previous one, but only when the signature was the problem. */
    private DecodedJWT decode(String token) {
        try {
            return current.verify(token);
        } catch (SignatureVerificationException e) {
            if (previous.isEmpty()) {
                throw e;
            }
            return previous.get().verify(token);
        }
    }
}
