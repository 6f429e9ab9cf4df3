package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a budget round (<i>begrotingsronde</i>) refuses a command, beyond the workflow and the constraints on the
 * command: the stable rejection codes of its decider, each with its text in Dutch and English in
 * {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.STABLE)
public enum BudgetRoundRejection implements Code {
    /** {@code budgetmonitoring.not-started} */
    NOT_STARTED("budgetmonitoring.not-started"),
    /** {@code budgetmonitoring.already-started} */
    ALREADY_STARTED("budgetmonitoring.already-started"),
    /** {@code budgetmonitoring.budget-unknown} */
    BUDGET_UNKNOWN("budgetmonitoring.budget-unknown"),
    /** {@code budgetmonitoring.budget-mismatch} */
    BUDGET_MISMATCH("budgetmonitoring.budget-mismatch"),
    /** {@code budgetmonitoring.not-a-member} */
    NOT_A_MEMBER("budgetmonitoring.not-a-member"),
    /** {@code budgetmonitoring.already-a-member} */
    ALREADY_A_MEMBER("budgetmonitoring.already-a-member"),
    /** {@code budgetmonitoring.already-voted} */
    ALREADY_VOTED("budgetmonitoring.already-voted"),
    /** {@code budgetmonitoring.vote-not-own} */
    VOTE_NOT_OWN("budgetmonitoring.vote-not-own"),
    /** {@code budgetmonitoring.too-many-domains} */
    TOO_MANY_DOMAINS("budgetmonitoring.too-many-domains"),
    /** {@code budgetmonitoring.domain-unknown} */
    DOMAIN_UNKNOWN("budgetmonitoring.domain-unknown"),
    /** {@code budgetmonitoring.wrong-decision-mode} */
    WRONG_DECISION_MODE("budgetmonitoring.wrong-decision-mode"),
    /** {@code budgetmonitoring.no-votes} */
    NO_VOTES("budgetmonitoring.no-votes"),
    /** {@code budgetmonitoring.programme-unknown} */
    PROGRAMME_UNKNOWN("budgetmonitoring.programme-unknown"),
    /** {@code budgetmonitoring.programme-outside-domains} */
    PROGRAMME_OUTSIDE_DOMAINS("budgetmonitoring.programme-outside-domains"),
    /** {@code budgetmonitoring.programme-not-selected} */
    PROGRAMME_NOT_SELECTED("budgetmonitoring.programme-not-selected"),
    /** {@code budgetmonitoring.line-unknown} */
    LINE_UNKNOWN("budgetmonitoring.line-unknown"),
    /** {@code budgetmonitoring.line-not-selected} */
    LINE_NOT_SELECTED("budgetmonitoring.line-not-selected"),
    /** {@code budgetmonitoring.shares-not-100} */
    SHARES_NOT_100("budgetmonitoring.shares-not-100"),
    /** {@code budgetmonitoring.responses-exceed-invited} */
    RESPONSES_EXCEED_INVITED("budgetmonitoring.responses-exceed-invited"),
    /** {@code budgetmonitoring.analysis-incomplete} */
    ANALYSIS_INCOMPLETE("budgetmonitoring.analysis-incomplete"),
    /** {@code budgetmonitoring.no-survey} */
    NO_SURVEY("budgetmonitoring.no-survey"),
    /** {@code budgetmonitoring.reserve-line} */
    RESERVE_LINE("budgetmonitoring.reserve-line"),
    /** {@code budgetmonitoring.same-line} */
    SAME_LINE("budgetmonitoring.same-line"),
    /** {@code budgetmonitoring.finding-unknown} */
    FINDING_UNKNOWN("budgetmonitoring.finding-unknown"),
    /** {@code budgetmonitoring.amount-not-positive} */
    AMOUNT_NOT_POSITIVE("budgetmonitoring.amount-not-positive"),
    /** {@code budgetmonitoring.exceeds-line} */
    EXCEEDS_LINE("budgetmonitoring.exceeds-line"),
    /** {@code budgetmonitoring.reallocation-unknown} */
    REALLOCATION_UNKNOWN("budgetmonitoring.reallocation-unknown"),
    /** {@code budgetmonitoring.no-reallocations} */
    NO_REALLOCATIONS("budgetmonitoring.no-reallocations"),
    /** {@code budgetmonitoring.total-change-mismatch} */
    TOTAL_CHANGE_MISMATCH("budgetmonitoring.total-change-mismatch"),
    /** {@code budgetmonitoring.verdict-missing} */
    VERDICT_MISSING("budgetmonitoring.verdict-missing"),
    /** {@code budgetmonitoring.verdict-twice} */
    VERDICT_TWICE("budgetmonitoring.verdict-twice"),
    /** {@code budgetmonitoring.adopted-amount-invalid} */
    ADOPTED_AMOUNT_INVALID("budgetmonitoring.adopted-amount-invalid"),
    /** {@code budgetmonitoring.realisation-unknown} */
    REALISATION_UNKNOWN("budgetmonitoring.realisation-unknown"),
    /** {@code budgetmonitoring.realisation-mismatch} */
    REALISATION_MISMATCH("budgetmonitoring.realisation-mismatch"),
    /** {@code budgetmonitoring.no-realisation} */
    NO_REALISATION("budgetmonitoring.no-realisation");

    private final String code;

    BudgetRoundRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
