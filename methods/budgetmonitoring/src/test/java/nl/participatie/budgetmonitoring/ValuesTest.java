package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/** The module's values refuse what breaks their rules, with a code. */
class ValuesTest {

    private static void refused(Runnable make, String code) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void taakveldCodesAreStringsValidPerYear() {
        assertThat(TaakveldCode.of("6.60")).isNotEqualTo(TaakveldCode.of("6.6"));
        assertThat(Taakvelden.standard().name(TaakveldCode.of("6.2"), 2022)).isEqualTo("Wijkteams");
        assertThat(Taakvelden.standard().name(TaakveldCode.of("6.2"), 2023)).isEqualTo("Toegang en eerstelijnsvoorzieningen");
        assertThat(Taakvelden.standard().isValid(TaakveldCode.of("6.2"), 2025)).isFalse();
        assertThat(Taakvelden.standard().name(TaakveldCode.of("5.3"), 2026)).isEqualTo("Cultuurpresentatie, cultuurproductie en cultuurparticipatie");
        refused(() -> TaakveldCode.of("6,3"), "budgetmonitoring.taakveld-invalid");
        refused(() -> new Budget(Fixtures.GM, 2016, List.of()), "budgetmonitoring.year-invalid");
    }

    @Test
    void theRulesAcceptEachBoundAndRefuseOnePastIt() {
        BudgetRoundRules at = new BudgetRoundRules(1, 1, BigDecimal.ZERO, Money.ZERO);
        assertThat(new BudgetRoundRules(20, 20, BigDecimal.valueOf(1000), Money.euros(1))).isNotEqualTo(at);
        refused(() -> new BudgetRoundRules(0, 1, BigDecimal.ZERO, Money.ZERO), "budgetmonitoring.rule-invalid");
        refused(() -> new BudgetRoundRules(21, 1, BigDecimal.ZERO, Money.ZERO), "budgetmonitoring.rule-invalid");
        refused(() -> new BudgetRoundRules(1, 0, BigDecimal.ZERO, Money.ZERO), "budgetmonitoring.rule-invalid");
        refused(() -> new BudgetRoundRules(1, 21, BigDecimal.ZERO, Money.ZERO), "budgetmonitoring.rule-invalid");
        refused(() -> new BudgetRoundRules(1, 1, new BigDecimal("-0.01"), Money.ZERO), "budgetmonitoring.rule-invalid");
        refused(() -> new BudgetRoundRules(1, 1, new BigDecimal("1000.01"), Money.ZERO), "budgetmonitoring.rule-invalid");
        refused(() -> new BudgetRoundRules(1, 1, BigDecimal.ZERO, Money.of("-0.01")), "budgetmonitoring.rule-invalid");
    }

    @Test
    void aProjectionIsFlaggedOnlyWhenItDeviatesMoreThanThePercentageOrMoreThanTheAmount() {
        // by the percentage alone (the amount threshold out of reach): 10 % of € 1.000.000 is € 100.000
        BudgetRoundRules byPercent = new BudgetRoundRules(3, 2, BigDecimal.TEN, Money.euros(10_000_000));
        assertThat(flag("1000000.00", "1000000.00", byPercent)).isEqualTo(Monitoring.Flag.NONE);
        assertThat(flag("1000000.00", "1100000.00", byPercent)).isEqualTo(Monitoring.Flag.NONE);
        assertThat(flag("1000000.00", "1100000.01", byPercent)).isEqualTo(Monitoring.Flag.OVERSPENDING);
        assertThat(flag("1000000.00", "900000.00", byPercent)).isEqualTo(Monitoring.Flag.NONE);
        assertThat(flag("1000000.00", "899999.99", byPercent)).isEqualTo(Monitoring.Flag.UNDERSPENDING);
        // by the amount alone (the percentage out of reach)
        BudgetRoundRules byAmount = new BudgetRoundRules(3, 2, BigDecimal.valueOf(1000), Money.euros(50_000));
        assertThat(flag("1000000.00", "1050000.00", byAmount)).isEqualTo(Monitoring.Flag.NONE);
        assertThat(flag("1000000.00", "1050000.01", byAmount)).isEqualTo(Monitoring.Flag.OVERSPENDING);
        assertThat(flag("1000000.00", "949999.99", byAmount)).isEqualTo(Monitoring.Flag.UNDERSPENDING);
        // nothing adopted: any spending is more than any percentage of it
        assertThat(flag("0.00", "0.01", byPercent)).isEqualTo(Monitoring.Flag.OVERSPENDING);
        assertThat(flag("0.00", "0.00", byPercent)).isEqualTo(Monitoring.Flag.NONE);
    }

    /** The flag of one line whose whole year is realised (so the projection is what was spent). */
    private static Monitoring.Flag flag(String adopted, String spent, BudgetRoundRules rules) {
        Budget budget = new Budget(Fixtures.GM, 2026, List.of(Fixtures.line("a", "6.3", "Armoede", null, adopted)));
        Realisation year = new Realisation(2026, Realisation.Periodicity.QUARTER, List.of(new Realisation.Amount("a", 4, Money.of(spent))));
        Monitoring monitoring = Monitoring.of(budget, List.of(), year, null, List.of(), SocialDomains.defaults(), rules);
        assertThat(monitoring.lines()).singleElement().satisfies(r -> assertThat(r.projected()).isEqualTo(Money.of(spent)));
        return monitoring.lines().get(0).flag();
    }

    @Test
    void sharesRulesPeriodsAndReferencesAreChecked() {
        refused(() -> Allocation.byWeights(Money.euros(1), List.of(BigDecimal.ZERO)), "budgetmonitoring.shares-invalid");
        refused(() -> AreaShare.of("BU03070101", "100.5"), "budgetmonitoring.shares-invalid");
        refused(() -> BudgetRoundRules.defaults().withDomainsChosen(0), "budgetmonitoring.rule-invalid");
        refused(() -> BudgetRoundRules.defaults().withDeviationAmount(Money.euros(-1)), "budgetmonitoring.rule-invalid");
        refused(() -> new Realisation(2026, Realisation.Periodicity.QUARTER, List.of(new Realisation.Amount("a", 5, Money.ZERO))),
                "budgetmonitoring.period-invalid");
        refused(() -> new BudgetData().put("b", Fixtures.BUDGET).put("b", Fixtures.BUDGET), "budgetmonitoring.reference-taken");
    }
}
