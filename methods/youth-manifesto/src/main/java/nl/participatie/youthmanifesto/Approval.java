package nl.participatie.youthmanifesto;

import java.time.Instant;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The group's approval of its manifesto (<i>vaststelling</i>): which version of the text, how many voted for and
 * against, of how many participants. The manifesto is signed with it.
 *
 * @param version      the version of the draft approved
 * @param inFavour     participants who voted for
 * @param against      participants who voted against
 * @param participants the participants of the group at that moment
 * @param at           when
 */
@API(status = API.Status.EXPERIMENTAL)
public record Approval(int version, int inFavour, int against, int participants, Instant at) {

    public Approval {
        Checks.positive(version, "version");
        Checks.notNegative(inFavour, "inFavour");
        Checks.notNegative(against, "against");
        Checks.notNegative(participants, "participants");
        InvalidValueException.requireNonNull(at, "at");
    }
}
