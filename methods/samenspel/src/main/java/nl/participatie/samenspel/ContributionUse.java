package nl.participatie.samenspel;


import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * What a decision did with one contribution (<i>verwerking van inbreng</i>): adopted, adapted or not used, with
 * the reason — the reasoned answer (<i>terugkoppeling</i>) the ADVISE rung promises.
 *
 * @param contribution the contribution's number
 * @param uptake       what was done with it
 * @param reason       why; required when it was not used
 */
@API(status = API.Status.EXPERIMENTAL)
public record ContributionUse(int contribution, Uptake uptake, String reason) {
    public ContributionUse {
        Checks.notNegative(contribution, "contribution");
        InvalidValueException.requireNonNull(uptake, "uptake");
        InvalidValueException.requireNonNull(reason, "reason");
    }
}
