package dev.orderdesk.adapter.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * bcrypt over a peppered pre-hash: {@code bcrypt(base64(HMAC-SHA384(pepper, password)))}, as documented by OWASP.
 *
 * <p>bcrypt reads only 72 bytes, and a 64-character password in a non-Latin script can be 256 bytes.
 * The pre-hash is always 64 ASCII bytes, so every byte of the password counts and nothing is truncated.
 * The pepper is a stable secret of its own (not the rotating token key): changing it invalidates every hash.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    private static final String HMAC = "HmacSHA384";
    private static final int MIN_COST = 4;
    private static final int MAX_COST = 31;

    private final int cost;
    private final SecretKeySpec pepper;

    public BcryptPasswordHasher(int cost, byte[] pepper) {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between 4 and 31");
        }
        if (pepper.length == 0) {
            throw new IllegalArgumentException("the pepper must not be empty");
        }
        this.cost = cost;
        this.pepper = new SecretKeySpec(pepper.clone(), HMAC);
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        byte[] preHash = preHash(password);
        try {
            return new PasswordHash(new String(BCrypt.withDefaults().hash(cost, preHash), StandardCharsets.US_ASCII));
        } finally {
            Arrays.fill(preHash, (byte) 0);
        }
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        byte[] preHash = preHash(password);
        try {
            return BCrypt.verifyer().verify(preHash, hash.value().getBytes(StandardCharsets.US_ASCII)).verified;
        } finally {
            Arrays.fill(preHash, (byte) 0);
        }
    }

    private byte[] preHash(PlainPassword password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(pepper);
            byte[] digest = mac.doFinal(password.reveal().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encode(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA384 is required by every Java runtime", e);
        }
    }
}
