package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * Someone who walked along (<i>deelnemer aan de schouw</i>), by reference, and in which group: resident, entrepreneur,
 * professional or the municipality. Who was invited is an {@link Invitation}; who came is this.
 *
 * @param person who walked
 * @param group  as what
 */
@API(status = API.Status.EXPERIMENTAL)
public record Attendance(PersonId person, Invitation.Kind group) {

    public Attendance {
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(group, "group");
    }
}
