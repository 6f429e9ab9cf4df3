package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.LocalizedText;

/**
 * The words of the stall diagnosis (<i>knelpuntenanalyse</i>) as codes of the message catalogue: each finding's
 * message and advice and the rendered diagnosis, in Dutch and English from {@code ParticipatieMessages*.properties}.
 * The advice is data in the catalogue, not code; {@link StallReason} keeps the findings' own short codes.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum DiagnosisText implements Code {
    /** {@code burgersaanhetstuur.diagnosis.title} */
    TITLE("burgersaanhetstuur.diagnosis.title"),
    /** {@code burgersaanhetstuur.diagnosis.at-step} */
    AT_STEP("burgersaanhetstuur.diagnosis.at-step"),
    /** {@code burgersaanhetstuur.diagnosis.at} */
    AT("burgersaanhetstuur.diagnosis.at"),
    /** {@code burgersaanhetstuur.diagnosis.on-track} */
    ON_TRACK("burgersaanhetstuur.diagnosis.on-track"),
    /** {@code burgersaanhetstuur.diagnosis.finding} */
    FINDING("burgersaanhetstuur.diagnosis.finding"),
    /** {@code burgersaanhetstuur.diagnosis.step-of-cycle} */
    STEP_OF_CYCLE("burgersaanhetstuur.diagnosis.step-of-cycle"),
    /** {@code burgersaanhetstuur.diagnosis.too-few-participants} */
    TOO_FEW_PARTICIPANTS("burgersaanhetstuur.diagnosis.too-few-participants"),
    /** {@code burgersaanhetstuur.diagnosis.goal-without-action} */
    GOAL_WITHOUT_ACTION("burgersaanhetstuur.diagnosis.goal-without-action"),
    /** {@code burgersaanhetstuur.diagnosis.goal-without-indicator} */
    GOAL_WITHOUT_INDICATOR("burgersaanhetstuur.diagnosis.goal-without-indicator"),
    /** {@code burgersaanhetstuur.diagnosis.goal-measures-only-activity} */
    GOAL_MEASURES_ONLY_ACTIVITY("burgersaanhetstuur.diagnosis.goal-measures-only-activity"),
    /** {@code burgersaanhetstuur.diagnosis.step-unchanged} */
    STEP_UNCHANGED("burgersaanhetstuur.diagnosis.step-unchanged"),
    /** {@code burgersaanhetstuur.diagnosis.spending-above-plan} */
    SPENDING_ABOVE_PLAN("burgersaanhetstuur.diagnosis.spending-above-plan"),
    /** {@code burgersaanhetstuur.diagnosis.action-overdue} */
    ACTION_OVERDUE("burgersaanhetstuur.diagnosis.action-overdue"),
    /** {@code burgersaanhetstuur.diagnosis.action-without-owner} */
    ACTION_WITHOUT_OWNER("burgersaanhetstuur.diagnosis.action-without-owner"),
    /** {@code burgersaanhetstuur.diagnosis.action-blocked-without-follow-up} */
    ACTION_BLOCKED_WITHOUT_FOLLOW_UP("burgersaanhetstuur.diagnosis.action-blocked-without-follow-up"),
    /** {@code burgersaanhetstuur.diagnosis.indicator-not-measured} */
    INDICATOR_NOT_MEASURED("burgersaanhetstuur.diagnosis.indicator-not-measured"),
    /** {@code burgersaanhetstuur.diagnosis.indicator-trending-away} */
    INDICATOR_TRENDING_AWAY("burgersaanhetstuur.diagnosis.indicator-trending-away"),
    /** {@code burgersaanhetstuur.diagnosis.waiting-on-municipality} */
    WAITING_ON_MUNICIPALITY("burgersaanhetstuur.diagnosis.waiting-on-municipality"),
    /** {@code burgersaanhetstuur.diagnosis.waiting-on-partner} */
    WAITING_ON_PARTNER("burgersaanhetstuur.diagnosis.waiting-on-partner"),
    /** {@code burgersaanhetstuur.diagnosis.rests-on-one-person} */
    RESTS_ON_ONE_PERSON("burgersaanhetstuur.diagnosis.rests-on-one-person"),
    /** {@code burgersaanhetstuur.diagnosis.participation-falling} */
    PARTICIPATION_FALLING("burgersaanhetstuur.diagnosis.participation-falling"),
    /** {@code burgersaanhetstuur.diagnosis.advice.waiting-on-municipality} */
    ADVICE_WAITING_ON_MUNICIPALITY("burgersaanhetstuur.diagnosis.advice.waiting-on-municipality"),
    /** {@code burgersaanhetstuur.diagnosis.advice.waiting-on-partner} */
    ADVICE_WAITING_ON_PARTNER("burgersaanhetstuur.diagnosis.advice.waiting-on-partner"),
    /** {@code burgersaanhetstuur.diagnosis.advice.rests-on-one-person} */
    ADVICE_RESTS_ON_ONE_PERSON("burgersaanhetstuur.diagnosis.advice.rests-on-one-person"),
    /** {@code burgersaanhetstuur.diagnosis.advice.participation-falling} */
    ADVICE_PARTICIPATION_FALLING("burgersaanhetstuur.diagnosis.advice.participation-falling"),
    /** {@code burgersaanhetstuur.diagnosis.advice.action-overdue} */
    ADVICE_ACTION_OVERDUE("burgersaanhetstuur.diagnosis.advice.action-overdue"),
    /** {@code burgersaanhetstuur.diagnosis.advice.action-without-owner} */
    ADVICE_ACTION_WITHOUT_OWNER("burgersaanhetstuur.diagnosis.advice.action-without-owner"),
    /** {@code burgersaanhetstuur.diagnosis.advice.action-blocked-without-follow-up} */
    ADVICE_ACTION_BLOCKED_WITHOUT_FOLLOW_UP("burgersaanhetstuur.diagnosis.advice.action-blocked-without-follow-up"),
    /** {@code burgersaanhetstuur.diagnosis.advice.indicator-not-measured} */
    ADVICE_INDICATOR_NOT_MEASURED("burgersaanhetstuur.diagnosis.advice.indicator-not-measured"),
    /** {@code burgersaanhetstuur.diagnosis.advice.indicator-trending-away} */
    ADVICE_INDICATOR_TRENDING_AWAY("burgersaanhetstuur.diagnosis.advice.indicator-trending-away"),
    /** {@code burgersaanhetstuur.diagnosis.advice.goal-without-action} */
    ADVICE_GOAL_WITHOUT_ACTION("burgersaanhetstuur.diagnosis.advice.goal-without-action"),
    /** {@code burgersaanhetstuur.diagnosis.advice.goal-without-indicator} */
    ADVICE_GOAL_WITHOUT_INDICATOR("burgersaanhetstuur.diagnosis.advice.goal-without-indicator"),
    /** {@code burgersaanhetstuur.diagnosis.advice.goal-measures-only-activity} */
    ADVICE_GOAL_MEASURES_ONLY_ACTIVITY("burgersaanhetstuur.diagnosis.advice.goal-measures-only-activity"),
    /** {@code burgersaanhetstuur.diagnosis.advice.too-few-participants} */
    ADVICE_TOO_FEW_PARTICIPANTS("burgersaanhetstuur.diagnosis.advice.too-few-participants"),
    /** {@code burgersaanhetstuur.diagnosis.advice.spending-above-plan} */
    ADVICE_SPENDING_ABOVE_PLAN("burgersaanhetstuur.diagnosis.advice.spending-above-plan"),
    /** {@code burgersaanhetstuur.diagnosis.advice.situation} */
    ADVICE_SITUATION("burgersaanhetstuur.diagnosis.advice.situation"),
    /** {@code burgersaanhetstuur.diagnosis.advice.goals} */
    ADVICE_GOALS("burgersaanhetstuur.diagnosis.advice.goals"),
    /** {@code burgersaanhetstuur.diagnosis.advice.action-plan} */
    ADVICE_ACTION_PLAN("burgersaanhetstuur.diagnosis.advice.action-plan"),
    /** {@code burgersaanhetstuur.diagnosis.advice.measurable-results} */
    ADVICE_MEASURABLE_RESULTS("burgersaanhetstuur.diagnosis.advice.measurable-results"),
    /** {@code burgersaanhetstuur.diagnosis.advice.execution} */
    ADVICE_EXECUTION("burgersaanhetstuur.diagnosis.advice.execution"),
    /** {@code burgersaanhetstuur.diagnosis.advice.measurement} */
    ADVICE_MEASUREMENT("burgersaanhetstuur.diagnosis.advice.measurement"),
    /** {@code burgersaanhetstuur.diagnosis.advice.accountability-accepted} */
    ADVICE_ACCOUNTABILITY_ACCEPTED("burgersaanhetstuur.diagnosis.advice.accountability-accepted"),
    /** {@code burgersaanhetstuur.diagnosis.advice.accountability} */
    ADVICE_ACCOUNTABILITY("burgersaanhetstuur.diagnosis.advice.accountability"),
    /** {@code burgersaanhetstuur.diagnosis.advice.new-goals} */
    ADVICE_NEW_GOALS("burgersaanhetstuur.diagnosis.advice.new-goals"),
    /** {@code burgersaanhetstuur.diagnosis.advice.paused} */
    ADVICE_PAUSED("burgersaanhetstuur.diagnosis.advice.paused");

    private final String code;

    DiagnosisText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The text in Dutch and English, each argument written as its language writes it. */
    LocalizedText text(Object... args) {
        return LocalizedText.of(in(Locale.forLanguageTag("nl"), args), in(Locale.ENGLISH, args));
    }

    /**
     * The text in one language. Whole numbers go in as written (no grouping, as before the catalogue), decimals as
     * the language writes them, a text in both languages in this one, a resident's erasable text as written or "[gewist]"; money the catalogue writes itself.
     */
    String in(Locale locale, Object... args) {
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Integer || arg instanceof Long) {
                written[i] = String.valueOf(arg);
            } else if (arg instanceof BigDecimal number) {
                written[i] = MarkdownWriter.of(locale).number(number);
            } else if (arg instanceof LocalizedText both) {
                written[i] = both.in(locale);
            } else if (arg instanceof Erasable<?> resident) {
                written[i] = resident.orErased(locale);
            } else {
                written[i] = arg;
            }
        }
        return Catalogue.text(locale, code, written);
    }
}
