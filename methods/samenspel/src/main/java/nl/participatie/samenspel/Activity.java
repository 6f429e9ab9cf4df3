package nl.participatie.samenspel;

import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A planned activity of a phase (<i>activiteit</i>): a workshop, dialogue, survey, walk or council session, for some
 * stakeholder groups, on a planned date.
 *
 * @param code   its code within the design, e.g. {@code kick-off}
 * @param kind   what kind of activity
 * @param title  its name in Dutch and English
 * @param groups the groups it is for, at least one for a valid design
 * @param date   the planned date; within its phase for a valid design
 */
@API(status = API.Status.EXPERIMENTAL)
public record Activity(String code, ActivityKind kind, LocalizedText title, List<StakeholderGroup> groups, LocalDate date) {
    public Activity {
        Checks.code(code, "code");
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(title, "title");
        groups = Checks.list(groups, "groups");
        InvalidValueException.requireNonNull(date, "date");
    }
}
