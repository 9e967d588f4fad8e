package dev.orderdesk.adapter.http.auth;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.FieldViolations;

/** Body of {@code POST /api/v1/auth/refresh} and {@code /logout}. */
record RefreshTokenRequest(String refreshToken) {

    String token() {
        return FieldViolations.single("refresh_token", () -> {
            if (refreshToken == null || refreshToken.isBlank()) {
                throw DomainException.invalid("missing", "is required");
            }
            if (refreshToken.length() > 512) {
                throw DomainException.invalid("too_long", "must be at most 512 characters");
            }
            return refreshToken;
        });
    }

    @Override
    public String toString() {
        return "RefreshTokenRequest[***]";
    }
}
