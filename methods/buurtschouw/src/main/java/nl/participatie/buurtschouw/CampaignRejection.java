package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * Why a campaign (<i>schouwcampagne</i>) refuses a command, beyond the workflow and the constraints on the command: the stable rejection codes
 * of its decider, each with its text in Dutch and English in {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.STABLE)
public enum CampaignRejection implements Code {
    /** {@code buurtschouw.campaign.already-started} */
    ALREADY_STARTED("buurtschouw.campaign.already-started"),
    /** {@code buurtschouw.campaign.not-started} */
    NOT_STARTED("buurtschouw.campaign.not-started"),
    /** {@code buurtschouw.campaign.not-a-member} */
    NOT_A_MEMBER("buurtschouw.campaign.not-a-member"),
    /** {@code buurtschouw.campaign.already-member} */
    ALREADY_MEMBER("buurtschouw.campaign.already-member"),
    /** {@code buurtschouw.campaign.not-member} */
    NOT_MEMBER("buurtschouw.campaign.not-member"),
    /** {@code buurtschouw.campaign.core-group-too-small} */
    CORE_GROUP_TOO_SMALL("buurtschouw.campaign.core-group-too-small"),
    /** {@code buurtschouw.campaign.area-outside-municipality} */
    AREA_OUTSIDE_MUNICIPALITY("buurtschouw.campaign.area-outside-municipality"),
    /** {@code buurtschouw.campaign.route-too-short} */
    ROUTE_TOO_SHORT("buurtschouw.campaign.route-too-short"),
    /** {@code buurtschouw.campaign.entry-still-open} */
    ENTRY_STILL_OPEN("buurtschouw.campaign.entry-still-open"),
    /** {@code buurtschouw.campaign.message-required} */
    MESSAGE_REQUIRED("buurtschouw.campaign.message-required"),
    /** {@code buurtschouw.campaign.already-rated} */
    ALREADY_RATED("buurtschouw.campaign.already-rated"),
    /** {@code buurtschouw.campaign.date-in-past} */
    DATE_IN_PAST("buurtschouw.campaign.date-in-past"),
    /** {@code buurtschouw.campaign.entry-closes-before-walk} */
    ENTRY_CLOSES_BEFORE_WALK("buurtschouw.campaign.entry-closes-before-walk"),
    /** {@code buurtschouw.campaign.already-invited} */
    ALREADY_INVITED("buurtschouw.campaign.already-invited"),
    /** {@code buurtschouw.campaign.area-missing} */
    AREA_MISSING("buurtschouw.campaign.area-missing"),
    /** {@code buurtschouw.campaign.route-missing} */
    ROUTE_MISSING("buurtschouw.campaign.route-missing"),
    /** {@code buurtschouw.campaign.themes-missing} */
    THEMES_MISSING("buurtschouw.campaign.themes-missing"),
    /** {@code buurtschouw.campaign.walk-not-scheduled} */
    WALK_NOT_SCHEDULED("buurtschouw.campaign.walk-not-scheduled"),
    /** {@code buurtschouw.campaign.entry-deadline-passed} */
    ENTRY_DEADLINE_PASSED("buurtschouw.campaign.entry-deadline-passed"),
    /** {@code buurtschouw.campaign.already-attended} */
    ALREADY_ATTENDED("buurtschouw.campaign.already-attended"),
    /** {@code buurtschouw.campaign.due-date-in-past} */
    DUE_DATE_IN_PAST("buurtschouw.campaign.due-date-in-past"),
    /** {@code buurtschouw.campaign.agreement-unknown} */
    AGREEMENT_UNKNOWN("buurtschouw.campaign.agreement-unknown"),
    /** {@code buurtschouw.campaign.agreement-completed} */
    AGREEMENT_COMPLETED("buurtschouw.campaign.agreement-completed"),
    /** {@code buurtschouw.campaign.observations-closed} */
    ENTRY_CLOSED("buurtschouw.campaign.observations-closed"),
    /** {@code buurtschouw.campaign.outside-area} */
    OUTSIDE_AREA("buurtschouw.campaign.outside-area"),
    /** {@code buurtschouw.campaign.element-unknown} */
    ELEMENT_UNKNOWN("buurtschouw.campaign.element-unknown"),
    /** {@code buurtschouw.campaign.theme-not-chosen} */
    THEME_NOT_CHOSEN("buurtschouw.campaign.theme-not-chosen"),
    /** {@code buurtschouw.campaign.location-required} */
    LOCATION_REQUIRED("buurtschouw.campaign.location-required"),
    /** {@code buurtschouw.campaign.threshold-twice} */
    THRESHOLD_TWICE("buurtschouw.campaign.threshold-twice"),
    /** {@code buurtschouw.campaign.assessment-unknown} */
    ASSESSMENT_UNKNOWN("buurtschouw.campaign.assessment-unknown"),
    /** {@code buurtschouw.campaign.report-not-due} */
    REPORT_NOT_DUE("buurtschouw.campaign.report-not-due"),
    /** {@code buurtschouw.campaign.not-a-report} */
    NOT_A_REPORT("buurtschouw.campaign.not-a-report"),
    /** {@code buurtschouw.campaign.inspection-in-future} */
    INSPECTION_IN_FUTURE("buurtschouw.campaign.inspection-in-future");

    private final String code;

    CampaignRejection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
