package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/** Issues and verifies short-lived, self-contained access tokens. */
public interface AccessTokens {

    Issued issue(UserId user, Role role, Instant now);

    /**
     * Checks the token against the implementation's clock (a small leeway is allowed).
     *
     * @throws dev.orderdesk.domain.DomainException {@code INVALID_TOKEN} for any token it did not issue or that expired
     */
    Claims verify(String token);

    record Issued(String token, Duration lifetime) {
        @Override
        public String toString() {
            return "Issued[***, lifetime=" + lifetime + "]";
        }
    }

    record Claims(UserId user, Role role) {
    }
}
