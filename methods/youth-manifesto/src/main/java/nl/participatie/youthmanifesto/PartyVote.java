package nl.participatie.youthmanifesto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * How a party voted on a motie or amendement (<i>stemming per fractie</i>): its seats for and against, so a split
 * vote is recorded as it happened.
 *
 * @param party        the party
 * @param seatsFor     its members who voted for
 * @param seatsAgainst its members who voted against
 */
@API(status = API.Status.EXPERIMENTAL)
public record PartyVote(@NotNull Party party, @Min(0) @Max(100) int seatsFor, @Min(0) @Max(100) int seatsAgainst) {

    public PartyVote {
        InvalidValueException.requireNonNull(party, "party");
        Checks.between(seatsFor, 0, 100, "seatsFor");
        Checks.between(seatsAgainst, 0, 100, "seatsAgainst");
    }

    /** A party that voted for with all its seats. */
    public static PartyVote inFavour(Party party, int seats) {
        return new PartyVote(party, seats, 0);
    }

    /** A party that voted against with all its seats. */
    public static PartyVote against(Party party, int seats) {
        return new PartyVote(party, 0, seats);
    }

    /** Whether most of its members voted for. */
    public boolean supports() {
        return seatsFor > seatsAgainst;
    }

    /** Whether most of its members voted against. */
    public boolean opposes() {
        return seatsAgainst > seatsFor;
    }
}
