package nl.participatie.buurtschouw.open311;

import java.util.EnumSet;
import java.util.Set;

import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * What the public and the reporter see of a report's state (<i>publieke status</i>), as Signalen shows it: five
 * labels, never the internal ones such as "Extern: te verzenden". The labels are those of Signalen's reporter view
 * ({@code my_signals}: Open, Afgesloten, Heropend, Vraag aan u verstuurd, Antwoord van u ontvangen); what counts as
 * closed is what Signalen's public map leaves out: handled, cancelled, done external and reopen requested. Open311's
 * {@code status} follows: {@code closed} for {@link #CLOSED}, {@code open} for the other four.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum PublicStatus {
    /** Open: everything between filing and closing that the reporter is not asked about. */
    OPEN(Open311Text.PUBLIC_OPEN, ServiceRequest.OPEN),
    /** Afgesloten: handled, cancelled, done by the external system, or handled and asked to reopen. */
    CLOSED(Open311Text.PUBLIC_CLOSED, ServiceRequest.CLOSED),
    /** Heropend: reopened. */
    REOPENED(Open311Text.PUBLIC_REOPENED, ServiceRequest.OPEN),
    /** Vraag aan u verstuurd: the reporter was asked a question. */
    QUESTION_SENT(Open311Text.PUBLIC_QUESTION_SENT, ServiceRequest.OPEN),
    /** Antwoord van u ontvangen: the reporter's answer came in. */
    ANSWER_RECEIVED(Open311Text.PUBLIC_ANSWER_RECEIVED, ServiceRequest.OPEN);

    private static final Set<ReportStep> CLOSED_STEPS = EnumSet.of(ReportStep.HANDLED, ReportStep.CANCELLED,
            ReportStep.DONE_EXTERNAL, ReportStep.REOPEN_REQUESTED);

    private final Open311Text label;
    private final String open311Status;

    PublicStatus(Open311Text label, String open311Status) {
        this.label = label;
        this.open311Status = open311Status;
    }

    /** The public status of a filed report's step. */
    public static PublicStatus of(ReportStep step) {
        InvalidValueException.requireNonNull(step, "step");
        if (step == ReportStep.NEW) {
            throw new IllegalArgumentException("A report that was not filed has no public status");
        }
        if (CLOSED_STEPS.contains(step)) {
            return CLOSED;
        }
        return switch (step) {
            case REOPENED -> REOPENED;
            case REACTION_REQUESTED -> QUESTION_SENT;
            case REACTION_RECEIVED -> ANSWER_RECEIVED;
            default -> OPEN;
        };
    }

    /** The label in Dutch and English. */
    public LocalizedText label() {
        return Catalogue.text(label);
    }

    /** Open311's {@code status}: {@code open} or {@code closed}. */
    public String open311Status() {
        return open311Status;
    }

    /**
     * The step this status stands for when read back from another system: the one step behind the three specific
     * labels; handled for closed and reported for open, as the finer state is not public.
     */
    public ReportStep step() {
        return switch (this) {
            case OPEN -> ReportStep.REPORTED;
            case CLOSED -> ReportStep.HANDLED;
            case REOPENED -> ReportStep.REOPENED;
            case QUESTION_SENT -> ReportStep.REACTION_REQUESTED;
            case ANSWER_RECEIVED -> ReportStep.REACTION_RECEIVED;
        };
    }
}
