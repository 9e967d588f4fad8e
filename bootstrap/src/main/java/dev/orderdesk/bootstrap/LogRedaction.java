package dev.orderdesk.bootstrap;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for the log: whatever a library chooses to log (the PostgreSQL driver logs every bound
 * parameter at TRACE), credentials are masked, and control characters that could forge a line or drive a terminal
 * are escaped. The service itself never hands a secret to a logger; this catches what others do.
 */
final class LogRedaction {

    static final String MASK = "[redacted]";

    // bcrypt hashes ($2a$10$…), JWTs (base64url of '{"' . payload . signature) and bearer credentials.
    private static final Pattern SECRETS = Pattern.compile(
            "\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}"
                    + "|eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*"
                    + "|(?i:bearer)\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");

    private LogRedaction() {
    }

    /** {@code text} with every credential masked. */
    static String masked(String text) {
        return SECRETS.matcher(text).replaceAll(MASK);
    }

    /** {@code text} masked and kept on one line: CR, LF, ESC and the other control characters but tab escaped. */
    static String maskedSingleLine(String text) {
        Matcher control = CONTROL.matcher(masked(text));
        return control.replaceAll(LogRedaction::escaped);
    }

    private static String escaped(MatchResult control) {
        char c = control.group().charAt(0);
        String escape = switch (c) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            default -> String.format("\\u%04x", (int) c);
        };
        return Matcher.quoteReplacement(escape);
    }
}
