package nl.participatie.samenspel;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.Code;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * The words of the trajectory's outputs (<i>teksten van plan, verslag, overzicht en participatieparagraaf</i>) as codes
 * of the message catalogue, so {@link ParticipationPlan}, {@link ParticipationReport}, {@link TrajectoryOverview} and
 * {@link ParticipationParagraph} are written in Dutch or English from {@code ParticipatieMessages*.properties} and
 * never from code. One enum serves the four outputs, which share most of their words.
 */
@API(status = API.Status.INTERNAL)
public enum SamenspelText implements Code {
    /** {@code samenspel.text.plan.title} */
    PLAN_TITLE("samenspel.text.plan.title"),
    /** {@code samenspel.text.report.title} */
    REPORT_TITLE("samenspel.text.report.title"),
    /** {@code samenspel.text.overview.title} */
    OVERVIEW_TITLE("samenspel.text.overview.title"),
    /** {@code samenspel.text.paragraph.title} */
    PARAGRAPH_TITLE("samenspel.text.paragraph.title"),
    /** {@code samenspel.text.about} */
    ABOUT("samenspel.text.about"),
    /** {@code samenspel.text.adopted} */
    ADOPTED("samenspel.text.adopted"),
    /** {@code samenspel.text.not-adopted} */
    NOT_ADOPTED("samenspel.text.not-adopted"),
    /** {@code samenspel.text.standing} */
    STANDING("samenspel.text.standing"),
    /** {@code samenspel.text.phase-heading} */
    PHASE_HEADING("samenspel.text.phase-heading"),
    /** {@code samenspel.text.period} */
    PERIOD("samenspel.text.period"),
    /** {@code samenspel.text.none} */
    NONE("samenspel.text.none"),
    /** {@code samenspel.text.promises} */
    PROMISES("samenspel.text.promises"),
    /** {@code samenspel.text.promise-columns} */
    PROMISE_COLUMNS("samenspel.text.promise-columns"),
    /** {@code samenspel.text.meaning.inform} */
    MEANING_INFORM("samenspel.text.meaning.inform"),
    /** {@code samenspel.text.meaning.consult} */
    MEANING_CONSULT("samenspel.text.meaning.consult"),
    /** {@code samenspel.text.meaning.advise} */
    MEANING_ADVISE("samenspel.text.meaning.advise"),
    /** {@code samenspel.text.meaning.co-produce} */
    MEANING_CO_PRODUCE("samenspel.text.meaning.co-produce"),
    /** {@code samenspel.text.meaning.co-decide} */
    MEANING_CO_DECIDE("samenspel.text.meaning.co-decide"),
    /** {@code samenspel.text.meaning.self-govern} */
    MEANING_SELF_GOVERN("samenspel.text.meaning.self-govern"),
    /** {@code samenspel.text.frames} */
    FRAMES("samenspel.text.frames"),
    /** {@code samenspel.text.frames-fixed} */
    FRAMES_FIXED("samenspel.text.frames-fixed"),
    /** {@code samenspel.text.frames-open} */
    FRAMES_OPEN("samenspel.text.frames-open"),
    /** {@code samenspel.text.frames-budget} */
    FRAMES_BUDGET("samenspel.text.frames-budget"),
    /** {@code samenspel.text.frames-final-say} */
    FRAMES_FINAL_SAY("samenspel.text.frames-final-say"),
    /** {@code samenspel.text.frames-not-declared} */
    FRAMES_NOT_DECLARED("samenspel.text.frames-not-declared"),
    /** {@code samenspel.text.activities} */
    ACTIVITIES("samenspel.text.activities"),
    /** {@code samenspel.text.activity-columns} */
    ACTIVITY_COLUMNS("samenspel.text.activity-columns"),
    /** {@code samenspel.text.deliverables} */
    DELIVERABLES("samenspel.text.deliverables"),
    /** {@code samenspel.text.topics} */
    TOPICS("samenspel.text.topics"),
    /** {@code samenspel.text.topic-council-only} */
    TOPIC_COUNCIL_ONLY("samenspel.text.topic-council-only"),
    /** {@code samenspel.text.topic-council-decision} */
    TOPIC_COUNCIL_DECISION("samenspel.text.topic-council-decision"),
    /** {@code samenspel.text.involved} */
    INVOLVED("samenspel.text.involved"),
    /** {@code samenspel.text.involved-columns} */
    INVOLVED_COLUMNS("samenspel.text.involved-columns"),
    /** {@code samenspel.text.input-used} */
    INPUT_USED("samenspel.text.input-used"),
    /** {@code samenspel.text.no-decisions} */
    NO_DECISIONS("samenspel.text.no-decisions"),
    /** {@code samenspel.text.decision-heading} */
    DECISION_HEADING("samenspel.text.decision-heading"),
    /** {@code samenspel.text.decision-follows} */
    DECISION_FOLLOWS("samenspel.text.decision-follows"),
    /** {@code samenspel.text.decision-deviates} */
    DECISION_DEVIATES("samenspel.text.decision-deviates"),
    /** {@code samenspel.text.motivation} */
    MOTIVATION("samenspel.text.motivation"),
    /** {@code samenspel.text.no-motivation} */
    NO_MOTIVATION("samenspel.text.no-motivation"),
    /** {@code samenspel.text.use-columns} */
    USE_COLUMNS("samenspel.text.use-columns"),
    /** {@code samenspel.text.not-considered} */
    NOT_CONSIDERED("samenspel.text.not-considered"),
    /** {@code samenspel.text.reported-back} */
    REPORTED_BACK("samenspel.text.reported-back"),
    /** {@code samenspel.text.not-reported-back} */
    NOT_REPORTED_BACK("samenspel.text.not-reported-back"),
    /** {@code samenspel.text.frame-changes} */
    FRAME_CHANGES("samenspel.text.frame-changes"),
    /** {@code samenspel.text.frame-change} */
    FRAME_CHANGE("samenspel.text.frame-change"),
    /** {@code samenspel.text.yes} */
    YES("samenspel.text.yes"),
    /** {@code samenspel.text.no} */
    NO("samenspel.text.no"),
    /** {@code samenspel.text.versions} */
    VERSIONS("samenspel.text.versions"),
    /** {@code samenspel.text.version-columns} */
    VERSION_COLUMNS("samenspel.text.version-columns"),
    /** {@code samenspel.text.first-version} */
    FIRST_VERSION("samenspel.text.first-version"),
    /** {@code samenspel.text.levels} */
    LEVELS("samenspel.text.levels"),
    /** {@code samenspel.text.finding-columns} */
    FINDING_COLUMNS("samenspel.text.finding-columns"),
    /** {@code samenspel.text.frames-row} */
    FRAMES_ROW("samenspel.text.frames-row"),
    /** {@code samenspel.text.status.kept} */
    STATUS_KEPT("samenspel.text.status.kept"),
    /** {@code samenspel.text.status.open} */
    STATUS_OPEN("samenspel.text.status.open"),
    /** {@code samenspel.text.status.broken} */
    STATUS_BROKEN("samenspel.text.status.broken"),
    /** {@code samenspel.text.held-columns} */
    HELD_COLUMNS("samenspel.text.held-columns"),
    /** {@code samenspel.text.not-held} */
    NOT_HELD("samenspel.text.not-held"),
    /** {@code samenspel.text.contributions} */
    CONTRIBUTIONS("samenspel.text.contributions"),
    /** {@code samenspel.text.no-contributions} */
    NO_CONTRIBUTIONS("samenspel.text.no-contributions"),
    /** {@code samenspel.text.contribution-columns} */
    CONTRIBUTION_COLUMNS("samenspel.text.contribution-columns"),
    /** {@code samenspel.text.not-decided} */
    NOT_DECIDED("samenspel.text.not-decided"),
    /** {@code samenspel.text.promise-totals} */
    PROMISE_TOTALS("samenspel.text.promise-totals"),
    /** {@code samenspel.text.totals} */
    TOTALS("samenspel.text.totals"),
    /** {@code samenspel.text.evaluation} */
    EVALUATION("samenspel.text.evaluation"),
    /** {@code samenspel.text.outcomes} */
    OUTCOMES("samenspel.text.outcomes"),
    /** {@code samenspel.text.lessons} */
    LESSONS("samenspel.text.lessons"),
    /** {@code samenspel.text.organisation-change} */
    ORGANISATION_CHANGE("samenspel.text.organisation-change"),
    /** {@code samenspel.text.not-evaluated} */
    NOT_EVALUATED("samenspel.text.not-evaluated"),
    /** {@code samenspel.text.evidence-columns} */
    EVIDENCE_COLUMNS("samenspel.text.evidence-columns"),
    /** {@code samenspel.text.survey-columns} */
    SURVEY_COLUMNS("samenspel.text.survey-columns"),
    /** {@code samenspel.text.paragraph.summary} */
    PARAGRAPH_SUMMARY("samenspel.text.paragraph.summary"),
    /** {@code samenspel.text.paragraph.who} */
    PARAGRAPH_WHO("samenspel.text.paragraph.who"),
    /** {@code samenspel.text.paragraph.phase} */
    PARAGRAPH_PHASE("samenspel.text.paragraph.phase"),
    /** {@code samenspel.text.paragraph.group-level} */
    PARAGRAPH_GROUP_LEVEL("samenspel.text.paragraph.group-level"),
    /** {@code samenspel.text.paragraph.yield} */
    PARAGRAPH_YIELD("samenspel.text.paragraph.yield"),
    /** {@code samenspel.text.paragraph.counts} */
    PARAGRAPH_COUNTS("samenspel.text.paragraph.counts"),
    /** {@code samenspel.text.paragraph.done} */
    PARAGRAPH_DONE("samenspel.text.paragraph.done"),
    /** {@code samenspel.text.paragraph.decision-follows} */
    PARAGRAPH_DECISION_FOLLOWS("samenspel.text.paragraph.decision-follows"),
    /** {@code samenspel.text.paragraph.decision-deviates} */
    PARAGRAPH_DECISION_DEVIATES("samenspel.text.paragraph.decision-deviates"),
    /** {@code samenspel.text.paragraph.decision-unmotivated} */
    PARAGRAPH_DECISION_UNMOTIVATED("samenspel.text.paragraph.decision-unmotivated"),
    /** {@code samenspel.text.paragraph.promises} */
    PARAGRAPH_PROMISES("samenspel.text.paragraph.promises"),
    /** {@code samenspel.text.paragraph.not-kept} */
    PARAGRAPH_NOT_KEPT("samenspel.text.paragraph.not-kept"),
    /** {@code samenspel.text.paragraph.frames-not-kept} */
    PARAGRAPH_FRAMES_NOT_KEPT("samenspel.text.paragraph.frames-not-kept");

    private final String code;

    SamenspelText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The text in one language; an argument in both languages ({@link LocalizedText}) is given in that language. */
    String in(Locale locale, Object... args) {
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof LocalizedText both) {
                written[i] = both.in(locale);
            }
        }
        return Catalogue.text(locale, code, written);
    }
}
