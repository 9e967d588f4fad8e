package dev.orderdesk.adapter.http.auth;

import dev.orderdesk.application.port.in.auth.TokenPair;

/** The OAuth2-style token response; {@code expires_in} is the access token's lifetime in seconds. */
record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokenResponse from(TokenPair pair) {
        return new TokenResponse(pair.accessToken(), pair.refreshToken(), "bearer", pair.accessTokenLifetime().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[***]";
    }
}
