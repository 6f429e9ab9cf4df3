package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * What a reporter, the supporters of an idea and the civil servants are told about a report (<i>terugmelding</i>):
 * the notification codes of its decider, each with its text in Dutch and English in
 * {@code ParticipatieMessages*.properties}. Where staff write the text themselves, the catalogue's text is just that
 * text ({@code {0}}).
 */
@API(status = API.Status.STABLE)
public enum ReportNotice implements Code {
    /** {@code buurtschouw.report.received}: to the reporter on filing, the category's handling message. */
    RECEIVED("buurtschouw.report.received"),
    /** {@code buurtschouw.report.status-changed}: to the reporter, the civil servant's text at a status change. */
    STATUS_CHANGED("buurtschouw.report.status-changed"),
    /** {@code buurtschouw.report.scheduled}: to the reporter, the date it is planned for. */
    SCHEDULED("buurtschouw.report.scheduled"),
    /** {@code buurtschouw.report.forwarded}: to the external parties, the question about a forwarded report and until when to answer. */
    FORWARDED("buurtschouw.report.forwarded"),
    /** {@code buurtschouw.report.reaction-requested}: to the reporter, the question and until when to react. */
    REACTION_REQUESTED("buurtschouw.report.reaction-requested"),
    /** {@code buurtschouw.report.reaction-received}: to the civil servants, that the reporter reacted. */
    REACTION_RECEIVED("buurtschouw.report.reaction-received"),
    /** {@code buurtschouw.report.reaction-expired}: to the civil servants, that the reaction window passed. */
    REACTION_EXPIRED("buurtschouw.report.reaction-expired"),
    /** {@code buurtschouw.report.forward-answered}: to the civil servants, that the external party answered. */
    FORWARD_ANSWERED("buurtschouw.report.forward-answered"),
    /** {@code buurtschouw.report.forward-expired}: to the civil servants, that the external party did not answer in time. */
    FORWARD_EXPIRED("buurtschouw.report.forward-expired"),
    /** {@code buurtschouw.report.handled}: to reporter and supporters, the civil servant's text. */
    HANDLED("buurtschouw.report.handled"),
    /** {@code buurtschouw.report.satisfaction-survey}: to the reporter, the survey and until when it is open. */
    SATISFACTION_SURVEY("buurtschouw.report.satisfaction-survey"),
    /** {@code buurtschouw.report.cancelled}: to reporter and supporters, the civil servant's text. */
    CANCELLED("buurtschouw.report.cancelled"),
    /** {@code buurtschouw.report.reopened}: to reporter and supporters, the civil servant's text. */
    REOPENED("buurtschouw.report.reopened"),
    /** {@code buurtschouw.report.reopen-requested}: to the reporter and the civil servants, when the reporter is not satisfied. */
    REOPEN_REQUESTED("buurtschouw.report.reopen-requested"),
    /** {@code buurtschouw.idea.supported}: to the reporter of an idea, how many support it and want to help. */
    IDEA_SUPPORTED("buurtschouw.idea.supported"),
    /** {@code buurtschouw.idea.became-initiative}: to the reporter and supporters, when the idea became an initiative. */
    IDEA_BECAME_INITIATIVE("buurtschouw.idea.became-initiative"),
    /** {@code buurtschouw.idea.help-invited}: to each supporter who offered help, when the idea became an initiative. */
    HELP_INVITED("buurtschouw.idea.help-invited"),
    /** {@code buurtschouw.report.chain-news}: to the reporter and supporters, what happened further down the chain. */
    CHAIN_NEWS("buurtschouw.report.chain-news");

    private final String code;

    ReportNotice(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
