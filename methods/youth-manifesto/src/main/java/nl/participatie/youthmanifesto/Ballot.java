package nl.participatie.youthmanifesto;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * One participant's vote on the topics (<i>stembiljet</i>), cast in the app or on paper at a meeting and then entered by
 * the facilitator; counted the same either way, and each participant votes once either way.
 *
 * @param voter   the participant
 * @param choices the topic numbers: for dot voting one entry per dot ({@code [2, 2, 5]} is two dots on topic 2 and one
 *                on topic 5); for ranking the topics in order of preference, each once
 * @param onPaper whether it was cast on paper and entered by the facilitator
 */
@API(status = API.Status.EXPERIMENTAL)
public record Ballot(PersonId voter, List<Integer> choices, boolean onPaper) {

    public Ballot {
        InvalidValueException.requireNonNull(voter, "voter");
        choices = List.copyOf(InvalidValueException.requireNonNull(choices, "choices"));
    }
}
