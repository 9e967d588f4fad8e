package org.example.importer;

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
 * This team's own driven adapter: its house password hashing, PBKDF2-HMAC-SHA256 from the JDK at OWASP's 600,000
 * iterations, in place of Orderdesk's development hasher. It passes Orderdesk's {@code PasswordHasherContract}.
 * Stored as {@code pbkdf2$<iterations>$<salt>$<hash>} in base64; a hash in any other form simply does not match.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    public static final int RECOMMENDED_ITERATIONS = 600_000;
    private static final int MAX_ITERATIONS = 10_000_000;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public Pbkdf2PasswordHasher() {
        this(RECOMMENDED_ITERATIONS);
    }

    /** Fewer iterations for tests only: a stored hash keeps its own count, so both kinds verify. */
    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be from 1 to " + MAX_ITERATIONS);
        }
        this.iterations = iterations;
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return new PasswordHash("pbkdf2$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, iterations)));
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        String[] parts = hash.value().split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals("pbkdf2")) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            if (storedIterations < 1 || storedIterations > MAX_ITERATIONS) {
                return false; // bounds the work a tampered hash could ask for
            }
            Base64.Decoder base64 = Base64.getDecoder();
            return MessageDigest.isEqual(derive(password, base64.decode(parts[2]), storedIterations),
                    base64.decode(parts[3]));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(PlainPassword password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.reveal().toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
