package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Self-contained access tokens {@code <user>.<role>.<expiry>.<signature>}, signed with HMAC-SHA256 under a random key
 * that lives and dies with this object: no token survives a restart or is accepted by another instance. Verified
 * against the given clock, valid while it reads before the expiry.
 */
final class SignedAccessTokens implements AccessTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private final Clock clock;
    private final Duration lifetime;
    private final SecretKeySpec key;

    SignedAccessTokens(Clock clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        this.clock = clock;
        this.lifetime = lifetime;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    @Override
    public Issued issue(UserId user, Role role, Instant now) {
        String claims = user.value() + "." + role.code() + "." + now.plus(lifetime).getEpochSecond();
        return new Issued(claims + "." + sign(claims), lifetime);
    }

    @Override
    public Claims verify(String token) {
        int signatureStart = token == null ? -1 : token.lastIndexOf('.');
        if (signatureStart < 0) {
            throw invalid();
        }
        String claims = token.substring(0, signatureStart);
        byte[] expected = sign(claims).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(signatureStart + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw invalid();
        }
        // Signed by us, so well formed.
        String[] parts = claims.split("\\.");
        if (clock.instant().getEpochSecond() >= Long.parseLong(parts[2])) {
            throw invalid();
        }
        return new Claims(UserId.of(Long.parseLong(parts[0])), Role.fromCode(parts[1]));
    }

    private String sign(String claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(claims.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
        }
    }

    private static DomainException invalid() {
        return new DomainException(ErrorCode.INVALID_TOKEN, "Access token is invalid or expired");
    }
}
