package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A decision a phase leads to (<i>besluit</i>), and whether it belongs to the council by law
 * (<i>bevoegdheid van de raad</i>). A phase with a council-only decision may promise no group CO_DECIDE or
 * SELF_GOVERN unless the council itself decided so, named in {@code councilDecision}.
 *
 * @param code            its code within the design, e.g. {@code vision}
 * @param title           what is decided, in Dutch and English
 * @param councilOnly     whether the power is the council's by law
 * @param councilDecision the council's own decision that leaves it to residents (a reference in the council
 *                        information system); empty when there is none
 */
@API(status = API.Status.EXPERIMENTAL)
public record DecisionTopic(String code, LocalizedText title, boolean councilOnly, String councilDecision) {
    public DecisionTopic {
        Checks.code(code, "code");
        InvalidValueException.requireNonNull(title, "title");
        InvalidValueException.requireNonNull(councilDecision, "councilDecision");
    }

    /** Whether the council's power may be promised to residents: not the council's, or the council decided so. */
    public boolean mayBeLeftToResidents() {
        return !councilOnly || !councilDecision.isBlank();
    }
}
