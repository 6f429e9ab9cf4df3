package nl.participatie.budgetmonitoring;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The translation of one budget line to areas (<i>gebiedsvertaling</i>): its percentages per area, adding up to 100.
 * The amounts follow by {@link Allocation}, to the cent.
 *
 * @param line   the budget line's id
 * @param shares the areas and their percentages
 */
@API(status = API.Status.EXPERIMENTAL)
public record LineAllocation(String line, List<AreaShare> shares) {

    public LineAllocation {
        InvalidValueException.requireNonNull(line, "line");
        shares = List.copyOf(InvalidValueException.requireNonNull(shares, "shares"));
    }
}
