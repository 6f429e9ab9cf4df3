package nl.participatie.budgetmonitoring;

import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A BBV taakveld code (<i>taakveldcode</i>), such as {@code 6.3} or {@code 6.71a}. Codes are strings, never numbers:
 * {@code 6.60} is not {@code 6.6}, and {@code 0.10} not {@code 0.1}. Whether a code exists in a budget year is a
 * question for {@link Taakvelden}, not for this value.
 *
 * @param value the code as the BBV writes it: a main group 0 to 8, a dot, digits, optionally one lower-case letter
 */
@API(status = API.Status.EXPERIMENTAL)
public record TaakveldCode(String value) implements Comparable<TaakveldCode> {

    private static final Pattern FORMAT = Pattern.compile("[0-8]\\.[0-9]{1,3}[a-z]?");

    /** The reserve mutations (<i>mutaties reserves</i>): not spending, kept apart from every total of lasten. */
    public static final TaakveldCode RESERVES = new TaakveldCode("0.10");

    public TaakveldCode {
        InvalidValueException.requireNonNull(value, "taakveld");
        if (!FORMAT.matcher(value).matches()) {
            throw ValueRejection.TAAKVELD_INVALID.exception(value);
        }
    }

    /** The code written {@code text}; surrounding spaces are dropped, nothing else is changed. */
    public static TaakveldCode of(String text) {
        return new TaakveldCode(InvalidValueException.requireNonNull(text, "taakveld").strip());
    }

    /** The main group (<i>hoofdtaakveld</i>), {@code 0} to {@code 8}. */
    public int mainGroup() {
        return value.charAt(0) - '0';
    }

    /** Whether this is taakveld 0.10, the reserve mutations. */
    public boolean isReserves() {
        return equals(RESERVES);
    }

    @Override
    public int compareTo(TaakveldCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
