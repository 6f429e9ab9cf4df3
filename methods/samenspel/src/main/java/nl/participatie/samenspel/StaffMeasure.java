package nl.participatie.samenspel;

import java.math.BigDecimal;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A piece of evidence about what the trajectory asks of the staff (<i>wat vraagt het van de organisatie</i>): a
 * response time or a number of open promises of the municipality in another method in the same area, read through
 * {@link StaffEvidence} when the evaluation starts.
 *
 * @param method  the method it comes from, e.g. {@code buurtschouw}
 * @param measure what it measures, a code, e.g. {@code median-handling-days}
 * @param value   its value
 */
@API(status = API.Status.EXPERIMENTAL)
public record StaffMeasure(String method, String measure, BigDecimal value) {
    public StaffMeasure {
        InvalidValueException.requireNonNull(method, "method");
        InvalidValueException.requireNonNull(measure, "measure");
        InvalidValueException.requireNonNull(value, "value");
    }
}
