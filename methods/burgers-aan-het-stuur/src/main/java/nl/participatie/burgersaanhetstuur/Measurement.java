package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;

/**
 * One measurement of an indicator (<i>meting</i>), step 6 of the method: the value, when it was measured and where it
 * comes from.
 *
 * @param indicator  the indicator measured
 * @param value      the value, in the indicator's unit
 * @param measuredOn when it was measured
 * @param source     where the value comes from, e.g. "telling werkgroep" or "bewonersenquête"; erasable
 */
@API(status = API.Status.EXPERIMENTAL)
public record Measurement(int indicator, BigDecimal value, LocalDate measuredOn, Erasable<String> source) {

    public Measurement {
        Checks.positive(indicator, "indicator");
        InvalidValueException.requireNonNull(value, "value");
        InvalidValueException.requireNonNull(measuredOn, "measuredOn");
        InvalidValueException.requireNonNull(source, "source");
    }
}
