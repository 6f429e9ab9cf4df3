package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * Where a budget round stands (<i>stap</i>): the brochure's six steps as workflow, then monitoring and closing.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum BudgetRoundStep {
    /** Not started yet: the state of a round without events. */
    NEW,
    /** 1. Residents choose the social domains to work on (<i>domeinkeuze</i>). */
    DOMAIN_SELECTION,
    /** 2. The relevant programmes within those domains (<i>programmakeuze</i>). */
    PROGRAMME_SELECTION,
    /** 3. Analysis of content, process and areas, and activating neighbourhood research (<i>analyse</i>). */
    ANALYSIS,
    /** 4. The alternative budget: reallocations against the municipality's budget (<i>alternatieve begroting</i>). */
    ALTERNATIVE_BUDGET,
    /** 5. Presented to the council (<i>raadsvoorstel</i>): a raadsadres or amendments. */
    COUNCIL_PROPOSAL,
    /** 6. Waiting for the council's decision (<i>raadsbesluit</i>). */
    COUNCIL_DECISION,
    /** 7. Following the execution of the adopted budget (<i>monitoring</i>). */
    MONITORING,
    /** The year is closed with a final monitoring report (<i>afgesloten</i>); final. */
    CLOSED;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_NEW),
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_CHOOSE_DOMAINS),
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_CHOOSE_PROGRAMMES),
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_ANALYSE),
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_ALTERNATIVE_BUDGET),
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_PROPOSAL_TO_THE_COUNCIL),
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_COUNCIL_DECISION),
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_MONITORING),
        Catalogue.text(LabelText.BUDGET_ROUND_STEP_CLOSED)};

    /** The step's name, in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
