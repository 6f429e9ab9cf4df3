package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * An invitation to take part in the walk (<i>uitnodiging</i>): a person, by reference, and what they bring to it.
 *
 * @param person who is invited
 * @param kind   as what: resident, entrepreneur, professional or the municipality
 */
@API(status = API.Status.EXPERIMENTAL)
public record Invitation(PersonId person, Kind kind) {

    /** As what someone takes part (<i>deelnemer als</i>). */
    public enum Kind {
        /** A resident (<i>bewoner</i>). */
        RESIDENT,
        /** A local entrepreneur (<i>ondernemer</i>). */
        ENTREPRENEUR,
        /** A professional: welfare worker, housing corporation, police (<i>professional</i>). */
        PROFESSIONAL,
        /** Someone of the municipality (<i>gemeente</i>). */
        MUNICIPALITY
    }

    public Invitation {
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(kind, "kind");
    }

    /** An invitation of a person as the given kind of participant. */
    public static Invitation of(PersonId person, Kind kind) {
        return new Invitation(person, kind);
    }
}
