package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a report (<i>melding</i>) refuses a command, beyond the workflow and the constraints on the command: the stable rejection codes
 * of its decider, each with its text in Dutch and English in {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.STABLE)
public enum ReportRejection implements Code {
    /** {@code buurtschouw.report.date-in-past} */
    DATE_IN_PAST("buurtschouw.report.date-in-past"),
    /** {@code buurtschouw.report.question-required} */
    QUESTION_REQUIRED("buurtschouw.report.question-required"),
    /** {@code buurtschouw.report.reporter-anonymous} */
    REPORTER_ANONYMOUS("buurtschouw.report.reporter-anonymous"),
    /** {@code buurtschouw.report.not-the-reporter} */
    NOT_THE_REPORTER("buurtschouw.report.not-the-reporter"),
    /** {@code buurtschouw.report.reaction-window-open} */
    REACTION_WINDOW_OPEN("buurtschouw.report.reaction-window-open"),
    /** {@code buurtschouw.report.message-required} */
    MESSAGE_REQUIRED("buurtschouw.report.message-required"),
    /** {@code buurtschouw.report.duplicate-not-a-report} */
    DUPLICATE_NOT_A_REPORT("buurtschouw.report.duplicate-not-a-report"),
    /** {@code buurtschouw.report.duplicate-of-itself} */
    DUPLICATE_OF_ITSELF("buurtschouw.report.duplicate-of-itself"),
    /** {@code buurtschouw.report.survey-answered} */
    SURVEY_ANSWERED("buurtschouw.report.survey-answered"),
    /** {@code buurtschouw.report.survey-closed} */
    SURVEY_CLOSED("buurtschouw.report.survey-closed"),
    /** {@code buurtschouw.report.survey-not-due} */
    SURVEY_NOT_DUE("buurtschouw.report.survey-not-due"),
    /** {@code buurtschouw.report.not-an-idea} */
    NOT_AN_IDEA("buurtschouw.report.not-an-idea"),
    /** {@code buurtschouw.report.own-idea} */
    OWN_IDEA("buurtschouw.report.own-idea"),
    /** {@code buurtschouw.report.already-supported} */
    ALREADY_SUPPORTED("buurtschouw.report.already-supported"),
    /** {@code buurtschouw.report.reporter-not-actor} */
    REPORTER_NOT_ACTOR("buurtschouw.report.reporter-not-actor"),
    /** {@code buurtschouw.report.category-unknown} */
    CATEGORY_UNKNOWN("buurtschouw.report.category-unknown"),
    /** {@code buurtschouw.report.location-invalid} */
    LOCATION_INVALID("buurtschouw.report.location-invalid"),
    /** {@code buurtschouw.report.location-required} */
    LOCATION_REQUIRED("buurtschouw.report.location-required"),
    /** {@code buurtschouw.report.description-required} */
    DESCRIPTION_REQUIRED("buurtschouw.report.description-required"),
    /** {@code buurtschouw.report.already-grouped} */
    ALREADY_GROUPED("buurtschouw.report.already-grouped"),
    /** {@code buurtschouw.report.not-grouped} */
    NOT_GROUPED("buurtschouw.report.not-grouped"),
    /** {@code buurtschouw.report.assessment-is-no-report} */
    ASSESSMENT_IS_NO_REPORT("buurtschouw.report.assessment-is-no-report"),
    /** {@code buurtschouw.report.campaign-invalid} */
    CAMPAIGN_INVALID("buurtschouw.report.campaign-invalid"),
    /** {@code buurtschouw.report.photo-invalid} */
    PHOTO_INVALID("buurtschouw.report.photo-invalid"),
    /** {@code buurtschouw.report.campaign-unknown} */
    CAMPAIGN_UNKNOWN("buurtschouw.report.campaign-unknown"),
    /** {@code buurtschouw.report.campaign-not-open} */
    CAMPAIGN_NOT_OPEN("buurtschouw.report.campaign-not-open"),
    /** {@code buurtschouw.report.question-too-long} */
    QUESTION_TOO_LONG("buurtschouw.report.question-too-long"),
    /** {@code buurtschouw.report.reporter-unreachable} */
    REPORTER_UNREACHABLE("buurtschouw.report.reporter-unreachable"),
    /** {@code buurtschouw.report.external-system-unknown} */
    EXTERNAL_SYSTEM_UNKNOWN("buurtschouw.report.external-system-unknown"),
    /** {@code buurtschouw.report.forward-window-open} */
    FORWARD_WINDOW_OPEN("buurtschouw.report.forward-window-open"),
    /** {@code buurtschouw.report.unhappy-answer-unknown} */
    UNHAPPY_ANSWER_UNKNOWN("buurtschouw.report.unhappy-answer-unknown"),
    /** {@code buurtschouw.report.import-status-invalid} */
    IMPORT_STATUS_INVALID("buurtschouw.report.import-status-invalid"),
    /** {@code buurtschouw.report.import-out-of-order} */
    IMPORT_OUT_OF_ORDER("buurtschouw.report.import-out-of-order"),
    /** {@code buurtschouw.report.import-email-required} */
    IMPORT_EMAIL_REQUIRED("buurtschouw.report.import-email-required");

    private final String code;

    ReportRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
