package nl.participatie.buurtschouw;

import nl.participatie.core.API;

/**
 * What a report is (<i>soort melding</i>): a problem or an idea. Quality scores (<i>burgerschouw</i>) are no reports:
 * they are {@link Assessment}s of the campaign; {@link #QUALITY_ASSESSMENT} is only in reports filed before that.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ReportKind {
    /** Something is wrong and should be fixed (<i>probleem</i>, <i>melding openbare ruimte</i>). */
    PROBLEM,
    /** A proposal to improve the neighbourhood that others can support and help with (<i>idee</i>). */
    IDEA,
    /**
     * A theme scored against the municipality's CROW quality level (<i>burgerschouw</i>), filed as a report before
     * scores were recorded on the campaign: it reads from old events, and filing a new one is refused. Such a report
     * is never overdue and gets no satisfaction survey.
     */
    QUALITY_ASSESSMENT
}
