package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;

/**
 * Why a citizen initiative is stuck or at risk (<i>reden van stagnatie</i>): the reasons the
 * {@link StallDiagnosis} looks for, each with a stable code and the severity it has.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum StallReason {
    /** An open action is past its deadline. */
    ACTION_OVERDUE("action-overdue", Finding.Severity.AT_RISK),
    /** An open action has no owner. */
    ACTION_WITHOUT_OWNER("action-without-owner", Finding.Severity.AT_RISK),
    /** A blocked action has had no follow-up for longer than the municipality's limit. */
    ACTION_BLOCKED_WITHOUT_FOLLOW_UP("action-blocked-without-follow-up", Finding.Severity.STUCK),
    /** The initiative has been in the same step for longer than the limit for that step. */
    STEP_UNCHANGED("step-unchanged", Finding.Severity.STUCK),
    /** An indicator has no measurement although its first measuring moment has passed. */
    INDICATOR_NOT_MEASURED("indicator-not-measured", Finding.Severity.AT_RISK),
    /** The latest measurement of an indicator lies further from the target than the value before it. */
    INDICATOR_TRENDING_AWAY("indicator-trending-away", Finding.Severity.AT_RISK),
    /** A goal has no action (after the action plan was made). */
    GOAL_WITHOUT_ACTION("goal-without-action", Finding.Severity.AT_RISK),
    /** A goal has no indicator (after the measurable results were defined). */
    GOAL_WITHOUT_INDICATOR("goal-without-indicator", Finding.Severity.AT_RISK),
    /** All indicators of a goal measure activity ("how much did we do?"), none effect: activity is not effect. */
    GOAL_MEASURES_ONLY_ACTIVITY("goal-measures-only-activity", Finding.Severity.WARNING),
    /** Fewer residents take part than the municipality's minimum. */
    TOO_FEW_PARTICIPANTS("too-few-participants", Finding.Severity.AT_RISK),
    /** More was spent on an action than was planned for it. */
    SPENDING_ABOVE_PLAN("spending-above-plan", Finding.Severity.WARNING),
    /** An open action handed to the municipality has waited longer than the municipality's limit for partners. */
    WAITING_ON_MUNICIPALITY("waiting-on-municipality", Finding.Severity.AT_RISK),
    /** An open action handed to another organisation has waited longer than the limit for partners. */
    WAITING_ON_PARTNER("waiting-on-partner", Finding.Severity.AT_RISK),
    /** Every owned action of the cycle, and at least the limit's number, lies with one member (<i>trekker</i>). */
    RESTS_ON_ONE_PERSON("rests-on-one-person", Finding.Severity.AT_RISK),
    /** Fewer members now than at the end of the previous cycle, and no more then than the cycle before. */
    PARTICIPATION_FALLING("participation-falling", Finding.Severity.AT_RISK);

    private final String code;
    private final Finding.Severity severity;

    StallReason(String code, Finding.Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The stable code, e.g. {@code action-overdue}. */
    public String code() {
        return code;
    }

    /** How serious this reason is. */
    public Finding.Severity severity() {
        return severity;
    }
}
