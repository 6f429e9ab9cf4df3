package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why an initiative (<i>initiatief</i>) refuses a command, beyond the workflow and the constraints on the command: the stable rejection codes
 * of its decider, each with its text in Dutch and English in {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.STABLE)
public enum InitiativeRejection implements Code {
    /** {@code burgersaanhetstuur.not-started} */
    NOT_STARTED("burgersaanhetstuur.not-started"),
    /** {@code burgersaanhetstuur.closed} */
    CLOSED("burgersaanhetstuur.closed"),
    /** {@code burgersaanhetstuur.already-a-member} */
    ALREADY_A_MEMBER("burgersaanhetstuur.already-a-member"),
    /** {@code burgersaanhetstuur.action-unknown} */
    ACTION_UNKNOWN("burgersaanhetstuur.action-unknown"),
    /** {@code burgersaanhetstuur.amount-not-positive} */
    AMOUNT_NOT_POSITIVE("burgersaanhetstuur.amount-not-positive"),
    /** {@code burgersaanhetstuur.report-already-accepted} */
    REPORT_ALREADY_ACCEPTED("burgersaanhetstuur.report-already-accepted"),
    /** {@code burgersaanhetstuur.report-not-accepted} */
    REPORT_NOT_ACCEPTED("burgersaanhetstuur.report-not-accepted"),
    /** {@code burgersaanhetstuur.report-already-acknowledged} */
    REPORT_ALREADY_ACKNOWLEDGED("burgersaanhetstuur.report-already-acknowledged"),
    /** {@code burgersaanhetstuur.not-an-earlier-step} */
    NOT_AN_EARLIER_STEP("burgersaanhetstuur.not-an-earlier-step"),
    /** {@code burgersaanhetstuur.not-in-cycle} */
    NOT_IN_CYCLE("burgersaanhetstuur.not-in-cycle"),
    /** {@code burgersaanhetstuur.not-paused} */
    NOT_PAUSED("burgersaanhetstuur.not-paused"),
    /** {@code burgersaanhetstuur.already-started} */
    ALREADY_STARTED("burgersaanhetstuur.already-started"),
    /** {@code burgersaanhetstuur.not-a-member} */
    NOT_A_MEMBER("burgersaanhetstuur.not-a-member"),
    /** {@code burgersaanhetstuur.leave-self-only} */
    LEAVE_SELF_ONLY("burgersaanhetstuur.leave-self-only"),
    /** {@code burgersaanhetstuur.last-initiator} */
    LAST_INITIATOR("burgersaanhetstuur.last-initiator"),
    /** {@code burgersaanhetstuur.goal-unknown} */
    GOAL_UNKNOWN("burgersaanhetstuur.goal-unknown"),
    /** {@code burgersaanhetstuur.deadline-in-past} */
    DEADLINE_IN_PAST("burgersaanhetstuur.deadline-in-past"),
    /** {@code burgersaanhetstuur.target-equals-baseline} */
    TARGET_EQUALS_BASELINE("burgersaanhetstuur.target-equals-baseline"),
    /** {@code burgersaanhetstuur.target-date-not-in-future} */
    TARGET_DATE_NOT_IN_FUTURE("burgersaanhetstuur.target-date-not-in-future"),
    /** {@code burgersaanhetstuur.first-measurement-after-target-date} */
    FIRST_MEASUREMENT_AFTER_TARGET_DATE("burgersaanhetstuur.first-measurement-after-target-date"),
    /** {@code burgersaanhetstuur.indicator-unknown} */
    INDICATOR_UNKNOWN("burgersaanhetstuur.indicator-unknown"),
    /** {@code burgersaanhetstuur.measurement-in-future} */
    MEASUREMENT_IN_FUTURE("burgersaanhetstuur.measurement-in-future"),
    /** {@code burgersaanhetstuur.no-next-step} */
    NO_NEXT_STEP("burgersaanhetstuur.no-next-step"),
    /** {@code burgersaanhetstuur.not-next-step} */
    NOT_NEXT_STEP("burgersaanhetstuur.not-next-step"),
    /** {@code burgersaanhetstuur.situation-not-described} */
    SITUATION_NOT_DESCRIBED("burgersaanhetstuur.situation-not-described"),
    /** {@code burgersaanhetstuur.no-assets} */
    NO_ASSETS("burgersaanhetstuur.no-assets"),
    /** {@code burgersaanhetstuur.no-goals} */
    NO_GOALS("burgersaanhetstuur.no-goals"),
    /** {@code burgersaanhetstuur.no-actions} */
    NO_ACTIONS("burgersaanhetstuur.no-actions"),
    /** {@code burgersaanhetstuur.no-indicators} */
    NO_INDICATORS("burgersaanhetstuur.no-indicators"),
    /** {@code burgersaanhetstuur.no-measurements} */
    NO_MEASUREMENTS("burgersaanhetstuur.no-measurements"),
    /** {@code burgersaanhetstuur.report-not-acknowledged} */
    REPORT_NOT_ACKNOWLEDGED("burgersaanhetstuur.report-not-acknowledged"),
    /** {@code burgersaanhetstuur.restart-step-invalid} */
    RESTART_STEP_INVALID("burgersaanhetstuur.restart-step-invalid"),
    /** {@code burgersaanhetstuur.action-not-open} */
    ACTION_NOT_OPEN("burgersaanhetstuur.action-not-open"),
    /** {@code burgersaanhetstuur.action-not-overdue} */
    ACTION_NOT_OVERDUE("burgersaanhetstuur.action-not-overdue"),
    /** {@code burgersaanhetstuur.action-wrong-status} */
    ACTION_WRONG_STATUS("burgersaanhetstuur.action-wrong-status"),
    /** {@code burgersaanhetstuur.not-action-owner} */
    NOT_ACTION_OWNER("burgersaanhetstuur.not-action-owner");

    private final String code;

    InitiativeRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
