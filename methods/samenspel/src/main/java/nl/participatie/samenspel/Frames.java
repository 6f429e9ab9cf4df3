package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;

/**
 * The frames of a phase (<i>kaders</i>), declared before any input is collected, as the participation ordinance
 * asks: what is fixed, what is open, the budget and who decides in the end.
 *
 * @param fixed    what is fixed and not up for discussion
 * @param open     what is open to the participants
 * @param budget   the budget of what is open; zero when there is none
 * @param finalSay who decides in the end
 */
@API(status = API.Status.EXPERIMENTAL)
public record Frames(LocalizedText fixed, LocalizedText open, Money budget, LocalizedText finalSay) {
    public Frames {
        InvalidValueException.requireNonNull(fixed, "fixed");
        InvalidValueException.requireNonNull(open, "open");
        InvalidValueException.requireNonNull(budget, "budget");
        InvalidValueException.requireNonNull(finalSay, "finalSay");
    }
}
