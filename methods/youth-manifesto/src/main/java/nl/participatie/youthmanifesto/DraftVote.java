package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * A participant's vote on a version of the draft manifesto (<i>stem over de tekst</i>). A change to the text makes a
 * new version, on which everyone votes again.
 *
 * @param voter    the participant
 * @param version  the version voted on
 * @param inFavour for or against
 */
@API(status = API.Status.EXPERIMENTAL)
public record DraftVote(PersonId voter, int version, boolean inFavour) {

    public DraftVote {
        InvalidValueException.requireNonNull(voter, "voter");
        Checks.positive(version, "version");
    }
}
