package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The words of the accountability report (<i>verantwoording</i>) as codes of the message catalogue, so the report
 * is written in Dutch or English from {@code ParticipatieMessages*.properties} and never from code. Not a rejection
 * or a notification: {@link AccountabilityReport} is their only user.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum AccountabilityText implements Code {
    /** {@code burgersaanhetstuur.report.title} */
    TITLE("burgersaanhetstuur.report.title"),
    /** {@code burgersaanhetstuur.report.cycle} */
    CYCLE("burgersaanhetstuur.report.cycle"),
    /** {@code burgersaanhetstuur.report.cycle-in-neighbourhood} */
    CYCLE_IN_NEIGHBOURHOOD("burgersaanhetstuur.report.cycle-in-neighbourhood"),
    /** {@code burgersaanhetstuur.report.situation} */
    SITUATION("burgersaanhetstuur.report.situation"),
    /** {@code burgersaanhetstuur.report.no-situation} */
    NO_SITUATION("burgersaanhetstuur.report.no-situation"),
    /** {@code burgersaanhetstuur.report.affected} */
    AFFECTED("burgersaanhetstuur.report.affected"),
    /** {@code burgersaanhetstuur.report.asset} */
    ASSET("burgersaanhetstuur.report.asset"),
    /** {@code burgersaanhetstuur.report.members} */
    MEMBERS("burgersaanhetstuur.report.members"),
    /** {@code burgersaanhetstuur.report.income-columns} */
    INCOME_COLUMNS("burgersaanhetstuur.report.income-columns"),
    /** {@code burgersaanhetstuur.report.no-income} */
    NO_INCOME("burgersaanhetstuur.report.no-income"),
    /** {@code burgersaanhetstuur.report.balance} */
    BALANCE("burgersaanhetstuur.report.balance"),
    /** {@code burgersaanhetstuur.report.lessons} */
    LESSONS("burgersaanhetstuur.report.lessons"),
    /** {@code burgersaanhetstuur.report.no-lessons} */
    NO_LESSONS("burgersaanhetstuur.report.no-lessons"),
    /** {@code burgersaanhetstuur.report.no-goals} */
    NO_GOALS("burgersaanhetstuur.report.no-goals"),
    /** {@code burgersaanhetstuur.report.goal} */
    GOAL("burgersaanhetstuur.report.goal"),
    /** {@code burgersaanhetstuur.report.results} */
    RESULTS("burgersaanhetstuur.report.results"),
    /** {@code burgersaanhetstuur.report.no-indicators} */
    NO_INDICATORS("burgersaanhetstuur.report.no-indicators"),
    /** {@code burgersaanhetstuur.report.indicator-columns} */
    INDICATOR_COLUMNS("burgersaanhetstuur.report.indicator-columns"),
    /** {@code burgersaanhetstuur.report.target-by} */
    TARGET_BY("burgersaanhetstuur.report.target-by"),
    /** {@code burgersaanhetstuur.report.achieved-on} */
    ACHIEVED_ON("burgersaanhetstuur.report.achieved-on"),
    /** {@code burgersaanhetstuur.report.actions} */
    ACTIONS("burgersaanhetstuur.report.actions"),
    /** {@code burgersaanhetstuur.report.no-actions} */
    NO_ACTIONS("burgersaanhetstuur.report.no-actions"),
    /** {@code burgersaanhetstuur.report.action-columns} */
    ACTION_COLUMNS("burgersaanhetstuur.report.action-columns"),
    /** {@code burgersaanhetstuur.report.done} */
    DONE("burgersaanhetstuur.report.done"),
    /** {@code burgersaanhetstuur.report.not-done} */
    NOT_DONE("burgersaanhetstuur.report.not-done"),
    /** {@code burgersaanhetstuur.report.carried-over} */
    CARRIED_OVER("burgersaanhetstuur.report.carried-over"),
    /** {@code burgersaanhetstuur.report.money} */
    MONEY("burgersaanhetstuur.report.money"),
    /** {@code burgersaanhetstuur.report.money-as-planned} */
    MONEY_AS_PLANNED("burgersaanhetstuur.report.money-as-planned"),
    /** {@code burgersaanhetstuur.report.money-more} */
    MONEY_MORE("burgersaanhetstuur.report.money-more"),
    /** {@code burgersaanhetstuur.report.money-less} */
    MONEY_LESS("burgersaanhetstuur.report.money-less"),
    /** {@code burgersaanhetstuur.report.sign-off} */
    SIGN_OFF("burgersaanhetstuur.report.sign-off"),
    /** {@code burgersaanhetstuur.report.not-accepted} */
    NOT_ACCEPTED("burgersaanhetstuur.report.not-accepted"),
    /** {@code burgersaanhetstuur.report.accepted-on} */
    ACCEPTED_ON("burgersaanhetstuur.report.accepted-on"),
    /** {@code burgersaanhetstuur.report.acknowledged-on} */
    ACKNOWLEDGED_ON("burgersaanhetstuur.report.acknowledged-on"),
    /** {@code burgersaanhetstuur.report.not-acknowledged} */
    NOT_ACKNOWLEDGED("burgersaanhetstuur.report.not-acknowledged"),
    /** {@code burgersaanhetstuur.report.verdict.achieved} */
    VERDICT_ACHIEVED("burgersaanhetstuur.report.verdict.achieved"),
    /** {@code burgersaanhetstuur.report.verdict.improved} */
    VERDICT_IMPROVED("burgersaanhetstuur.report.verdict.improved"),
    /** {@code burgersaanhetstuur.report.verdict.not-improved} */
    VERDICT_NOT_IMPROVED("burgersaanhetstuur.report.verdict.not-improved"),
    /** {@code burgersaanhetstuur.report.verdict.not-measured} */
    VERDICT_NOT_MEASURED("burgersaanhetstuur.report.verdict.not-measured");

    private final String code;

    AccountabilityText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
