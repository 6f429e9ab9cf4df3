package nl.participatie.burgersaanhetstuur;

import java.util.EnumSet;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * Where a citizen initiative stands (<i>stap</i>): the eight steps of the method's cycle, in order, plus the moments
 * outside it (not yet started, paused, closed). After {@link #NEW_GOALS} the next cycle opens at {@link #GOALS} (or
 * at {@link #SITUATION} when the situation changed).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum InitiativeStep {
    /** Not started yet: the state of an instance without events. */
    NEW,
    /** 1. <i>Wat is er aan de hand?</i> The problem analysis and the neighbourhood's assets. */
    SITUATION,
    /** 2. <i>Wat moet er beter?</i> Goals about liveability or social cohesion. */
    GOALS,
    /** 3. <i>Actieplan maken</i>: actions with owners, deadlines and resources. */
    ACTION_PLAN,
    /** 4. <i>Meetbare resultaten bepalen</i>: SMART indicators per goal. */
    MEASURABLE_RESULTS,
    /** 5. <i>Actieplan uitvoeren</i>: actions start, progress, finish, get blocked or dropped. */
    EXECUTION,
    /** 6. <i>Resultaten meten</i>: measurements per indicator. */
    MEASUREMENT,
    /** 7. <i>Verantwoorden</i>: the accountability report, accepted and acknowledged. */
    ACCOUNTABILITY,
    /** 8. <i>Nieuwe doelen stellen</i>: new goals, then the next cycle. */
    NEW_GOALS,
    /** Paused (<i>gepauzeerd</i>); resumes in the step it was paused in. */
    PAUSED,
    /** Closed (<i>afgesloten</i>) with a reason; final. */
    CLOSED;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.INITIATIVE_STEP_NEW),
        Catalogue.text(LabelText.INITIATIVE_STEP_WHAT_IS_GOING_ON),
        Catalogue.text(LabelText.INITIATIVE_STEP_WHAT_MUST_IMPROVE),
        Catalogue.text(LabelText.INITIATIVE_STEP_MAKE_AN_ACTION_PLAN),
        Catalogue.text(LabelText.INITIATIVE_STEP_DEFINE_MEASURABLE_RESULTS),
        Catalogue.text(LabelText.INITIATIVE_STEP_EXECUTE_THE_ACTION_PLAN),
        Catalogue.text(LabelText.INITIATIVE_STEP_MEASURE_RESULTS),
        Catalogue.text(LabelText.INITIATIVE_STEP_ACCOUNT_FOR_IT),
        Catalogue.text(LabelText.INITIATIVE_STEP_SET_NEW_GOALS),
        Catalogue.text(LabelText.INITIATIVE_STEP_PAUSED),
        Catalogue.text(LabelText.INITIATIVE_STEP_CLOSED)};

    private static final InitiativeStep[] VALUES = values();

    /** The step's name as the method says it, in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }

    /** Whether this is one of the eight steps of the cycle. */
    public boolean isCycleStep() {
        return ordinal() >= SITUATION.ordinal() && ordinal() <= NEW_GOALS.ordinal();
    }

    /** The number of the step in the cycle, 1 to 8; 0 for the moments outside it. */
    public int number() {
        return isCycleStep() ? ordinal() : 0;
    }

    /** The eight steps of the cycle, in order. */
    public static Set<InitiativeStep> cycle() {
        return EnumSet.range(SITUATION, NEW_GOALS);
    }

    /**
     * The step after this one in the cycle, or {@code null} for {@link #NEW_GOALS} (which opens the next cycle
     * instead) and the moments outside the cycle.
     */
    InitiativeStep next() {
        return isCycleStep() && this != NEW_GOALS ? VALUES[ordinal() + 1] : null;
    }

    /** The steps of the cycle before this one; empty outside the cycle. */
    Set<InitiativeStep> earlier() {
        return isCycleStep() && this != SITUATION ? EnumSet.range(SITUATION, VALUES[ordinal() - 1]) : EnumSet.noneOf(InitiativeStep.class);
    }
}
