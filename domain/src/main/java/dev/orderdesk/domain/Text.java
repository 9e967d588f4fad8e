package dev.orderdesk.domain;

/** Rules every piece of user-supplied text obeys, whatever value object it ends up in. */
public final class Text {

    private Text() {
    }

    /**
     * Rejects text PostgreSQL cannot store (NUL) and other control characters that have no place in
     * names or addresses.
     *
     * @param field the value's name, for the violation
     * @param value the text, not null
     * @return {@code value}
     * @throws DomainException {@code VALIDATION_ERROR} of type {@code invalid_character}
     */
    public static String requireNoControlCharacters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000' || (Character.isISOControl(c) && c != '\t')) {
                throw DomainException.invalid(field, "invalid_character", "must not contain control characters");
            }
        }
        return value;
    }

    /**
     * Refuses absent text: a missing field is the user's mistake, not a programming error.
     *
     * @param field the value's name, for the violation
     * @param value the text, possibly null
     * @return {@code value}, not null
     * @throws DomainException {@code VALIDATION_ERROR} of type {@code missing}
     */
    public static String requirePresent(String field, String value) {
        if (value == null) {
            throw DomainException.invalid(field, "missing", "is required");
        }
        return value;
    }

    /**
     * Length in Unicode code points, so an emoji counts as one character as a person would count it.
     *
     * @param value the text
     * @return the number of code points
     */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
