package nl.participatie.core.value;

import nl.participatie.core.API;

import java.math.BigDecimal;

/**
 * The limits on every decimal number the library takes (<i>grenzen aan getallen</i>): a measurement, a baseline, an
 * amount, a percentage. A {@link BigDecimal} can hold {@code 1e2147483647}, a number whose plain form has two billion
 * digits; subtracting two such numbers, or writing one out, overflows or runs out of memory. So a number must have
 * <ul>
 *   <li>at most {@value #MAX_DIGITS} significant digits,</li>
 *   <li>at most {@value #MAX_DIGITS} digits before the decimal point (it is below 10<sup>100</sup> either way), and</li>
 *   <li>at most {@value #MAX_DIGITS} digits after it (as written: {@code 0e-2147483647} is refused too).</li>
 * </ul>
 * The JSON reader, the value types, the library's validator (for {@code @Digits}) and the methods' own records all
 * use this one check; a refused number is code {@code number.out-of-range}.
 */
@API(status = API.Status.STABLE)
public final class Decimals {

    /** The most digits a number may have in all, before the point, and after it. */
    public static final int MAX_DIGITS = 100;

    private Decimals() {
    }

    /** Whether the number lies within the limits above; {@code null} is not. */
    public static boolean isWithinLimits(BigDecimal value) {
        if (value == null) {
            return false;
        }
        int scale = value.scale();
        int precision = value.precision();
        // In long: precision - scale overflows an int for 1e2147483647 (the cause of @Digits' blind spot).
        long integerDigits = (long) precision - scale;
        return precision <= MAX_DIGITS && scale <= MAX_DIGITS && integerDigits <= MAX_DIGITS;
    }

    /**
     * Returns the number when it lies within the limits.
     *
     * @param name what the number is, for the message, e.g. {@code "value"}
     * @throws InvalidValueException {@code value.required} when it is {@code null}, {@code number.out-of-range}
     *                               when it lies outside the limits
     */
    public static BigDecimal requireWithinLimits(BigDecimal value, String name) {
        InvalidValueException.requireNonNull(value, name);
        if (!isWithinLimits(value)) {
            throw new InvalidValueException("number.out-of-range", shortString(value), name, MAX_DIGITS);
        }
        return value;
    }

    /**
     * The number as short text for a message: the plain form within the limits, otherwise the scientific form
     * ({@code 1E+2147483647}), which never writes out a huge number in full.
     */
    public static String shortString(BigDecimal value) {
        if (value == null) {
            return "null";
        }
        return isWithinLimits(value) ? value.toPlainString() : value.toString();
    }
}
