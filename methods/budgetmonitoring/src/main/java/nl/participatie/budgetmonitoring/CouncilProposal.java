package nl.participatie.budgetmonitoring;

import java.time.LocalDate;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * How the alternative budget went to the council (<i>raadsvoorstel</i>).
 *
 * @param form     a letter of residents to the council, or amendments through council members
 * @param meeting  the date of the council meeting
 * @param document the council document's id in the council information system
 */
@API(status = API.Status.EXPERIMENTAL)
public record CouncilProposal(Form form, LocalDate meeting, String document) {

    /** The council's instrument (<i>instrument</i>). */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Form {
        /** A letter from residents to the council (<i>raadsadres</i>). */
        RAADSADRES,
        /** Amendments to the budget, moved by council members (<i>amendementen</i>). */
        AMENDMENTS
    }

    public CouncilProposal {
        InvalidValueException.requireNonNull(form, "form");
        InvalidValueException.requireNonNull(meeting, "meeting");
        InvalidValueException.requireNonNull(document, "document");
    }
}
