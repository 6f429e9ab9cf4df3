package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;

/**
 * A young person in the group (<i>deelnemer</i>), as the events know them: an opaque id, the age band at enrolment,
 * how they were reached and their neighbourhood; what the group's representativeness is measured by.
 *
 * @param person                  the young person
 * @param ageBand                 the age band on the day of enrolment
 * @param channel                 how they were reached
 * @param neighbourhood           where they live; {@code null} when not given
 * @param reconfirmationRequested whether they were asked to re-confirm their consent on turning 16
 */
@API(status = API.Status.EXPERIMENTAL)
public record Participant(PersonId person, AgeBand ageBand, RecruitmentChannel channel, NeighbourhoodCode neighbourhood,
                          boolean reconfirmationRequested) {

    public Participant {
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(ageBand, "ageBand");
        InvalidValueException.requireNonNull(channel, "channel");
    }

    /** This participant, asked to re-confirm consent. */
    Participant withReconfirmationRequested() {
        return new Participant(person, ageBand, channel, neighbourhood, true);
    }
}
