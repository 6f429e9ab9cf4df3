package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The keys of the labels people read for steps, kinds, statuses and themes (<i>labels</i>): each label's Dutch and
 * English text is in {@code ParticipatieMessages*.properties}, read through the catalogue.
 */
@API(status = API.Status.INTERNAL)
public enum LabelText implements Code {
    /** {@code budgetmonitoring.label.budget-round-step.new} */
    BUDGET_ROUND_STEP_NEW("budgetmonitoring.label.budget-round-step.new"),
    /** {@code budgetmonitoring.label.budget-round-step.choose-domains} */
    BUDGET_ROUND_STEP_CHOOSE_DOMAINS("budgetmonitoring.label.budget-round-step.choose-domains"),
    /** {@code budgetmonitoring.label.budget-round-step.choose-programmes} */
    BUDGET_ROUND_STEP_CHOOSE_PROGRAMMES("budgetmonitoring.label.budget-round-step.choose-programmes"),
    /** {@code budgetmonitoring.label.budget-round-step.analyse} */
    BUDGET_ROUND_STEP_ANALYSE("budgetmonitoring.label.budget-round-step.analyse"),
    /** {@code budgetmonitoring.label.budget-round-step.alternative-budget} */
    BUDGET_ROUND_STEP_ALTERNATIVE_BUDGET("budgetmonitoring.label.budget-round-step.alternative-budget"),
    /** {@code budgetmonitoring.label.budget-round-step.proposal-to-the-council} */
    BUDGET_ROUND_STEP_PROPOSAL_TO_THE_COUNCIL("budgetmonitoring.label.budget-round-step.proposal-to-the-council"),
    /** {@code budgetmonitoring.label.budget-round-step.council-decision} */
    BUDGET_ROUND_STEP_COUNCIL_DECISION("budgetmonitoring.label.budget-round-step.council-decision"),
    /** {@code budgetmonitoring.label.budget-round-step.monitoring} */
    BUDGET_ROUND_STEP_MONITORING("budgetmonitoring.label.budget-round-step.monitoring"),
    /** {@code budgetmonitoring.label.budget-round-step.closed} */
    BUDGET_ROUND_STEP_CLOSED("budgetmonitoring.label.budget-round-step.closed");

    private final String code;

    LabelText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
