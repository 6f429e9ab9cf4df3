package nl.participatie.budgetmonitoring;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * Realised expenditure of a budget year so far (<i>realisatie</i>), per line and period: reference data supplied by
 * the municipality, like the budget.
 *
 * @param year        the budget year
 * @param periodicity months or quarters
 * @param amounts     realised expenditure per line and period (not cumulative)
 */
@API(status = API.Status.EXPERIMENTAL)
public record Realisation(int year, Periodicity periodicity, List<Amount> amounts) {

    /** The periods of a year. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Periodicity {
        /** Twelve months. */
        MONTH(12),
        /** Four quarters. */
        QUARTER(4);

        private final int periods;

        Periodicity(int periods) {
            this.periods = periods;
        }

        /** How many periods a year has. */
        public int periods() {
            return periods;
        }
    }

    /**
     * Realised expenditure of one line in one period.
     *
     * @param line   the budget line's id
     * @param period the month or quarter, from 1
     * @param lasten realised expenditure
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Amount(String line, int period, Money lasten) {
        public Amount {
            InvalidValueException.requireNonNull(line, "line");
            InvalidValueException.requireNonNull(lasten, "lasten");
            if (period < 1 || period > 12) {
                throw ValueRejection.PERIOD_INVALID.exception(period);
            }
        }
    }

    public Realisation {
        InvalidValueException.requireNonNull(periodicity, "periodicity");
        amounts = List.copyOf(InvalidValueException.requireNonNull(amounts, "amounts"));
        for (Amount a : amounts) {
            if (a.period() > periodicity.periods()) {
                throw ValueRejection.PERIOD_INVALID.exception(a.period());
            }
        }
    }

    /** The last period with any amount, 0 when there is none. */
    public int throughPeriod() {
        return amounts.stream().mapToInt(Amount::period).max().orElse(0);
    }
}
