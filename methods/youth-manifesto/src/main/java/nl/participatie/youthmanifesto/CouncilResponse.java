package nl.participatie.youthmanifesto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A response of the council or the executive as recorded for the group (<i>reactie</i>): the instrument, the actions it
 * answers and, for a {@link CouncilInstrument.Toezegging toezegging}, whether it was kept. Numbered per group from 1.
 *
 * @param number         its number
 * @param instrument     the instrument
 * @param actions        the numbers of the actions it answers, at least one
 * @param recordedAt     when it was recorded
 * @param overdueNoticed whether the group was told that the commitment passed its deadline
 * @param settlement     how a commitment was settled; {@code null} while open and for every other instrument
 */
@API(status = API.Status.EXPERIMENTAL)
public record CouncilResponse(int number, CouncilInstrument instrument, List<Integer> actions, Instant recordedAt,
                              boolean overdueNoticed, Settlement settlement) {

    public CouncilResponse {
        Checks.positive(number, "number");
        InvalidValueException.requireNonNull(instrument, "instrument");
        actions = List.copyOf(InvalidValueException.requireNonNull(actions, "actions"));
        InvalidValueException.requireNonNull(recordedAt, "recordedAt");
    }

    /** Whether it is an alderman's commitment. */
    public boolean isCommitment() {
        return instrument instanceof CouncilInstrument.Toezegging;
    }

    /** Whether it is a commitment that was not settled yet. */
    public boolean isOpenCommitment() {
        return isCommitment() && settlement == null;
    }

    /** The deadline of a commitment; {@code null} for every other instrument. */
    public LocalDate deadline() {
        return instrument instanceof CouncilInstrument.Toezegging t ? t.deadline() : null;
    }

    CouncilResponse withOverdueNoticed() {
        return new CouncilResponse(number, instrument, actions, recordedAt, true, settlement);
    }

    CouncilResponse withSettlement(Settlement value) {
        return new CouncilResponse(number, instrument, actions, recordedAt, overdueNoticed, value);
    }

    /**
     * How a commitment was settled (<i>afgedaan</i>) on the griffie's list: kept, or not, and when.
     *
     * @param fulfilled whether it was kept
     * @param on        the day it was settled
     * @param note      what was done, or why not (required then)
     */
    public record Settlement(boolean fulfilled, LocalDate on, String note) {
        public Settlement {
            InvalidValueException.requireNonNull(on, "on");
            InvalidValueException.requireNonNull(note, "note");
        }
    }
}
