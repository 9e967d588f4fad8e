package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Text;
import java.util.regex.Pattern;

/**
 * A stock-keeping unit: 1–64 characters of {@code [A-Za-z0-9._-]}.
 *
 * @param value the code, case kept as given
 */
public record Sku(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String FIELD = "sku";

    /**
     * Checks the shape; {@code VALIDATION_ERROR} on field {@code sku} otherwise.
     *
     * @param value the code
     */
    public Sku {
        Text.requirePresent(FIELD, value);
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.invalid(FIELD, "invalid_format", "must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
    }
}
