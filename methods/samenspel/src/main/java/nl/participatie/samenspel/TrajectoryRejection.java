package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a change trajectory (<i>veranderingstraject</i>) refuses a command, beyond the workflow and the constraints
 * on the command: the stable rejection codes of its decider and of {@link Design#violations}, each with its text in
 * Dutch and English in {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.STABLE)
public enum TrajectoryRejection implements Code {
    /** {@code samenspel.no-phases} */
    NO_PHASES("samenspel.no-phases"),
    /** {@code samenspel.too-many-phases} */
    TOO_MANY_PHASES("samenspel.too-many-phases"),
    /** {@code samenspel.duplicate-code} */
    DUPLICATE_CODE("samenspel.duplicate-code"),
    /** {@code samenspel.empty-phase} */
    EMPTY_PHASE("samenspel.empty-phase"),
    /** {@code samenspel.group-promised-twice} */
    GROUP_PROMISED_TWICE("samenspel.group-promised-twice"),
    /** {@code samenspel.group-unknown} */
    GROUP_UNKNOWN("samenspel.group-unknown"),
    /** {@code samenspel.dates-out-of-order} */
    DATES_OUT_OF_ORDER("samenspel.dates-out-of-order"),
    /** {@code samenspel.activity-outside-phase} */
    ACTIVITY_OUTSIDE_PHASE("samenspel.activity-outside-phase"),
    /** {@code samenspel.no-resident-participation} */
    NO_RESIDENT_PARTICIPATION("samenspel.no-resident-participation"),
    /** {@code samenspel.council-power-promised} */
    COUNCIL_POWER_PROMISED("samenspel.council-power-promised"),
    /** {@code samenspel.completed-phase-changed} */
    COMPLETED_PHASE_CHANGED("samenspel.completed-phase-changed"),
    /** {@code samenspel.current-phase-moved} */
    CURRENT_PHASE_MOVED("samenspel.current-phase-moved"),
    /** {@code samenspel.phase-unknown} */
    PHASE_UNKNOWN("samenspel.phase-unknown"),
    /** {@code samenspel.phase-completed} */
    PHASE_COMPLETED("samenspel.phase-completed"),
    /** {@code samenspel.frames-already-declared} */
    FRAMES_ALREADY_DECLARED("samenspel.frames-already-declared"),
    /** {@code samenspel.frames-not-declared} */
    FRAMES_NOT_DECLARED("samenspel.frames-not-declared"),
    /** {@code samenspel.already-adopted} */
    ALREADY_ADOPTED("samenspel.already-adopted"),
    /** {@code samenspel.not-adopted} */
    NOT_ADOPTED("samenspel.not-adopted"),
    /** {@code samenspel.phase-not-reviewed} */
    PHASE_NOT_REVIEWED("samenspel.phase-not-reviewed"),
    /** {@code samenspel.no-next-phase} */
    NO_NEXT_PHASE("samenspel.no-next-phase"),
    /** {@code samenspel.phases-remaining} */
    PHASES_REMAINING("samenspel.phases-remaining"),
    /** {@code samenspel.group-not-in-phase} */
    GROUP_NOT_IN_PHASE("samenspel.group-not-in-phase"),
    /** {@code samenspel.already-participant} */
    ALREADY_PARTICIPANT("samenspel.already-participant"),
    /** {@code samenspel.activity-unknown} */
    ACTIVITY_UNKNOWN("samenspel.activity-unknown"),
    /** {@code samenspel.activity-already-held} */
    ACTIVITY_ALREADY_HELD("samenspel.activity-already-held"),
    /** {@code samenspel.date-in-future} */
    DATE_IN_FUTURE("samenspel.date-in-future"),
    /** {@code samenspel.not-a-participant} */
    NOT_A_PARTICIPANT("samenspel.not-a-participant"),
    /** {@code samenspel.topic-unknown} */
    TOPIC_UNKNOWN("samenspel.topic-unknown"),
    /** {@code samenspel.contribution-unknown} */
    CONTRIBUTION_UNKNOWN("samenspel.contribution-unknown"),
    /** {@code samenspel.reason-missing} */
    REASON_MISSING("samenspel.reason-missing"),
    /** {@code samenspel.no-activity-held} */
    NO_ACTIVITY_HELD("samenspel.no-activity-held"),
    /** {@code samenspel.deliverable-unknown} */
    DELIVERABLE_UNKNOWN("samenspel.deliverable-unknown"),
    /** {@code samenspel.already-reviewed} */
    ALREADY_REVIEWED("samenspel.already-reviewed"),
    /** {@code samenspel.survey-moment-wrong} */
    SURVEY_MOMENT_WRONG("samenspel.survey-moment-wrong"),
    /** {@code samenspel.question-unknown} */
    QUESTION_UNKNOWN("samenspel.question-unknown"),
    /** {@code samenspel.not-evaluated} */
    NOT_EVALUATED("samenspel.not-evaluated");

    private final String code;

    TrajectoryRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
