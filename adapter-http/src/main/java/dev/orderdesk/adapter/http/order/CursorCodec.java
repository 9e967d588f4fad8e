package dev.orderdesk.adapter.http.order;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Violation;
import dev.orderdesk.domain.order.OrderCursor;
import dev.orderdesk.domain.order.OrderId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Opaque v2 cursors: base64url of {@code micros:id} plus a checksum, so a mangled or hand-edited cursor is refused
 * with 422 instead of silently paging from a wrong place. A cursor only positions within the caller's own
 * visible orders, so forging one grants nothing.
 */
final class CursorCodec {

    /** 9999-12-31T23:59:59Z in microseconds. */
    private static final long LATEST_MICROS = 253_402_300_799_000_000L;

    private CursorCodec() {
    }

    static String encode(OrderCursor cursor) {
        long micros = Math.addExact(Math.multiplyExact(cursor.createdAt().getEpochSecond(), 1_000_000L),
                cursor.createdAt().getNano() / 1_000);
        String payload = micros + ":" + cursor.id().value();
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((payload + ":" + checksum(payload)).getBytes(StandardCharsets.US_ASCII));
    }

    static OrderCursor decode(String raw) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 3 || !checksum(parts[0] + ":" + parts[1]).equals(parts[2])) {
                throw invalid();
            }
            long micros = Long.parseLong(parts[0]);
            if (micros < 0 || micros > LATEST_MICROS) {
                throw invalid(); // outside what the database stores: never one of our cursors
            }
            Instant createdAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new OrderCursor(createdAt, OrderId.of(Long.parseLong(parts[1])));
        } catch (IllegalArgumentException | DomainException e) {
            throw invalid();
        }
    }

    private static DomainException invalid() {
        return DomainException.invalid(List.of(new Violation("cursor", "is not a cursor this API issued", "invalid_cursor")));
    }

    private static String checksum(String payload) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
