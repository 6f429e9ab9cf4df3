package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
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
        Catalogue.text(LabelText.TRAJECTORY_STEP_NEW),
        Catalogue.text(LabelText.TRAJECTORY_STEP_DESIGN),
        Catalogue.text(LabelText.TRAJECTORY_STEP_PHASE_ACTIVE),
        Catalogue.text(LabelText.TRAJECTORY_STEP_PHASE_REVIEW),
        Catalogue.text(LabelText.TRAJECTORY_STEP_EVALUATION),
        Catalogue.text(LabelText.TRAJECTORY_STEP_CLOSED)};

    /** The step's name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
