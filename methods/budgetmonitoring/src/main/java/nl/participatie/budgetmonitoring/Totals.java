package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * The amounts of one group of lines in a report (<i>subtotaal</i>): a taakveld, a social domain, an area or the whole
 * budget. Every group is the exact sum of its lines, so the groups of one grouping add up to the grand total.
 *
 * @param key     the group: a taakveld code, a domain code, an area code, {@code -} for lines without area, or
 *                {@code total}
 * @param amounts the group's amounts, in the order of the report's columns
 */
@API(status = API.Status.EXPERIMENTAL)
public record Totals(String key, List<Money> amounts) {

    public Totals {
        InvalidValueException.requireNonNull(key, "key");
        amounts = List.copyOf(InvalidValueException.requireNonNull(amounts, "amounts"));
    }

    /** The amount in column {@code i}. */
    public Money amount(int i) {
        return amounts.get(i);
    }

    /**
     * {@code part} as a percentage of {@code whole}, one decimal, half up; {@code null} when {@code whole} is zero
     * (a change from nothing has no percentage).
     */
    public static BigDecimal percent(Money part, Money whole) {
        if (whole.isZero()) {
            return null;
        }
        return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount().abs(), 1, RoundingMode.HALF_UP);
    }
}
