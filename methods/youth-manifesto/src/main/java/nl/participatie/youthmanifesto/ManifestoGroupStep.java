package nl.participatie.youthmanifesto;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * Where a Youth Manifesto group stands (<i>stap</i>): the kinds of step of the method. The seven default steps run from
 * {@link #RECRUITMENT} to {@link #FOLLOW_UP}; a group may add steps of its own ({@link #OWN_STEP}, e.g. a field visit)
 * and reorder the steps before the hand-over, within the order its {@link GroupProcess} checks. Outside the process
 * stand {@link #NEW} (no events yet) and {@link #CLOSED}.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ManifestoGroupStep {
    /** Not started yet: the state of a group without events. */
    NEW,
    /** 1. <i>Werving</i>: the group is formed; permissions and consents are recorded. */
    RECRUITMENT,
    /** 2. <i>Onderwerpen</i>: participants raise topics. */
    TOPICS,
    /** 3. <i>Prioriteren</i>: dot voting or ranking; the top topics go into the manifesto. */
    PRIORITISATION,
    /** 4. <i>Schrijven</i>: per topic the problem and an action list; the group approves the text. */
    DRAFTING,
    /** A step the group added itself (<i>eigen stap</i>), e.g. a field visit; always before the hand-over. */
    OWN_STEP,
    /** 5. <i>Overhandiging</i>: the manifesto goes to the council. */
    HANDOVER,
    /** 6. <i>Reactie van de raad</i>: the council and the executive respond through their instruments. */
    COUNCIL_RESPONSE,
    /** 7. <i>Opvolging</i>: every action is followed to a final status. */
    FOLLOW_UP,
    /** Closed (<i>afgesloten</i>); final. */
    CLOSED;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.STEP_NEW),
        Catalogue.text(LabelText.STEP_RECRUITMENT),
        Catalogue.text(LabelText.STEP_TOPICS),
        Catalogue.text(LabelText.STEP_PRIORITISATION),
        Catalogue.text(LabelText.STEP_DRAFTING),
        Catalogue.text(LabelText.STEP_OWN_STEP),
        Catalogue.text(LabelText.STEP_HANDOVER),
        Catalogue.text(LabelText.STEP_COUNCIL_RESPONSE),
        Catalogue.text(LabelText.STEP_FOLLOW_UP),
        Catalogue.text(LabelText.STEP_CLOSED)};

    private static final List<ManifestoGroupStep> DEFAULT_PROCESS = List.of(RECRUITMENT, TOPICS, PRIORITISATION, DRAFTING,
            HANDOVER, COUNCIL_RESPONSE, FOLLOW_UP);

    /** The step's name as the method says it, in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }

    /** Whether this is one of the seven steps every group's process has once ({@link #RECRUITMENT} to {@link #FOLLOW_UP}). */
    public boolean isMethodStep() {
        return DEFAULT_PROCESS.contains(this);
    }

    /** Whether a group's process may hold it: the method's steps and its own steps; not {@link #NEW} nor {@link #CLOSED}. */
    public boolean isProcessStep() {
        return this != NEW && this != CLOSED;
    }

    /** The seven steps of the method in their default order. */
    public static List<ManifestoGroupStep> defaultProcess() {
        return DEFAULT_PROCESS;
    }

    /** The steps before the hand-over, in which the group may still adapt its process and take in participants. */
    public static Set<ManifestoGroupStep> beforeHandover() {
        return EnumSet.range(RECRUITMENT, OWN_STEP);
    }

    /** Every step of a started group that is not closed. */
    public static Set<ManifestoGroupStep> active() {
        return EnumSet.range(RECRUITMENT, FOLLOW_UP);
    }
}
