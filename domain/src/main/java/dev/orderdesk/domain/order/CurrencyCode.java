package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Text;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An ISO 4217 currency code known to the runtime, such as {@code EUR}; unknown codes are refused.
 *
 * @param value the three upper-case letters
 */
public record CurrencyCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}");
    private static final String FIELD = "currency";

    /**
     * Checks the code is three upper-case letters naming a currency the runtime knows; {@code VALIDATION_ERROR} on
     * field {@code currency} otherwise.
     *
     * @param value the code, such as {@code EUR}
     */
    public CurrencyCode {
        Text.requirePresent(FIELD, value);
        if (!SHAPE.matcher(value).matches() || !isKnown(value)) {
            throw DomainException.invalid(FIELD, "invalid_choice", "must be a known ISO 4217 currency code such as EUR");
        }
    }

    /**
     * How many digits the currency's minor unit has, from ISO 4217 as the runtime knows it: 2 for EUR (cents), 0 for
     * JPY, 3 for BHD. Codes that define no minor unit (gold {@code XAU}, {@code XXX}…) count in whole units: 0.
     *
     * @return 0 or more
     */
    public int minorDigits() {
        return Math.max(0, Currency.getInstance(value).getDefaultFractionDigits());
    }

    private static boolean isKnown(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
