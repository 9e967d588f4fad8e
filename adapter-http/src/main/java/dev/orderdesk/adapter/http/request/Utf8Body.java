package dev.orderdesk.adapter.http.request;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A body read as UTF-8 and nothing else (RFC 8259 §8.1): Jackson's byte parser would also take UTF-16 and UTF-32,
 * guessing from the first bytes. Malformed bytes fail the read with a {@code CharacterCodingException}, never a
 * replacement character. A leading byte order mark is skipped, as the RFC allows and Jackson did.
 */
final class Utf8Body {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Body() {
    }

    static Reader reader(byte[] body) {
        int start = startsWithBom(body) ? BOM.length : 0;
        return new InputStreamReader(new ByteArrayInputStream(body, start, body.length - start),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static boolean startsWithBom(byte[] body) {
        return body.length >= BOM.length && body[0] == BOM[0] && body[1] == BOM[1] && body[2] == BOM[2];
    }
}
