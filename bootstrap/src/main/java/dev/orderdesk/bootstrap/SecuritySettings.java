package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.security.HashingSettings;
import dev.orderdesk.adapter.security.JwtSettings;
import java.util.Objects;

/**
 * The security adapter's settings, as bootstrap composes them.
 *
 * @param secretKeyGenerated development made up a throw-away signing key (tokens die with the process)
 */
public record SecuritySettings(JwtSettings jwt, HashingSettings hashing, boolean secretKeyGenerated) {

    public SecuritySettings {
        Objects.requireNonNull(jwt, "jwt");
        Objects.requireNonNull(hashing, "hashing");
    }
}
