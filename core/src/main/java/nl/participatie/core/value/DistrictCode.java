package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The CBS code of a district (<i>wijkcode</i>): {@code WK}, the four digits of its municipality and two characters
 * for the district within it, e.g. {@code WK036301}. The district part is in principle numeric but may hold
 * upper-case letters when a municipality has 100 districts or more, so {@code [0-9A-Z]} is accepted there (CBS,
 * <i>Toelichting Wijk- en Buurtkaart</i>). The prefix says which municipality the district lies in.
 *
 * <p>The format is checked, not whether the district exists; boundaries change yearly.
 *
 * @param value the canonical form: {@code WK}, four digits, two of {@code [0-9A-Z]}
 */
@API(status = API.Status.STABLE)
public record DistrictCode(String value) {

    private static final Pattern CANONICAL = Pattern.compile("WK[0-9]{4}[0-9A-Z]{2}");
    private static final Pattern LENIENT = Pattern.compile("WK[0-9]{4}[0-9A-Z]{2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile("[0-9A-Z]{2}");

    public DistrictCode {
        InvalidValueException.requireNonNull(value, "districtCode");
        if (!CANONICAL.matcher(value).matches()) {
            throw new InvalidValueException("districtCode.invalid", value);
        }
    }

    /**
     * Parses a district code; surrounding white space and lower case are accepted ({@code "wk0363a1"} is
     * {@code WK0363A1}).
     *
     * @throws InvalidValueException {@code districtCode.invalid} when it is not of the form {@code WK} + 4 digits +
     *                               2 of {@code [0-9A-Z]}
     */
    public static DistrictCode parse(String text) {
        InvalidValueException.requireNonNull(text, "districtCode");
        String s = text.strip();
        if (!LENIENT.matcher(s).matches()) {
            throw new InvalidValueException("districtCode.invalid", text);
        }
        return new DistrictCode(s.toUpperCase(Locale.ROOT));
    }

    /** The district with the given two-character part in a municipality: {@code of(GM0363, "01")} is {@code WK036301}. */
    public static DistrictCode of(MunicipalityCode municipality, String districtPart) {
        InvalidValueException.requireNonNull(municipality, "municipality");
        InvalidValueException.requireNonNull(districtPart, "districtPart");
        if (!PART.matcher(districtPart).matches()) {
            throw new InvalidValueException("districtCode.invalid", "WK" + municipality.digits() + districtPart);
        }
        return new DistrictCode("WK" + municipality.digits() + districtPart);
    }

    /** The municipality the district lies in: {@code WK036301} lies in {@code GM0363}. */
    public MunicipalityCode municipality() {
        return new MunicipalityCode("GM" + value.substring(2, 6));
    }

    /** The two characters of the district within its municipality, e.g. {@code 01}. */
    public String districtPart() {
        return value.substring(6);
    }

    /** Whether the district lies in the given municipality. */
    public boolean isIn(MunicipalityCode municipality) {
        return municipality != null && value.regionMatches(2, municipality.value(), 2, 4);
    }

    /** The canonical form, e.g. {@code WK036301}. */
    @Override
    public String toString() {
        return value;
    }
}
