package nl.participatie.samenspel;

import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A planned activity that was held (<i>gehouden activiteit</i>), with its attendance per group.
 *
 * @param phase      the phase's code
 * @param activity   the activity's code
 * @param date       when it was held
 * @param attendance how many came per group
 */
@API(status = API.Status.EXPERIMENTAL)
public record HeldActivity(String phase, String activity, LocalDate date, List<Attendance> attendance) {
    public HeldActivity {
        Checks.code(phase, "phase");
        Checks.code(activity, "activity");
        InvalidValueException.requireNonNull(date, "date");
        attendance = Checks.list(attendance, "attendance");
    }
}
