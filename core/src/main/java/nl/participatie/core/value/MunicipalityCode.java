package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The CBS code of a municipality (<i>gemeentecode</i>): {@code GM} and four digits, e.g. {@code GM0363} for
 * Amsterdam. The code of a municipality changes when its name changes, for example after a merger
 * (<i>gemeentelijke herindeling</i>): match on codes, never on names. Districts and neighbourhoods carry this code in
 * theirs, see {@link DistrictCode} and {@link NeighbourhoodCode}.
 *
 * <p>The format is checked, not whether the municipality exists (that needs the CBS list of the year).
 *
 * @param value the canonical form: {@code GM} and four digits
 */
@API(status = API.Status.STABLE)
public record MunicipalityCode(String value) {

    private static final Pattern CANONICAL = Pattern.compile("GM[0-9]{4}");
    private static final Pattern LENIENT = Pattern.compile("GM[0-9]{4}", Pattern.CASE_INSENSITIVE);

    public MunicipalityCode {
        InvalidValueException.requireNonNull(value, "municipalityCode");
        if (!CANONICAL.matcher(value).matches()) {
            throw new InvalidValueException("municipalityCode.invalid", value);
        }
    }

    /**
     * Parses a municipality code; surrounding white space and lower case are accepted ({@code " gm0363"}).
     *
     * @throws InvalidValueException {@code municipalityCode.invalid} when it is not {@code GM} and four digits
     */
    public static MunicipalityCode parse(String text) {
        InvalidValueException.requireNonNull(text, "municipalityCode");
        String s = text.strip();
        if (!LENIENT.matcher(s).matches()) {
            throw new InvalidValueException("municipalityCode.invalid", text);
        }
        return new MunicipalityCode(s.toUpperCase(Locale.ROOT));
    }

    /** The code of the municipality with the given CBS number, e.g. {@code of(363)} is {@code GM0363}. */
    public static MunicipalityCode of(int number) {
        if (number < 0 || number > 9999) {
            throw new InvalidValueException("municipalityCode.invalid", number);
        }
        return new MunicipalityCode(String.format(Locale.ROOT, "GM%04d", number));
    }

    /** The four digits, e.g. {@code 0363}. */
    public String digits() {
        return value.substring(2);
    }

    /** The CBS number, e.g. {@code 363}. */
    public int number() {
        return Integer.parseInt(value, 2, 6, 10);
    }

    /** The canonical form, e.g. {@code GM0363}. */
    @Override
    public String toString() {
        return value;
    }
}
