package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.value.LocalizedText;

/**
 * Where a change trajectory stands (<i>stap</i>): drafted and adopted in DESIGN, then per phase PHASE_ACTIVE and
 * PHASE_REVIEW (which phase is {@link Trajectory#phaseIndex()}), then EVALUATION and CLOSED.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum TrajectoryStep {
    /** Not drafted yet: the state of an instance without events. */
    NEW,
    /** <i>Ontwerp</i>: drafted, reviewed, adopted by the executive; frames declared. */
    DESIGN,
    /** <i>Fase loopt</i>: activities held, contributions and decisions recorded. */
    PHASE_ACTIVE,
    /** <i>Fase-evaluatie</i>: deliverables made? promises kept? */
    PHASE_REVIEW,
    /** <i>Evaluatie</i>: outcomes, lessons and what changed in the organisation. */
    EVALUATION,
    /** <i>Afgesloten</i>; final. */
    CLOSED;

    private static final LocalizedText[] LABELS = {
        LocalizedText.of("Nieuw", "New"),
        LocalizedText.of("Ontwerp", "Design"),
        LocalizedText.of("Fase loopt", "Phase active"),
        LocalizedText.of("Fase-evaluatie", "Phase review"),
        LocalizedText.of("Evaluatie", "Evaluation"),
        LocalizedText.of("Afgesloten", "Closed")};

    /** The step's name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
