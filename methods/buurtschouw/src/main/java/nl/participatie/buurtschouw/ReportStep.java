package nl.participatie.buurtschouw;

import nl.participatie.core.API;

/**
 * The status of a report (<i>status van een melding</i>), one for each state of Signalen that a new report can reach;
 * {@link SignalenStatus} maps them to Signalen's state codes and back. Signalen's historical {@code s}
 * (<i>gesplitst</i>) and its {@code h} (<i>on hold</i>), which no transition of {@code ALLOWED_STATUS_CHANGES}
 * leads to, are not part of the lifecycle.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ReportStep {
    /** Not filed yet (Signalen {@code ''}, <i>leeg</i>). */
    NEW,
    /** Filed (Signalen {@code m}, <i>gemeld</i>). */
    REPORTED,
    /** Waiting to be picked up (Signalen {@code i}, <i>in afwachting van behandeling</i>). */
    AWAITING_HANDLING,
    /** Being handled (Signalen {@code b}, <i>in behandeling</i>). */
    IN_PROGRESS,
    /** Planned for a date (Signalen {@code ingepland}). */
    SCHEDULED,
    /** To be sent to an external system (Signalen {@code ready to send}, <i>extern: te verzenden</i>). */
    READY_TO_SEND,
    /** Sent to an external system (Signalen {@code sent}, <i>extern: verzonden</i>). */
    SENT,
    /** Sending to an external system failed (Signalen {@code send failed}, <i>extern: mislukt</i>). */
    SEND_FAILED,
    /** The external system finished it (Signalen {@code done external}, <i>extern: afgehandeld</i>). */
    DONE_EXTERNAL,
    /** Forwarded to an external party (Signalen {@code forward to external}, <i>doorgezet naar extern</i>). */
    FORWARDED_TO_EXTERNAL,
    /** An external party asks to close it (Signalen {@code closure requested}, <i>extern: verzoek tot afhandeling</i>). */
    CLOSURE_REQUESTED,
    /** The reporter is asked for more information (Signalen {@code reaction requested}, <i>reactie gevraagd</i>). */
    REACTION_REQUESTED,
    /** The reaction came in, or the window passed (Signalen {@code reaction received}, <i>reactie ontvangen</i>). */
    REACTION_RECEIVED,
    /** Handled (Signalen {@code o}, <i>afgehandeld</i>). */
    HANDLED,
    /** Cancelled, e.g. as a duplicate (Signalen {@code a}, <i>geannuleerd</i>). */
    CANCELLED,
    /** The reporter was not satisfied and asks to reopen (Signalen {@code reopen requested}, <i>verzoek tot heropenen</i>). */
    REOPEN_REQUESTED,
    /** Reopened (Signalen {@code reopened}, <i>heropend</i>). */
    REOPENED;

    /** Whether the report is closed for its workflow: handled or cancelled (what the public sees is {@code open311.PublicStatus}). */
    public boolean isClosed() {
        return this == HANDLED || this == CANCELLED;
    }

    /** Whether the report is filed and not closed. */
    public boolean isOpen() {
        return this != NEW && !isClosed();
    }
}
