package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.application.port.out.RefreshTokenHash;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable refresh tokens ({@code refresh-1}, {@code refresh-2}…) with a trivially reversible "hash". */
public final class SequentialRefreshTokens implements RefreshTokenGenerator {

    private final AtomicLong sequence = new AtomicLong();

    @Override
    public Generated generate() {
        String token = "refresh-" + sequence.incrementAndGet();
        return new Generated(token, hash(token));
    }

    @Override
    public RefreshTokenHash hash(String presented) {
        return new RefreshTokenHash("hash:" + presented);
    }
}
