package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import java.math.BigDecimal;
import java.util.Objects;

/** Turns a decimal amount in a currency's major unit into minor units, exactly or not at all. */
final class DecimalAmount {

    private static final String FIELD = "amount";
    /** Long.MAX_VALUE has 19 digits: a number with more integer digits cannot fit whatever the currency. */
    private static final int MAX_INTEGER_DIGITS = 19;

    private DecimalAmount() {
    }

    static long toMinorUnits(BigDecimal amount, CurrencyCode currency) {
        Objects.requireNonNull(currency, "currency");
        if (amount == null) {
            throw DomainException.invalid(FIELD, "missing", "is required");
        }
        if (amount.signum() < 0) {
            throw DomainException.invalid(FIELD, "out_of_range", "must not be negative");
        }
        if (amount.signum() == 0) {
            return 0; // 0E+999999999 is zero too, and must not be scaled
        }
        // Checked before any scaling, so an exponent such as 1E+999999999 costs nothing to refuse.
        // In long arithmetic: a scale near Integer.MIN_VALUE would overflow an int subtraction.
        if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw tooLarge(currency);
        }
        int digits = currency.minorDigits();
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > digits) {
            throw DomainException.invalid(FIELD, "too_many_decimals", digits == 0
                    ? "must be a whole number in " + currency.value()
                    : "must have at most " + digits + " decimal places in " + currency.value());
        }
        try {
            return exact.movePointRight(digits).longValueExact();
        } catch (ArithmeticException overflow) {
            throw tooLarge(currency);
        }
    }

    private static DomainException tooLarge(CurrencyCode currency) {
        String largest = BigDecimal.valueOf(Long.MAX_VALUE, currency.minorDigits()).toPlainString();
        return DomainException.invalid(FIELD, "out_of_range", "must be at most " + largest + " " + currency.value());
    }
}
