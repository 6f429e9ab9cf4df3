package nl.participatie.samenspel;

import java.time.Instant;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The review of a finished phase (<i>fase-evaluatie</i>): which deliverables were made, and a note.
 *
 * @param phase        the phase's code
 * @param deliverables the codes of the deliverables made
 * @param note         the reviewer's note
 * @param at           when
 */
@API(status = API.Status.EXPERIMENTAL)
public record PhaseReview(String phase, List<String> deliverables, String note, Instant at) {
    public PhaseReview {
        Checks.code(phase, "phase");
        deliverables = Checks.list(deliverables, "deliverables");
        InvalidValueException.requireNonNull(note, "note");
        InvalidValueException.requireNonNull(at, "at");
    }
}
