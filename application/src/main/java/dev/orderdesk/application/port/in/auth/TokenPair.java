package dev.orderdesk.application.port.in.auth;

import java.time.Duration;

/**
 * What a successful login or refresh hands out. Never printed: {@link #toString()} is masked.
 *
 * @param accessToken         the short-lived token that authenticates requests
 * @param refreshToken        the opaque token that obtains the next pair, once
 * @param accessTokenLifetime how long the access token is valid from its issue
 */
public record TokenPair(String accessToken, String refreshToken, Duration accessTokenLifetime) {

    @Override
    public String toString() {
        return "TokenPair[***]";
    }
}
