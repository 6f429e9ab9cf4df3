package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;

/**
 * The analysis of one programme (<i>programma-analyse</i>): its goals and results in the group's words, and when in
 * the budget cycle it is decided.
 *
 * @param programme      the programme
 * @param goals          the programme's goals and results as the group summarises them; the group's text, erasable
 *                       under the round's key
 * @param decisionMoment the moment in the budget cycle where its money is decided
 */
@API(status = API.Status.EXPERIMENTAL)
public record ProgrammeAnalysis(String programme, Erasable<String> goals, CycleMoment decisionMoment) {

    /** The moments of the municipal budget cycle (<i>P&amp;C-cyclus</i>). */
    @API(status = API.Status.EXPERIMENTAL)
    public enum CycleMoment {
        /** The framework memorandum in spring (<i>kadernota</i>). */
        KADERNOTA,
        /** The budget in autumn (<i>begroting</i>). */
        BEGROTING,
        /** The spring memorandum (<i>voorjaarsnota</i>). */
        VOORJAARSNOTA,
        /** The annual accounts (<i>jaarrekening</i>). */
        JAARREKENING
    }

    public ProgrammeAnalysis {
        InvalidValueException.requireNonNull(programme, "programme");
        InvalidValueException.requireNonNull(goals, "goals");
        InvalidValueException.requireNonNull(decisionMoment, "decisionMoment");
    }
}
