package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch postcode (<i>postcode</i>): four digits, the first not 0, and two letters, written {@code 1234 AB}. The
 * letter pairs {@code SA}, {@code SD} and {@code SS} are never used and are refused. Only the format is checked: a
 * valid postcode need not exist (that needs the BAG address register).
 *
 * <p>{@link #parse} accepts what people type: lower case, no space, one space or a hyphen between digits and
 * letters, and an {@code NL-}, {@code NL } or {@code NL} prefix ({@code nl-1234ab}); {@link #toString()} always
 * gives the canonical form {@code 1234 AB}.
 *
 * @param digits  the number, 1000 to 9999
 * @param letters the two upper-case letters, not {@code SA}, {@code SD} or {@code SS}
 */
@API(status = API.Status.STABLE)
public record Postcode(int digits, String letters) {

    private static final Pattern INPUT =
            Pattern.compile("(?:NL[ -]?)?([1-9][0-9]{3})[ -]?([A-Z]{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTERS = Pattern.compile("[A-Z]{2}");
    private static final Set<String> NOT_USED = Set.of("SA", "SD", "SS");

    public Postcode {
        InvalidValueException.requireNonNull(letters, "letters");
        if (digits < 1000 || digits > 9999 || !LETTERS.matcher(letters).matches()) {
            throw new InvalidValueException("postcode.invalid", digits + " " + letters);
        }
        if (NOT_USED.contains(letters)) {
            throw new InvalidValueException("postcode.letters-not-used", digits + " " + letters, letters);
        }
    }

    /**
     * Parses a postcode as people type it, see the class.
     *
     * @throws InvalidValueException {@code postcode.invalid} when the form is wrong (including a leading 0),
     *                               {@code postcode.letters-not-used} for {@code SA}, {@code SD} or {@code SS}
     */
    public static Postcode parse(String text) {
        InvalidValueException.requireNonNull(text, "postcode");
        Matcher m = INPUT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("postcode.invalid", text);
        }
        String letters = m.group(2).toUpperCase(Locale.ROOT);
        if (NOT_USED.contains(letters)) {
            throw new InvalidValueException("postcode.letters-not-used", text, letters);
        }
        return new Postcode(Integer.parseInt(m.group(1)), letters);
    }

    /** The postcode with the given number and letters: {@code of(1234, "AB")}. */
    public static Postcode of(int digits, String letters) {
        return new Postcode(digits, letters);
    }

    /** The canonical form, {@code 1234 AB}: the JSON form, read back by {@link #parse}. */
    @Override
    public String toString() {
        return digits + " " + letters;
    }
}
