package nl.participatie.samenspel;

import nl.participatie.core.value.PersonId;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A person taking part in a phase for a stakeholder group (<i>deelnemer</i>); only participants of a phase
 * contribute to it. An opaque id: names and contacts live in the vendor's personal-data store.
 *
 * @param phase  the phase's code
 * @param person the person
 * @param group  the group they take part for
 */
@API(status = API.Status.EXPERIMENTAL)
public record Participant(String phase, PersonId person, StakeholderGroup group) {
    public Participant {
        Checks.code(phase, "phase");
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(group, "group");
    }
}
