package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A quality assessment of one theme at one place (<i>beoordeling beeldkwaliteit</i>): the level a resident observed
 * and the level the municipality aims for there.
 *
 * @param theme    the theme assessed, e.g. {@link Theme#LITTER}
 * @param observed the level seen
 * @param target   the level the municipality aims for
 */
@API(status = API.Status.EXPERIMENTAL)
public record QualityScore(Theme theme, QualityLevel observed, QualityLevel target) {

    public QualityScore {
        InvalidValueException.requireNonNull(theme, "theme");
        InvalidValueException.requireNonNull(observed, "observed");
        InvalidValueException.requireNonNull(target, "target");
    }

    /** Whether the observed level reaches the target. */
    public boolean meetsTarget() {
        return observed.isAtLeast(target);
    }
}
