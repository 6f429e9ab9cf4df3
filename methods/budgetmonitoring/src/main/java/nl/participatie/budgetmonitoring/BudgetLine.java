package nl.participatie.budgetmonitoring;

import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * One line of a municipal budget (<i>begrotingsregel</i>): a BBV taakveld, the municipality's own programme,
 * optionally an area, and exact amounts of expenditure and income.
 *
 * @param id        the line's id, unique in its budget (letters, digits, {@code . _ -}, at most 40)
 * @param taakveld  the BBV taakveld
 * @param programme the municipality's programme (<i>programma</i>), as it names it
 * @param area      the area, or {@code null} for the whole municipality
 * @param lasten    expenditure (<i>lasten</i>)
 * @param baten     income (<i>baten</i>)
 */
@API(status = API.Status.EXPERIMENTAL)
public record BudgetLine(String id, TaakveldCode taakveld, String programme, AreaCode area, Money lasten, Money baten) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    public BudgetLine {
        InvalidValueException.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw ValueRejection.LINE_ID_INVALID.exception(id);
        }
        InvalidValueException.requireNonNull(taakveld, "taakveld");
        InvalidValueException.requireNonNull(programme, "programme");
        if (programme.isBlank() || programme.length() > 120) {
            throw ValueRejection.COLUMN_MISSING.exception(programme, "programme");
        }
        InvalidValueException.requireNonNull(lasten, "lasten");
        InvalidValueException.requireNonNull(baten, "baten");
    }

    /** This line with other expenditure. */
    public BudgetLine withLasten(Money value) {
        return new BudgetLine(id, taakveld, programme, area, value, baten);
    }

    /** Whether the line is a reserve mutation (taakveld 0.10), which is not spending. */
    public boolean isReserves() {
        return taakveld.isReserves();
    }
}
