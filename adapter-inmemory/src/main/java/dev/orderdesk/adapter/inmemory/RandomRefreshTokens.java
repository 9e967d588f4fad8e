package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.application.port.out.RefreshTokenHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Refresh tokens of 256 random bits (base64url), stored under their SHA-256 in hex. */
final class RandomRefreshTokens implements RefreshTokenGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public Generated generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Generated(token, hash(token));
    }

    @Override
    public RefreshTokenHash hash(String presented) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return new RefreshTokenHash(HexFormat.of().formatHex(sha256.digest(presented.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
