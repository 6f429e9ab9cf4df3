package nl.participatie.samenspel;


import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * How many people of a stakeholder group came to an activity (<i>opkomst</i>).
 *
 * @param group the group
 * @param count how many came
 */
@API(status = API.Status.EXPERIMENTAL)
public record Attendance(StakeholderGroup group, int count) {
    public Attendance {
        InvalidValueException.requireNonNull(group, "group");
        Checks.notNegative(count, "count");
    }
}
