package nl.participatie.buurtschouw.analysis;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The words of the feedback of a neighbourhood walk (<i>terugkoppeling van de schouw</i>), {@link CampaignSummary}:
 * keys of the catalogue {@code ParticipatieMessages*.properties}, in Dutch and English.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum SummaryText implements Code {
    /** {@code buurtschouw.summary.title} */
    TITLE("buurtschouw.summary.title"),
    /** {@code buurtschouw.summary.per-theme} */
    PER_THEME("buurtschouw.summary.per-theme"),
    /** {@code buurtschouw.summary.handling} */
    HANDLING("buurtschouw.summary.handling"),
    /** {@code buurtschouw.summary.quality} */
    QUALITY("buurtschouw.summary.quality"),
    /** {@code buurtschouw.summary.ideas} */
    IDEAS("buurtschouw.summary.ideas"),
    /** {@code buurtschouw.summary.each-observation} */
    EACH_OBSERVATION("buurtschouw.summary.each-observation"),
    /** {@code buurtschouw.summary.evaluation} */
    EVALUATION("buurtschouw.summary.evaluation"),
    /** {@code buurtschouw.summary.theme} */
    THEME("buurtschouw.summary.theme"),
    /** {@code buurtschouw.summary.total} */
    TOTAL("buurtschouw.summary.total"),
    /** {@code buurtschouw.summary.assessments} */
    ASSESSMENTS("buurtschouw.summary.assessments"),
    /** {@code buurtschouw.summary.average} */
    AVERAGE("buurtschouw.summary.average"),
    /** {@code buurtschouw.summary.target} */
    TARGET("buurtschouw.summary.target"),
    /** {@code buurtschouw.summary.meeting-target} */
    MEETING_TARGET("buurtschouw.summary.meeting-target"),
    /** {@code buurtschouw.summary.idea} */
    IDEA("buurtschouw.summary.idea"),
    /** {@code buurtschouw.summary.score} */
    SCORE("buurtschouw.summary.score"),
    /** {@code buurtschouw.summary.supporters} */
    SUPPORTERS("buurtschouw.summary.supporters"),
    /** {@code buurtschouw.summary.helpers} */
    HELPERS("buurtschouw.summary.helpers"),
    /** {@code buurtschouw.summary.explanation} */
    EXPLANATION("buurtschouw.summary.explanation"),
    /** {@code buurtschouw.summary.observation} */
    OBSERVATION("buurtschouw.summary.observation"),
    /** {@code buurtschouw.summary.kind} */
    KIND("buurtschouw.summary.kind"),
    /** {@code buurtschouw.summary.category} */
    CATEGORY("buurtschouw.summary.category"),
    /** {@code buurtschouw.summary.neighbourhood} */
    NEIGHBOURHOOD("buurtschouw.summary.neighbourhood"),
    /** {@code buurtschouw.summary.description} */
    DESCRIPTION("buurtschouw.summary.description"),
    /** {@code buurtschouw.summary.status} */
    STATUS("buurtschouw.summary.status"),
    /** {@code buurtschouw.summary.what-happens} */
    WHAT_HAPPENS("buurtschouw.summary.what-happens"),
    /** {@code buurtschouw.summary.municipality} */
    MUNICIPALITY("buurtschouw.summary.municipality"),
    /** {@code buurtschouw.summary.area} */
    AREA("buurtschouw.summary.area"),
    /** {@code buurtschouw.summary.walk-dates} */
    WALK_DATES("buurtschouw.summary.walk-dates"),
    /** {@code buurtschouw.summary.themes} */
    THEMES("buurtschouw.summary.themes"),
    /** {@code buurtschouw.summary.people} */
    PEOPLE("buurtschouw.summary.people"),
    /** {@code buurtschouw.summary.core-group} */
    CORE_GROUP("buurtschouw.summary.core-group"),
    /** {@code buurtschouw.summary.invited} */
    INVITED("buurtschouw.summary.invited"),
    /** {@code buurtschouw.summary.observations} */
    OBSERVATIONS("buurtschouw.summary.observations"),
    /** {@code buurtschouw.summary.problems} */
    PROBLEMS("buurtschouw.summary.problems"),
    /** {@code buurtschouw.summary.ideas-word} */
    IDEAS_WORD("buurtschouw.summary.ideas-word"),
    /** {@code buurtschouw.summary.assessments-word} */
    ASSESSMENTS_WORD("buurtschouw.summary.assessments-word"),
    /** {@code buurtschouw.summary.results} */
    RESULTS("buurtschouw.summary.results"),
    /** {@code buurtschouw.summary.handled} */
    HANDLED("buurtschouw.summary.handled"),
    /** {@code buurtschouw.summary.cancelled} */
    CANCELLED("buurtschouw.summary.cancelled"),
    /** {@code buurtschouw.summary.open} */
    OPEN("buurtschouw.summary.open"),
    /** {@code buurtschouw.summary.within-slo} */
    WITHIN_SLO("buurtschouw.summary.within-slo"),
    /** {@code buurtschouw.summary.of} */
    OF("buurtschouw.summary.of"),
    /** {@code buurtschouw.summary.first-response} */
    FIRST_RESPONSE("buurtschouw.summary.first-response"),
    /** {@code buurtschouw.summary.handling-time} */
    HANDLING_TIME("buurtschouw.summary.handling-time"),
    /** {@code buurtschouw.summary.overdue} */
    OVERDUE("buurtschouw.summary.overdue"),
    /** {@code buurtschouw.summary.rating} */
    RATING("buurtschouw.summary.rating"),
    /** {@code buurtschouw.summary.ratings} */
    RATINGS("buurtschouw.summary.ratings"),
    /** {@code buurtschouw.summary.remark} */
    REMARK("buurtschouw.summary.remark"),
    /** {@code buurtschouw.summary.lesson} */
    LESSON("buurtschouw.summary.lesson"),
    /** {@code buurtschouw.summary.problem} */
    PROBLEM("buurtschouw.summary.problem"),
    /** {@code buurtschouw.summary.idea-kind} */
    IDEA_KIND("buurtschouw.summary.idea-kind"),
    /** {@code buurtschouw.summary.assessment} */
    ASSESSMENT("buurtschouw.summary.assessment"),
    /** {@code buurtschouw.summary.observations-lower} */
    OBSERVATIONS_LOWER("buurtschouw.summary.observations-lower"),
    /** {@code buurtschouw.summary.hours} */
    HOURS("buurtschouw.summary.hours"),
    /** {@code buurtschouw.summary.days} */
    DAYS("buurtschouw.summary.days"),
    /** {@code buurtschouw.summary.attended} */
    ATTENDED("buurtschouw.summary.attended"),
    /** {@code buurtschouw.summary.attended-groups} */
    ATTENDED_GROUPS("buurtschouw.summary.attended-groups"),
    /** {@code buurtschouw.summary.agreements} */
    AGREEMENTS("buurtschouw.summary.agreements"),
    /** {@code buurtschouw.summary.who} */
    WHO("buurtschouw.summary.who"),
    /** {@code buurtschouw.summary.what} */
    WHAT("buurtschouw.summary.what"),
    /** {@code buurtschouw.summary.due-by} */
    DUE_BY("buurtschouw.summary.due-by"),
    /** {@code buurtschouw.summary.agreement-state} */
    AGREEMENT_STATE("buurtschouw.summary.agreement-state"),
    /** {@code buurtschouw.summary.party} */
    PARTY("buurtschouw.summary.party"),
    /** {@code buurtschouw.summary.scored}: how many quality scores, and how many became a report */
    SCORED("buurtschouw.summary.scored"),
    /** {@code buurtschouw.summary.grouped}: the duplicates of an idea counted with it */
    GROUPED("buurtschouw.summary.grouped");

    private final String code;

    SummaryText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
