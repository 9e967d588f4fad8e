package dev.orderdesk.application.port.in.auth;

import java.time.Duration;

/** What a successful login or refresh hands out. Never printed: {@link #toString()} is masked. */
public record TokenPair(String accessToken, String refreshToken, Duration accessTokenLifetime) {

    @Override
    public String toString() {
        return "TokenPair[***]";
    }
}
