package dev.orderdesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyConversionTest {

    private static final CurrencyCode EUR = new CurrencyCode("EUR");
    private static final CurrencyCode JPY = new CurrencyCode("JPY");
    private static final CurrencyCode BHD = new CurrencyCode("BHD");

    @ParameterizedTest
    @CsvSource({"EUR, 2", "USD, 2", "JPY, 0", "KRW, 0", "BHD, 3", "KWD, 3", "XAU, 0", "XXX, 0"})
    void minorDigitsComeFromIso4217AndCodesWithoutAMinorUnitCountWholeUnits(String code, int digits) {
        assertThat(new CurrencyCode(code).minorDigits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource({
            "EUR, 12.34,   1234",
            "EUR, 12.340,  1234",
            "EUR, 12,      1200",
            "EUR, 0.05,    5",
            "EUR, 1E+3,    100000",
            "EUR, 0,       0",
            "EUR, 0E+9999, 0",
            "JPY, 500,     500",
            "JPY, 5E+2,    500",
            "BHD, 1.234,   1234",
    })
    void aDecimalInTheMajorUnitBecomesExactMinorUnits(String currency, String decimal, long minorUnits) {
        assertThat(Money.ofDecimal(new BigDecimal(decimal), new CurrencyCode(currency)))
                .isEqualTo(Money.ofMinor(minorUnits));
    }

    @ParameterizedTest
    @CsvSource({"EUR, 1234, 12.34", "EUR, 5, 0.05", "EUR, 0, 0.00", "JPY, 1234, 1234", "BHD, 1234, 1.234"})
    void minorUnitsBecomeADecimalWithTheCurrencysFractionDigits(String currency, long minorUnits, String decimal) {
        BigDecimal converted = Money.ofMinor(minorUnits).toDecimal(new CurrencyCode(currency));

        assertThat(converted).isEqualTo(new BigDecimal(decimal)); // equals compares the scale too
        assertThat(Money.ofDecimal(converted, new CurrencyCode(currency))).isEqualTo(Money.ofMinor(minorUnits));
    }

    @Test
    void theLargestAmountRoundTrips() {
        Money largest = Money.ofMinor(Long.MAX_VALUE);

        assertThat(largest.toDecimal(EUR)).isEqualTo(new BigDecimal("92233720368547758.07"));
        assertThat(Money.ofDecimal(largest.toDecimal(EUR), EUR)).isEqualTo(largest);
    }

    @Test
    void everyAmountRoundTripsThroughItsDecimalInEveryMinorUnitSize() {
        Random random = new Random(20260501L); // fixed seed: a failure replays
        for (int i = 0; i < 10_000; i++) {
            Money amount = Money.ofMinor(random.nextLong() & Long.MAX_VALUE);
            for (CurrencyCode currency : new CurrencyCode[] {EUR, JPY, BHD}) {
                assertThat(Money.ofDecimal(amount.toDecimal(currency), currency)).isEqualTo(amount);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"EUR, 12.345", "EUR, 0.001", "JPY, 1.5", "JPY, 0.1", "BHD, 1.2345"})
    void refusesToRoundAwayFractionDigitsTheCurrencyDoesNotHave(String currency, String decimal) {
        assertInvalidAmount(() -> Money.ofDecimal(new BigDecimal(decimal), new CurrencyCode(currency)),
                "too_many_decimals");
    }

    @Test
    void saysHowManyDecimalPlacesTheCurrencyHas() {
        assertThat(message(() -> Money.ofDecimal(new BigDecimal("1.999"), EUR)))
                .isEqualTo("must have at most 2 decimal places in EUR");
        assertThat(message(() -> Money.ofDecimal(new BigDecimal("1.5"), JPY))).isEqualTo("must be a whole number in JPY");
    }

    @ParameterizedTest
    @CsvSource({
            "EUR, 92233720368547758.08",
            "EUR, 92233720368547759",
            "JPY, 9223372036854775808",
            "BHD, 9223372036854775.808",
            "EUR, 1E+100",
            "EUR, 1E+999999999",
    })
    void refusesAmountsPastTheLargestCountOfMinorUnits(String currency, String decimal) {
        assertInvalidAmount(() -> Money.ofDecimal(new BigDecimal(decimal), new CurrencyCode(currency)), "out_of_range");
    }

    @Test
    void refusesExtremeScalesWithoutComputingThem() {
        assertInvalidAmount(() -> Money.ofDecimal(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE), EUR), "out_of_range");
        assertInvalidAmount(() -> Money.ofDecimal(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE), EUR),
                "too_many_decimals");
        assertThat(message(() -> Money.ofDecimal(new BigDecimal("1E+30"), BHD)))
                .isEqualTo("must be at most 9223372036854775.807 BHD");
    }

    @Test
    void refusesNegativeAndMissingAmounts() {
        assertInvalidAmount(() -> Money.ofDecimal(new BigDecimal("-0.01"), EUR), "out_of_range");
        assertInvalidAmount(() -> Money.ofDecimal(null, EUR), "missing");
        assertInvalidAmount(() -> Money.ofMinor(-1), "out_of_range");
    }

    private static void assertInvalidAmount(ThrowingCallable call, String type) {
        assertThat(catchThrowable(call)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("amount");
                assertThat(v.type()).isEqualTo(type);
            });
        });
    }

    private static String message(ThrowingCallable call) {
        DomainException failure = (DomainException) catchThrowable(call);
        return failure.violations().get(0).message();
    }
}
