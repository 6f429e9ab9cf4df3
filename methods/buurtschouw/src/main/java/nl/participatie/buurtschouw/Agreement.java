package nl.participatie.buurtschouw;

import java.time.Instant;
import java.time.LocalDate;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * A follow-up agreement of the walk (<i>afspraak</i>): who does what by when, so the results can be followed up.
 *
 * @param number      its number in the campaign, from 1
 * @param party       who does it
 * @param what        what they do; erasable under the key of who wrote it down
 * @param dueBy       by when
 * @param madeBy      who wrote it down
 * @param completedAt when it was done; {@code null} while open
 */
@API(status = API.Status.EXPERIMENTAL)
public record Agreement(int number, Party party, Erasable<String> what, LocalDate dueBy, PersonId madeBy, Instant completedAt) {

    /** Who takes an agreement on (<i>wie</i>). */
    public enum Party {
        /** The municipality (<i>gemeente</i>). */
        MUNICIPALITY,
        /** A housing corporation (<i>woningcorporatie</i>). */
        HOUSING_CORPORATION,
        /** The neighbourhood police officer (<i>wijkagent</i>). */
        NEIGHBOURHOOD_POLICE_OFFICER,
        /** A welfare organisation (<i>welzijnsorganisatie</i>). */
        WELFARE_ORGANISATION,
        /** Residents themselves (<i>bewoners</i>). */
        RESIDENTS,
        /** Local entrepreneurs (<i>ondernemers</i>). */
        ENTREPRENEURS
    }

    public Agreement {
        if (number < 1) {
            throw new IllegalArgumentException("An agreement's number starts at 1, not " + number);
        }
        InvalidValueException.requireNonNull(party, "party");
        InvalidValueException.requireNonNull(what, "what");
        InvalidValueException.requireNonNull(dueBy, "dueBy");
        InvalidValueException.requireNonNull(madeBy, "madeBy");
    }

    /** Whether it is done. */
    public boolean isCompleted() {
        return completedAt != null;
    }

    /** Whether it is open after its due date. */
    public boolean isOverdue(LocalDate today) {
        return completedAt == null && today.isAfter(dueBy);
    }

    Agreement completed(Instant at) {
        return new Agreement(number, party, what, dueBy, madeBy, at);
    }
}
