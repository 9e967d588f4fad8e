package org.example.host;

import dev.orderdesk.adapter.security.JwtSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The gift shop as the tests start it: test secrets, on a scratch database. */
final class TestGiftShop {

    private static final JwtSettings JWT = new JwtSettings(
            "a-host-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8), Optional.empty(), "gift-shop",
            "gift-shop", Duration.ofMinutes(5), JwtSettings.DEFAULT_LEEWAY);
    private static final byte[] PEPPER = "host-pepper".getBytes(StandardCharsets.UTF_8);

    private TestGiftShop() {
    }

    static GiftShop startOn(ScratchDatabase database) {
        return GiftShop.start(database.jdbcUrl(), database.user(), JWT, PEPPER);
    }
}
