package nl.participatie.samenspel;

import java.time.Instant;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The evaluation of a trajectory (<i>evaluatie</i>): its outcomes, the lessons, and the brochure's question — what
 * changed in the organisation's attitude and way of working.
 *
 * @param outcomes           what it brought
 * @param lessons            what was learnt
 * @param organisationChange what changed in the organisation's attitude and way of working
 * @param at                 when
 */
@API(status = API.Status.EXPERIMENTAL)
public record Evaluation(String outcomes, String lessons, String organisationChange, Instant at) {
    public Evaluation {
        InvalidValueException.requireNonNull(outcomes, "outcomes");
        InvalidValueException.requireNonNull(lessons, "lessons");
        InvalidValueException.requireNonNull(organisationChange, "organisationChange");
        InvalidValueException.requireNonNull(at, "at");
    }
}
