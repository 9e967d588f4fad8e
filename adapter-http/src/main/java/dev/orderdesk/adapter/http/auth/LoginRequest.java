package dev.orderdesk.adapter.http.auth;

import dev.orderdesk.application.port.in.auth.LoginCommand;

/** Body of {@code POST /api/v1/auth/login} as JSON. */
record LoginRequest(String email, String password) {

    LoginCommand toCommand() {
        return new LoginCommand(email, password);
    }

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + ", password=***]";
    }
}
