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
