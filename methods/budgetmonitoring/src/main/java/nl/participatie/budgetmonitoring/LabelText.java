package nl.participatie.budgetmonitoring;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;

/**
 * The keys of the labels people read for steps and social domains (<i>labels</i>): each label's Dutch and
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
    BUDGET_ROUND_STEP_CLOSED("budgetmonitoring.label.budget-round-step.closed"),
    /** {@code budgetmonitoring.label.domain.care} */
    DOMAIN_CARE("budgetmonitoring.label.domain.care"),
    /** {@code budgetmonitoring.label.domain.housing} */
    DOMAIN_HOUSING("budgetmonitoring.label.domain.housing"),
    /** {@code budgetmonitoring.label.domain.participation} */
    DOMAIN_PARTICIPATION("budgetmonitoring.label.domain.participation"),
    /** {@code budgetmonitoring.label.domain.poverty} */
    DOMAIN_POVERTY("budgetmonitoring.label.domain.poverty"),
    /** {@code budgetmonitoring.label.domain.safety} */
    DOMAIN_SAFETY("budgetmonitoring.label.domain.safety"),
    /** {@code budgetmonitoring.label.domain.work-and-income} */
    DOMAIN_WORK_AND_INCOME("budgetmonitoring.label.domain.work-and-income"),
    /** {@code budgetmonitoring.label.domain.youth} */
    DOMAIN_YOUTH("budgetmonitoring.label.domain.youth"),
    /** {@code budgetmonitoring.label.domain.other} */
    DOMAIN_OTHER("budgetmonitoring.label.domain.other");

    private final String code;

    LabelText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The name of a social domain in one language: the label of a shipped domain, the code of a municipality's own. */
    static String domain(SocialDomain domain, Locale locale) {
        String key = "budgetmonitoring.label.domain." + domain.code();
        for (LabelText label : values()) {
            if (label.code.equals(key)) {
                return Catalogue.text(locale, key);
            }
        }
        return domain.code();
    }
}
