package dev.orderdesk.domain.order;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import java.util.List;

/**
 * A non-negative amount in the currency's minor unit (cents, yen…). Arithmetic is exact: an overflow is an error,
 * never a wrapped number.
 */
public record Money(long minorUnits) {

    public static final Money ZERO = new Money(0);

    public Money {
        if (minorUnits < 0) {
            throw DomainException.invalid("amount", "out_of_range", "must not be negative");
        }
    }

    public Money times(int factor) {
        try {
            return new Money(Math.multiplyExact(minorUnits, factor));
        } catch (ArithmeticException overflow) {
            throw overflow();
        }
    }

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
