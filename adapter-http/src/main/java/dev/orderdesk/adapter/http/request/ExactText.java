package dev.orderdesk.adapter.http.request;

/**
 * Text that can be stored and given back exactly. JSON escapes can spell a NUL ({@code \u0000}), which PostgreSQL
 * text refuses, and a lone surrogate ({@code \ud800}), which no UTF-8 can encode, so it would come back as {@code ?}.
 */
final class ExactText {

    private ExactText() {
    }

    static boolean isExact(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!fine(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fine(String text, int i) {
        char c = text.charAt(i);
        if (c == '\0') {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}
