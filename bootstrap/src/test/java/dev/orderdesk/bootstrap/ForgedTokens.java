package dev.orderdesk.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Authorization} values an attacker or a broken client might send: none, garbage, the wrong scheme, an
 * unsigned token, a token signed with another key, and tokens signed with the real key whose claims are wrong.
 * Every one of them must get a 401, never a 5xx.
 */
final class ForgedTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final List<String> values;

    /** {@code validBearer} is a real "Bearer …" value, tampered with for some of the forgeries. */
    ForgedTokens(String secretKey, String validBearer) {
        long now = System.currentTimeMillis() / 1_000;
        String claims = "\"iss\":\"orderdesk\",\"aud\":\"orderdesk-api\",\"iat\":" + now + ",\"jti\":\"f\"";
        String tampered = validBearer.substring(0, validBearer.length() - 2)
                + (validBearer.endsWith("AA") ? "BB" : "AA");
        this.values = List.of(
                "", "Bearer", "Bearer ", "Bearer garbage", "Basic dXNlcjpwYXNz", "bearer", tampered,
                "Bearer " + "a".repeat(5_000) + "." + "b".repeat(5_000) + ".c",
                "Bearer " + unsigned("{\"sub\":\"1\",\"role\":\"admin\",\"exp\":" + (now + 600) + "," + claims + "}"),
                "Bearer " + signed("another-key-of-at-least-32-bytes-long!!",
                        "{\"sub\":\"1\",\"role\":\"admin\",\"exp\":" + (now + 600) + "," + claims + "}"),
                "Bearer " + signed(secretKey, "{\"sub\":\"999999999\",\"role\":\"user\",\"exp\":" + (now + 600) + "," + claims + "}"),
                "Bearer " + signed(secretKey, "{\"sub\":\"abc\",\"role\":\"user\",\"exp\":" + (now + 600) + "," + claims + "}"),
                "Bearer " + signed(secretKey, "{\"sub\":\"-1\",\"role\":\"nobody\",\"exp\":" + (now + 600) + "," + claims + "}"),
                "Bearer " + signed(secretKey, "{\"sub\":\"1\",\"role\":\"admin\",\"exp\":" + (now - 3_600) + "," + claims + "}"),
                "Bearer " + signed(secretKey, "{\"sub\":\"1\",\"role\":\"admin\",\"exp\":\"soon\"," + claims + "}"),
                "Bearer " + signed(secretKey, "[1,2,3]"));
    }

    String any(Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String unsigned(String payload) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".";
    }

    private static String signed(String key, String payload) {
        String content = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(payload);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return content + "." + BASE64URL.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
