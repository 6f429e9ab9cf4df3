package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * The rules a municipality sets for its budget rounds (<i>spelregels</i>, <i>signaleringsdrempels</i>): how many
 * domains a member's vote may name and how many the count chooses, and when a deviation between the projected
 * realisation and the adopted budget is flagged. Immutable and validated when made.
 *
 * <pre>{@code
 * BudgetRoundRules mine = BudgetRoundRules.defaults().withDeviationPercent(new BigDecimal("5")).withDeviationAmount(Money.euros(25_000));
 * }</pre>
 *
 * @param domainsPerVote   how many domains one member's vote may name (one vote per member, digital or on paper)
 * @param domainsChosen    how many domains the count of votes chooses (all domains tied at the last place come along)
 * @param deviationPercent a projection that deviates more than this percentage of the adopted amount is flagged
 * @param deviationAmount  a projection that deviates more than this amount is flagged (either threshold suffices)
 */
@API(status = API.Status.EXPERIMENTAL)
public record BudgetRoundRules(int domainsPerVote, int domainsChosen, BigDecimal deviationPercent, Money deviationAmount) {

    private static final BudgetRoundRules DEFAULTS = new BudgetRoundRules(3, 2, BigDecimal.TEN, Money.euros(50_000));

    public BudgetRoundRules {
        if (domainsPerVote < 1 || domainsPerVote > 20) {
            throw ValueRejection.RULE_INVALID.exception(domainsPerVote, "domainsPerVote");
        }
        if (domainsChosen < 1 || domainsChosen > 20) {
            throw ValueRejection.RULE_INVALID.exception(domainsChosen, "domainsChosen");
        }
        InvalidValueException.requireNonNull(deviationPercent, "deviationPercent");
        if (deviationPercent.signum() < 0 || deviationPercent.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw ValueRejection.RULE_INVALID.exception(deviationPercent, "deviationPercent");
        }
        InvalidValueException.requireNonNull(deviationAmount, "deviationAmount");
        if (deviationAmount.isNegative()) {
            throw ValueRejection.RULE_INVALID.exception(deviationAmount, "deviationAmount");
        }
    }

    /** The library's defaults: three domains per vote, two chosen, flagged above 10 % or above € 50.000. */
    public static BudgetRoundRules defaults() {
        return DEFAULTS;
    }

    /** These rules with another number of domains per vote. */
    public BudgetRoundRules withDomainsPerVote(int value) {
        return new BudgetRoundRules(value, domainsChosen, deviationPercent, deviationAmount);
    }

    /** These rules with another number of domains chosen by the count. */
    public BudgetRoundRules withDomainsChosen(int value) {
        return new BudgetRoundRules(domainsPerVote, value, deviationPercent, deviationAmount);
    }

    /** These rules with another percentage threshold. */
    public BudgetRoundRules withDeviationPercent(BigDecimal value) {
        return new BudgetRoundRules(domainsPerVote, domainsChosen, value, deviationAmount);
    }

    /** These rules with another amount threshold. */
    public BudgetRoundRules withDeviationAmount(Money value) {
        return new BudgetRoundRules(domainsPerVote, domainsChosen, deviationPercent, value);
    }
}
