package nl.participatie.budgetmonitoring;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * One change of the alternative budget (<i>verschuiving</i>): move an amount from one line to another, or increase or
 * decrease one line, justified by what residents found in their neighbourhood research.
 *
 * @param number   its number in the round, from 1
 * @param from     the line that gives, or {@code null} for an increase
 * @param to       the line that receives, or {@code null} for a decrease
 * @param amount   how much, above zero
 * @param findings the numbers of the survey rounds ({@link SurveyRound#number()}) whose findings justify it
 */
@API(status = API.Status.EXPERIMENTAL)
public record Reallocation(int number, String from, String to, Money amount, List<Integer> findings) {

    public Reallocation {
        if (number < 1) {
            throw ValueRejection.RULE_INVALID.exception(number, "number");
        }
        if (from == null && to == null) {
            throw ValueRejection.COLUMN_MISSING.exception(null, "from/to");
        }
        InvalidValueException.requireNonNull(amount, "amount");
        findings = List.copyOf(InvalidValueException.requireNonNull(findings, "findings"));
    }

    /** What it changes the total expenditure by: zero for a move, plus for an increase, minus for a decrease. */
    public Money totalChange() {
        if (from != null && to != null) {
            return Money.ZERO;
        }
        return to != null ? amount : amount.negate();
    }

    /** This reallocation with another amount, as the council may adopt it. */
    public Reallocation withAmount(Money value) {
        return new Reallocation(number, from, to, value, findings);
    }
}
