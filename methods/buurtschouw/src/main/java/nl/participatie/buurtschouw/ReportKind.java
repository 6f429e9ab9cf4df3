package nl.participatie.buurtschouw;

import nl.participatie.core.API;

/** What a report is (<i>soort melding</i>): a problem, an idea, or a quality assessment on the route. */
@API(status = API.Status.EXPERIMENTAL)
public enum ReportKind {
    /** Something is wrong and should be fixed (<i>probleem</i>, <i>melding openbare ruimte</i>). */
    PROBLEM,
    /** A proposal to improve the neighbourhood that others can support and help with (<i>idee</i>). */
    IDEA,
    /** A theme scored against the municipality's CROW quality level (<i>burgerschouw</i>). */
    QUALITY_ASSESSMENT
}
