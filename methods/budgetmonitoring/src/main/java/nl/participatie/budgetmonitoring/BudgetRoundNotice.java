package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * What a budget round tells people (<i>melding</i>): the stable codes of its notifications, each with its text in
 * Dutch and English in {@code ParticipatieMessages*.properties}. The vendor delivers them.
 */
@API(status = API.Status.STABLE)
public enum BudgetRoundNotice implements Code {
    /** {@code budgetmonitoring.proposal-presented}: to every griffie member, when residents present their budget. */
    PROPOSAL_PRESENTED("budgetmonitoring.proposal-presented"),
    /** {@code budgetmonitoring.council-decided}: to every resident, when the griffie records the council's decision. */
    COUNCIL_DECIDED("budgetmonitoring.council-decided"),
    /** {@code budgetmonitoring.deviations-flagged}: to every resident, when realisation shows flagged deviations. */
    DEVIATIONS_FLAGGED("budgetmonitoring.deviations-flagged");

    private final String code;

    BudgetRoundNotice(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
