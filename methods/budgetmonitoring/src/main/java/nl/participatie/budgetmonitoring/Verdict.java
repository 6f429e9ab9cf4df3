package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * The council's decision on one reallocation (<i>besluit per verschuiving</i>).
 *
 * @param reallocation the reallocation's number
 * @param outcome      adopted, adopted with another amount, or rejected
 * @param amount       the adopted amount: the proposed one when adopted, another when amended, zero when rejected
 * @param reason       the council's reason, as the griffie records it
 * @param amendment    the id of the amendment it went through, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL)
public record Verdict(int reallocation, Outcome outcome, Money amount, String reason, String amendment) {

    /** What the council did with a reallocation. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Outcome {
        /** Adopted as proposed (<i>aangenomen</i>). */
        ADOPTED,
        /** Adopted with another amount (<i>geamendeerd aangenomen</i>). */
        ADOPTED_AMENDED,
        /** Rejected (<i>verworpen</i>). */
        REJECTED
    }

    public Verdict {
        InvalidValueException.requireNonNull(outcome, "outcome");
        InvalidValueException.requireNonNull(amount, "amount");
        InvalidValueException.requireNonNull(reason, "reason");
    }
}
