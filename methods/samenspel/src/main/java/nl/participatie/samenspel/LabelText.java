package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The keys of the labels people read for steps, kinds, statuses and themes (<i>labels</i>): each label's Dutch and
 * English text is in {@code ParticipatieMessages*.properties}, read through the catalogue.
 */
@API(status = API.Status.INTERNAL)
public enum LabelText implements Code {
    /** {@code samenspel.label.activity-kind.workshop} */
    ACTIVITY_KIND_WORKSHOP("samenspel.label.activity-kind.workshop"),
    /** {@code samenspel.label.activity-kind.dialogue} */
    ACTIVITY_KIND_DIALOGUE("samenspel.label.activity-kind.dialogue"),
    /** {@code samenspel.label.activity-kind.survey} */
    ACTIVITY_KIND_SURVEY("samenspel.label.activity-kind.survey"),
    /** {@code samenspel.label.activity-kind.walk} */
    ACTIVITY_KIND_WALK("samenspel.label.activity-kind.walk"),
    /** {@code samenspel.label.activity-kind.interview} */
    ACTIVITY_KIND_INTERVIEW("samenspel.label.activity-kind.interview"),
    /** {@code samenspel.label.activity-kind.council-session} */
    ACTIVITY_KIND_COUNCIL_SESSION("samenspel.label.activity-kind.council-session"),
    /** {@code samenspel.label.contribution-kind.idea} */
    CONTRIBUTION_KIND_IDEA("samenspel.label.contribution-kind.idea"),
    /** {@code samenspel.label.contribution-kind.concern} */
    CONTRIBUTION_KIND_CONCERN("samenspel.label.contribution-kind.concern"),
    /** {@code samenspel.label.contribution-kind.advice} */
    CONTRIBUTION_KIND_ADVICE("samenspel.label.contribution-kind.advice"),
    /** {@code samenspel.label.decided-by.council} */
    DECIDED_BY_COUNCIL("samenspel.label.decided-by.council"),
    /** {@code samenspel.label.decided-by.executive} */
    DECIDED_BY_EXECUTIVE("samenspel.label.decided-by.executive"),
    /** {@code samenspel.label.decided-by.residents} */
    DECIDED_BY_RESIDENTS("samenspel.label.decided-by.residents"),
    /** {@code samenspel.label.ladder-level.inform} */
    LADDER_LEVEL_INFORM("samenspel.label.ladder-level.inform"),
    /** {@code samenspel.label.ladder-level.consult} */
    LADDER_LEVEL_CONSULT("samenspel.label.ladder-level.consult"),
    /** {@code samenspel.label.ladder-level.advise} */
    LADDER_LEVEL_ADVISE("samenspel.label.ladder-level.advise"),
    /** {@code samenspel.label.ladder-level.co-produce} */
    LADDER_LEVEL_CO_PRODUCE("samenspel.label.ladder-level.co-produce"),
    /** {@code samenspel.label.ladder-level.co-decide} */
    LADDER_LEVEL_CO_DECIDE("samenspel.label.ladder-level.co-decide"),
    /** {@code samenspel.label.ladder-level.self-govern} */
    LADDER_LEVEL_SELF_GOVERN("samenspel.label.ladder-level.self-govern"),
    /** {@code samenspel.label.stakeholder-group.residents} */
    STAKEHOLDER_GROUP_RESIDENTS("samenspel.label.stakeholder-group.residents"),
    /** {@code samenspel.label.stakeholder-group.organisations} */
    STAKEHOLDER_GROUP_ORGANISATIONS("samenspel.label.stakeholder-group.organisations"),
    /** {@code samenspel.label.stakeholder-group.professionals} */
    STAKEHOLDER_GROUP_PROFESSIONALS("samenspel.label.stakeholder-group.professionals"),
    /** {@code samenspel.label.stakeholder-group.council-members} */
    STAKEHOLDER_GROUP_COUNCIL_MEMBERS("samenspel.label.stakeholder-group.council-members"),
    /** {@code samenspel.label.stakeholder-group.civil-servants} */
    STAKEHOLDER_GROUP_CIVIL_SERVANTS("samenspel.label.stakeholder-group.civil-servants"),
    /** {@code samenspel.label.stakeholder-group.executive} */
    STAKEHOLDER_GROUP_EXECUTIVE("samenspel.label.stakeholder-group.executive"),
    /** {@code samenspel.label.survey-moment.before} */
    SURVEY_MOMENT_BEFORE("samenspel.label.survey-moment.before"),
    /** {@code samenspel.label.survey-moment.after} */
    SURVEY_MOMENT_AFTER("samenspel.label.survey-moment.after"),
    /** {@code samenspel.label.trajectory-step.new} */
    TRAJECTORY_STEP_NEW("samenspel.label.trajectory-step.new"),
    /** {@code samenspel.label.trajectory-step.design} */
    TRAJECTORY_STEP_DESIGN("samenspel.label.trajectory-step.design"),
    /** {@code samenspel.label.trajectory-step.phase-active} */
    TRAJECTORY_STEP_PHASE_ACTIVE("samenspel.label.trajectory-step.phase-active"),
    /** {@code samenspel.label.trajectory-step.phase-review} */
    TRAJECTORY_STEP_PHASE_REVIEW("samenspel.label.trajectory-step.phase-review"),
    /** {@code samenspel.label.trajectory-step.evaluation} */
    TRAJECTORY_STEP_EVALUATION("samenspel.label.trajectory-step.evaluation"),
    /** {@code samenspel.label.trajectory-step.closed} */
    TRAJECTORY_STEP_CLOSED("samenspel.label.trajectory-step.closed"),
    /** {@code samenspel.label.uptake.adopted} */
    UPTAKE_ADOPTED("samenspel.label.uptake.adopted"),
    /** {@code samenspel.label.uptake.adapted} */
    UPTAKE_ADAPTED("samenspel.label.uptake.adapted"),
    /** {@code samenspel.label.uptake.not-used} */
    UPTAKE_NOT_USED("samenspel.label.uptake.not-used");

    private final String code;

    LabelText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
