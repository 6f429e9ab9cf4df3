package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The part of a budget line that goes to one area (<i>gebiedsaandeel</i>), as a percentage.
 *
 * @param area    the area
 * @param percent its percentage of the line, 0 to 100, at most four decimals
 */
@API(status = API.Status.EXPERIMENTAL)
public record AreaShare(AreaCode area, BigDecimal percent) {

    public AreaShare {
        InvalidValueException.requireNonNull(area, "area");
        InvalidValueException.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.stripTrailingZeros().scale() > 4) {
            throw ValueRejection.SHARES_INVALID.exception(percent);
        }
    }

    /** A share written {@code "33.3333"}. */
    public static AreaShare of(String area, String percent) {
        return new AreaShare(AreaCode.of(area), new BigDecimal(percent));
    }
}
