package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The CBS code of a neighbourhood (<i>buurtcode</i>): {@code BU}, the six characters of its district and two
 * characters for the neighbourhood within it, e.g. {@code BU03630102}. The district and neighbourhood parts are in
 * principle numeric but may hold upper-case letters when a municipality has 100 districts or a district 100
 * neighbourhoods or more, so {@code [0-9A-Z]} is accepted there (CBS, <i>Toelichting Wijk- en Buurtkaart</i>). The
 * prefix says which district and municipality the neighbourhood lies in.
 *
 * <p>The format is checked, not whether the neighbourhood exists; boundaries change yearly.
 *
 * @param value the canonical form: {@code BU}, four digits, four of {@code [0-9A-Z]}
 */
@API(status = API.Status.STABLE)
public record NeighbourhoodCode(String value) {

    private static final Pattern CANONICAL = Pattern.compile("BU[0-9]{4}[0-9A-Z]{4}");
    private static final Pattern LENIENT = Pattern.compile("BU[0-9]{4}[0-9A-Z]{4}", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile("[0-9A-Z]{2}");

    public NeighbourhoodCode {
        InvalidValueException.requireNonNull(value, "neighbourhoodCode");
        if (!CANONICAL.matcher(value).matches()) {
            throw new InvalidValueException("neighbourhoodCode.invalid", value);
        }
    }

    /**
     * Parses a neighbourhood code; surrounding white space and lower case are accepted ({@code "bu0363a1b2"} is
     * {@code BU0363A1B2}).
     *
     * @throws InvalidValueException {@code neighbourhoodCode.invalid} when it is not of the form {@code BU} + 4
     *                               digits + 4 of {@code [0-9A-Z]}
     */
    public static NeighbourhoodCode parse(String text) {
        InvalidValueException.requireNonNull(text, "neighbourhoodCode");
        String s = text.strip();
        if (!LENIENT.matcher(s).matches()) {
            throw new InvalidValueException("neighbourhoodCode.invalid", text);
        }
        return new NeighbourhoodCode(s.toUpperCase(Locale.ROOT));
    }

    /**
     * The neighbourhood with the given two-character part in a district: {@code of(WK036301, "02")} is
     * {@code BU03630102}.
     */
    public static NeighbourhoodCode of(DistrictCode district, String neighbourhoodPart) {
        InvalidValueException.requireNonNull(district, "district");
        InvalidValueException.requireNonNull(neighbourhoodPart, "neighbourhoodPart");
        String code = "BU" + district.value().substring(2) + neighbourhoodPart;
        if (!PART.matcher(neighbourhoodPart).matches()) {
            throw new InvalidValueException("neighbourhoodCode.invalid", code);
        }
        return new NeighbourhoodCode(code);
    }

    /** The district the neighbourhood lies in: {@code BU03630102} lies in {@code WK036301}. */
    public DistrictCode district() {
        return new DistrictCode("WK" + value.substring(2, 8));
    }

    /** The municipality the neighbourhood lies in: {@code BU03630102} lies in {@code GM0363}. */
    public MunicipalityCode municipality() {
        return new MunicipalityCode("GM" + value.substring(2, 6));
    }

    /** The two characters of the neighbourhood within its district, e.g. {@code 02}. */
    public String neighbourhoodPart() {
        return value.substring(8);
    }

    /** Whether the neighbourhood lies in the given district. */
    public boolean isIn(DistrictCode district) {
        return district != null && value.regionMatches(2, district.value(), 2, 6);
    }

    /** Whether the neighbourhood lies in the given municipality. */
    public boolean isIn(MunicipalityCode municipality) {
        return municipality != null && value.regionMatches(2, municipality.value(), 2, 4);
    }

    /** The canonical form, e.g. {@code BU03630102}. */
    @Override
    public String toString() {
        return value;
    }
}
