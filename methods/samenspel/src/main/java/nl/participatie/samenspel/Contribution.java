package nl.participatie.samenspel;

import nl.participatie.core.value.PersonId;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * What a participant brought in (<i>inbreng</i>): an idea, a concern or advice. The text a resident wrote is
 * personal data and stays out of the events: the contribution holds a reference to where the vendor keeps it.
 *
 * @param id        its number in the trajectory, from 1
 * @param phase     the phase's code
 * @param person    who brought it in
 * @param group     the group they took part for
 * @param kind      idea, concern or advice
 * @param topic     the decision topic it is about; empty when none
 * @param reference where its text is kept, e.g. a document id in the vendor's system
 */
@API(status = API.Status.EXPERIMENTAL)
public record Contribution(int id, String phase, PersonId person, StakeholderGroup group, ContributionKind kind, String topic, String reference) {
    public Contribution {
        Checks.notNegative(id, "id");
        Checks.code(phase, "phase");
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(group, "group");
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(topic, "topic");
        InvalidValueException.requireNonNull(reference, "reference");
    }
}
