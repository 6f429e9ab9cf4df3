package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;
import nl.participatie.core.value.DistrictCode;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;

/**
 * The area a budget line or a share of it is for (<i>gebied</i>): a CBS wijk ({@code WK036301}) or buurt
 * ({@code BU03630101}) code. Budgets are organised by programme, not by area, so a line has an area only where the
 * municipality or the residents made the mapping explicit.
 *
 * @param value the CBS code, upper case
 */
@API(status = API.Status.EXPERIMENTAL)
public record AreaCode(String value) implements Comparable<AreaCode> {

    public AreaCode {
        InvalidValueException.requireNonNull(value, "area");
        try {
            value = value.startsWith("WK") || value.startsWith("wk") ? DistrictCode.parse(value).value()
                    : NeighbourhoodCode.parse(value).value();
        } catch (InvalidValueException e) {
            throw ValueRejection.AREA_INVALID.exception(value);
        }
    }

    /** The area {@code text} names, a wijk or buurt code. */
    public static AreaCode of(String text) {
        return new AreaCode(InvalidValueException.requireNonNull(text, "area").strip());
    }

    @Override
    public int compareTo(AreaCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
