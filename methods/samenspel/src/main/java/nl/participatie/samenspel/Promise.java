package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The rung of the participation ladder a phase promises one stakeholder group (<i>toezegging over de mate van
 * participatie</i>): what the promise check holds the municipality to.
 *
 * @param group the stakeholder group
 * @param level the promised rung
 */
@API(status = API.Status.EXPERIMENTAL)
public record Promise(StakeholderGroup group, LadderLevel level) {
    public Promise {
        InvalidValueException.requireNonNull(group, "group");
        InvalidValueException.requireNonNull(level, "level");
    }
}
