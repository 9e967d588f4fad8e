package dev.orderdesk.application.port.in.auth;

/**
 * Raw login input. Deliberately unvalidated strings: a malformed email or a too-short password must fail
 * exactly like a wrong password ({@code INVALID_CREDENTIALS}), not reveal anything through a different error.
 *
 * @param email    the email as typed, possibly null
 * @param password the password as typed, possibly null; masked in {@link #toString()}
 */
public record LoginCommand(String email, String password) {

    @Override
    public String toString() {
        return "LoginCommand[email=" + email + ", password=***]";
    }
}
