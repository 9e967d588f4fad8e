package dev.orderdesk.domain;

/** Rules every piece of user-supplied text obeys, whatever value object it ends up in. */
public final class Text {

    private Text() {
    }

    /**
     * Rejects text PostgreSQL cannot store (NUL) and other control characters that have no place in
     * names or addresses.
     */
    public static String requireNoControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000' || (Character.isISOControl(c) && c != '\t')) {
                throw DomainException.invalid("invalid_character", "must not contain control characters");
            }
        }
        return value;
    }

    public static String requirePresent(String value) {
        if (value == null) {
            throw DomainException.invalid("missing", "is required");
        }
        return value;
    }

    /** Length in Unicode code points, so an emoji counts as one character as a person would count it. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
