package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/** Issues and verifies short-lived, self-contained access tokens. */
public interface AccessTokens {

    /**
     * Issues a token that names the user and role, valid for the implementation's lifetime from {@code now}.
     *
     * @param user whom the token authenticates
     * @param role the user's role when issued
     * @param now  the issue instant
     * @return the token and how long it is valid
     */
    Issued issue(UserId user, Role role, Instant now);

    /**
     * Checks the token against the implementation's clock (a small leeway is allowed).
     *
     * @param token the token as presented
     * @return what the token claims
     * @throws dev.orderdesk.domain.DomainException {@code INVALID_TOKEN} for any token it did not issue or that expired
     */
    Claims verify(String token);

    /**
     * An issued access token; never printed: {@link #toString()} is masked.
     *
     * @param token    the token to hand to the client
     * @param lifetime how long it is valid from its issue
     */
    record Issued(String token, Duration lifetime) {
        @Override
        public String toString() {
            return "Issued[***, lifetime=" + lifetime + "]";
        }
    }

    /**
     * What a verified token says.
     *
     * @param user whom it authenticates
     * @param role the role it was issued with (the stored role may have changed since)
     */
    record Claims(UserId user, Role role) {
    }
}
