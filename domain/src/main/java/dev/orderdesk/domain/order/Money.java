package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import java.math.BigDecimal;
import java.util.List;

/**
 * A non-negative amount in the currency's minor unit (cents, yen…). Arithmetic is exact: an overflow is an error,
 * never a wrapped number.
 *
 * <p>An amount does not carry its currency (an order has one currency for all its lines, kept beside them), so the
 * conversions to and from decimals in the major unit take the {@link CurrencyCode} whose minor unit they use.
 *
 * @param minorUnits the amount in the currency's minor unit (1234 is 12.34 EUR)
 */
public record Money(long minorUnits) {

    /** No money at all: the total of nothing. */
    public static final Money ZERO = new Money(0);

    /**
     * Checks the amount is not negative; {@code VALIDATION_ERROR} on field {@code amount} otherwise.
     *
     * @param minorUnits the amount in the currency's minor unit
     */
    public Money {
        if (minorUnits < 0) {
            throw DomainException.invalid("amount", "out_of_range", "must not be negative");
        }
    }

    /**
     * An amount given in minor units, as Orderdesk stores and exchanges it (1234 is 12.34 EUR).
     *
     * @param minorUnits the amount in the currency's minor unit
     * @return the amount
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code amount} when negative
     */
    public static Money ofMinor(long minorUnits) {
        return new Money(minorUnits);
    }

    /**
     * An amount given as a decimal in the currency's major unit (12.34 EUR is 1234 minor units). Never rounds: an
     * amount with more fraction digits than the currency has is refused, as is one past the largest amount (2^63 − 1
     * minor units); trailing zeros are fine (12.340 EUR).
     *
     * @param amount   the amount as entered, possibly null
     * @param currency the currency whose minor unit counts ({@link CurrencyCode#minorDigits()})
     * @return the amount in minor units
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code amount}: {@code missing}, {@code out_of_range}
     *         (negative or too large) or {@code too_many_decimals}
     */
    public static Money ofDecimal(BigDecimal amount, CurrencyCode currency) {
        return new Money(DecimalAmount.toMinorUnits(amount, currency));
    }

    /**
     * This amount as a decimal in the currency's major unit, with exactly as many fraction digits as the currency's
     * minor unit has (1234 minor units are 12.34 EUR, 1234 JPY, 1.234 BHD).
     *
     * @param currency the currency whose minor unit this amount counts
     * @return the exact decimal
     */
    public BigDecimal toDecimal(CurrencyCode currency) {
        return BigDecimal.valueOf(minorUnits, currency.minorDigits());
    }

    /**
     * This amount {@code factor} times.
     *
     * @param factor how many times
     * @return the product
     * @throws DomainException {@code ORDER_TOTAL_OVERFLOW} naming {@code total} when it does not fit
     */
    public Money times(int factor) {
        try {
            return new Money(Math.multiplyExact(minorUnits, factor));
        } catch (ArithmeticException overflow) {
            throw overflow();
        }
    }

    /**
     * The sum of two amounts in the same currency.
     *
     * @param other the amount to add
     * @return the sum
     * @throws DomainException {@code ORDER_TOTAL_OVERFLOW} naming {@code total} when it does not fit
     */
    public Money plus(Money other) {
        try {
            return new Money(Math.addExact(minorUnits, other.minorUnits));
        } catch (ArithmeticException overflow) {
            throw overflow();
        }
    }

    private static DomainException overflow() {
        return new DomainException(ErrorCode.ORDER_TOTAL_OVERFLOW, "The order total is too large to represent",
                List.of(new Violation("total", "is too large to represent", "out_of_range")));
    }
}
