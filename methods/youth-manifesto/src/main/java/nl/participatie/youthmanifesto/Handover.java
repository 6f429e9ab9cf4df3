package nl.participatie.youthmanifesto;

import java.time.LocalDate;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The hand-over of the manifesto to the council (<i>overhandiging</i>): when, at which meeting, to whom, and the agenda
 * item under which the council information system placed it, so the follow-up can be linked to council documents.
 *
 * @param on         the day
 * @param meeting    the meeting, e.g. "raadsvergadering 2 juli 2026"
 * @param receivedBy to whom, e.g. "de voorzitter van de raad"
 * @param agendaItem the agenda item in the council information system; {@code null} until known
 */
@API(status = API.Status.EXPERIMENTAL)
public record Handover(LocalDate on, String meeting, String receivedBy, RisId agendaItem) {

    public Handover {
        InvalidValueException.requireNonNull(on, "on");
        InvalidValueException.requireNonNull(meeting, "meeting");
        InvalidValueException.requireNonNull(receivedBy, "receivedBy");
    }

    Handover withAgendaItem(RisId value) {
        return new Handover(on, meeting, receivedBy, value);
    }
}
