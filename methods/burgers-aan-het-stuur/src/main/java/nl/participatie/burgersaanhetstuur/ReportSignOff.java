package nl.participatie.burgersaanhetstuur;

import java.time.Instant;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The sign-off of one cycle's accountability report (<i>vaststelling van de verantwoording</i>): accepted by the
 * initiative, then acknowledged by the municipality.
 *
 * @param cycle          the cycle the report covers
 * @param acceptedAt     when the initiative accepted it
 * @param acknowledgedAt when the municipality acknowledged it; {@code null} until then
 */
@API(status = API.Status.EXPERIMENTAL)
public record ReportSignOff(int cycle, Instant acceptedAt, Instant acknowledgedAt) {

    public ReportSignOff {
        Checks.positive(cycle, "cycle");
        InvalidValueException.requireNonNull(acceptedAt, "acceptedAt");
    }

    /** Whether the municipality acknowledged the report. */
    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
