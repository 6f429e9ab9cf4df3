package nl.participatie.core.value;

import nl.participatie.core.API;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in euros, exact to the cent (<i>geldbedrag</i>): a budget line, an amount spent, a
 * neighbourhood budget (<i>buurtbudget</i>). It never rounds silently: an amount that is not a whole number of
 * cents is refused ({@code money.too-precise}), and the only rounding is where a {@link RoundingMode} is passed
 * explicitly ({@link #percentage}). Amounts are bounded: the absolute value must be below 10<sup>13</sup> euros
 * ({@code money.out-of-range}), also for the result of arithmetic.
 *
 * <p>The plain form ({@link #toString()}, {@link #parse}, JSON) is {@code 1234.56}: an optional minus, digits, a dot,
 * always two decimals on output. {@link #format(Locale)} gives the form for people: {@code € 1.234,56} in Dutch and
 * {@code €1,234.56} in English.
 *
 * @param amount the amount in euros; always held with scale 2 (a value such as {@code 1.5} or {@code 1.230} is
 *               stored as {@code 1.50} resp. {@code 1.23}, which is exact)
 */
@API(status = API.Status.STABLE)
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Amounts must be strictly below this many euros, either way. */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");

    /** Nothing: € 0,00. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        InvalidValueException.requireNonNull(amount, "amount");
        // Never amount.toPlainString() here: for 1e2147483647 that is two billion digits (Decimals.shortString is not).
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidValueException("money.out-of-range", Decimals.shortString(amount));
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("money.too-precise", Decimals.shortString(amount));
        }
        // What is left is a zero written with an absurd exponent, such as 0e-2147483647.
        Decimals.requireWithinLimits(amount, "amount");
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The amount of the given number of euros, exact to the cent; see the class for what is refused. */
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** The amount written in the plain form {@code 1234.56}; the same as {@link #parse}. */
    public static Money of(String text) {
        return parse(text);
    }

    /**
     * Parses the plain form: an optional {@code -}, digits, and optionally a dot with decimals, e.g.
     * {@code 1234.56}, {@code -0.5} or {@code 12}. No grouping, no currency sign, no comma.
     *
     * @throws InvalidValueException {@code money.invalid} for another form, {@code money.too-precise} when the text
     *                               is not a whole number of cents, {@code money.out-of-range} when too large
     */
    public static Money parse(String text) {
        InvalidValueException.requireNonNull(text, "money");
        if (!PLAIN.matcher(text).matches()) {
            throw new InvalidValueException("money.invalid", text);
        }
        return new Money(new BigDecimal(text));
    }

    /** The amount of the given number of cents, e.g. {@code ofCents(123456)} is € 1.234,56. */
    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** The amount of the given number of whole euros. */
    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    /** This amount in cents. */
    public long cents() {
        // The amount always has scale 2: moving the point keeps BigDecimal's compact long, where unscaledValue()
        // would build a BigInteger on every call (budget monitoring calls this millions of times).
        return amount.movePointRight(2).longValueExact();
    }

    /** The sum; exact. */
    public Money plus(Money other) {
        Objects.requireNonNull(other, "other");
        return new Money(amount.add(other.amount));
    }

    /** The difference; exact. */
    public Money minus(Money other) {
        Objects.requireNonNull(other, "other");
        return new Money(amount.subtract(other.amount));
    }

    /** This amount multiplied by a whole number; exact. */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /** The amount with the opposite sign. */
    public Money negate() {
        return new Money(amount.negate());
    }

    /** Whether this amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether this amount is above zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Whether this amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * The given percentage of this amount, rounded to the cent with the given rule: {@code percentage(new
     * BigDecimal("21"), RoundingMode.HALF_EVEN)} for 21 %.
     *
     * @param percent  the percentage, e.g. {@code 12.5}
     * @param rounding how to round to the cent; {@link RoundingMode#UNNECESSARY} refuses any rounding
     * @throws InvalidValueException {@code money.too-precise} when {@code rounding} is {@code UNNECESSARY} and the
     *                               result is not a whole number of cents; {@code number.out-of-range} when the
     *                               percentage lies outside the {@link Decimals} limits
     */
    public Money percentage(BigDecimal percent, RoundingMode rounding) {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(rounding, "rounding");
        Decimals.requireWithinLimits(percent, "percent");
        BigDecimal exact = amount.multiply(percent).movePointLeft(2);
        try {
            return new Money(exact.setScale(2, rounding));
        } catch (ArithmeticException e) {
            throw new InvalidValueException("money.too-precise", Decimals.shortString(exact));
        }
    }

    /**
     * Splits this amount into {@code parts} amounts that differ by at most one cent and add up to exactly this
     * amount, the larger ones first: € 1,00 in 3 is € 0,34 + € 0,33 + € 0,33.
     *
     * @throws IllegalArgumentException when {@code parts} is below 1
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, was " + parts);
        }
        long cents = cents();
        long share = cents / parts;
        long rest = Math.abs(cents % parts);
        long step = Long.signum(cents);
        List<Money> out = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            out.add(ofCents(i < rest ? share + step : share));
        }
        return List.copyOf(out);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Formats in Dutch: {@code € 1.234,56}, {@code € -1.234,56}. */
    public String format() {
        return format(Locale.forLanguageTag("nl"));
    }

    /**
     * Formats for people. English (any locale with language {@code en}): {@code €1,234.56} and {@code -€1,234.56}.
     * Dutch (every other locale, the library's default): {@code € 1.234,56} and {@code € -1.234,56}. The space is an
     * ordinary space; always two decimals.
     */
    public String format(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String digits = amount.abs().toPlainString();
        int dot = digits.indexOf('.');
        String whole = digits.substring(0, dot);
        String cents = digits.substring(dot + 1);
        char group = english ? ',' : '.';
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(group);
            }
            grouped.append(whole.charAt(i));
        }
        String number = grouped + (english ? "." : ",") + cents;
        String minus = isNegative() ? "-" : "";
        return english ? minus + "€" + number : "€ " + minus + number;
    }

    /** The plain form, e.g. {@code 1234.56} or {@code -0.50}: the JSON form, read back by {@link #parse}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
