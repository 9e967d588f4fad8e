package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * For development and tests only: PBKDF2-HMAC-SHA256 with a random salt but only {@value #ITERATIONS} iterations, so it
 * never keeps clear text yet costs well under a millisecond. Far too cheap for real passwords (use bcrypt there).
 * Stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, both in base64.
 */
final class DevelopmentPasswordHasher implements PasswordHasher {

    static final int ITERATIONS = 1_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    @Override
    public PasswordHash hash(PlainPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash(String.join("$", PREFIX, Integer.toString(ITERATIONS), base64.encodeToString(salt),
                base64.encodeToString(derive(password, salt, ITERATIONS))));
    }

    /** False for a hash in any other encoding (a bcrypt hash, say): it simply does not match. */
    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        String[] parts = hash.value().split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > ITERATIONS) {
                return false;
            }
            Base64.Decoder base64 = Base64.getDecoder();
            return MessageDigest.isEqual(derive(password, base64.decode(parts[2]), iterations), base64.decode(parts[3]));
        } catch (IllegalArgumentException malformed) { // covers NumberFormatException
            return false;
        }
    }

    private static byte[] derive(PlainPassword password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.reveal().toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
