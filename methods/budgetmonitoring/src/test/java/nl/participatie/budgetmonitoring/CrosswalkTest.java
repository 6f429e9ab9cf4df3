package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.testkit.ExpectedFiles;

/** The crosswalk between taakveld lists, and last year beside this year across the change of 2024 to 2025. */
class CrosswalkTest {

    private static TaakveldCode tv(String code) {
        return TaakveldCode.of(code);
    }

    private static void refused(Runnable make, String code) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aSplitCodeIsDividedByItsSharesToTheCentAndACodeOfBothYearsStaysItself() {
        // given the shipped crosswalk of 2024 to 2025
        Crosswalk crosswalk = Crosswalk.standard(2024, 2025);
        // when amounts of 2024 are translated
        Map<TaakveldCode, Money> in2025 = crosswalk.translate(Map.of(tv("6.2"), Money.of("1000000.01"), tv("6.3"), Money.euros(500_000),
                tv("6.71a"), Money.euros(70_000)));
        // then 6.2 is divided 45/35/20 with the cent left to the largest remainder, 6.3 is itself, 6.71a is 6.711
        assertThat(in2025).containsExactly(Map.entry(tv("6.21"), Money.of("450000.01")), Map.entry(tv("6.22"), Money.of("350000.00")),
                Map.entry(tv("6.23"), Money.of("200000.00")), Map.entry(tv("6.3"), Money.euros(500_000)),
                Map.entry(tv("6.711"), Money.euros(70_000)));
    }

    @Test
    void theShippedCrosswalksCoverEveryYearChange() {
        for (int year = 2017; year < 2026; year++) {
            Crosswalk crosswalk = Crosswalk.standard(year, year + 1);
            for (Taakvelden.Entry e : Taakvelden.standard().of(year)) {
                assertThat(crosswalk.of(e.code()).stream().map(Crosswalk.Share::percent).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo("100");
            }
        }
    }

    @Test
    void aMunicipalityReplacesTheCrosswalkWithItsOwn() {
        // given a municipality that books all of its old wijkteams on the integral access
        String own = """
                from_year,from,to,percent
                # ours
                2024,6.2,6.23,100
                2024,6.6,6.60,100
                2024,6.71,6.711,100
                2024,6.71a,6.711,100
                2024,6.71b,6.712,100
                2024,6.71c,6.713,100
                2024,6.71d,6.714,100
                2024,6.72,6.751,100
                2024,6.72a,6.751,100
                2024,6.72b,6.751,100
                2024,6.72c,6.751,100
                2024,6.72d,6.751,100
                2024,6.73a,6.761,100
                2024,6.73b,6.761,100
                2024,6.73c,6.762,100
                2024,6.74a,6.752,100
                2024,6.74b,6.762,100
                2024,6.74c,6.763,100
                2024,6.81,6.811,100
                2024,6.81a,6.811,100
                2024,6.81b,6.812,100
                2024,6.82,6.821,100
                2024,6.82a,6.821,100
                2024,6.82b,6.822,100
                """;
        // when it is read and used in the facade
        Crosswalk crosswalk = Crosswalk.read(own, 2024, 2025);
        Budgetmonitoring bm = Budgetmonitoring.builder().crosswalk(crosswalk).build();
        // then its own split applies
        assertThat(bm.crosswalk(2024).translate(Map.of(tv("6.2"), Money.euros(10)))).containsExactly(Map.entry(tv("6.23"), Money.euros(10)));
        assertThat(Budgetmonitoring.builder().build().crosswalk(2024)).isEqualTo(Crosswalk.standard(2024, 2025));
    }

    @Test
    void aCrosswalkThatBreaksTheListIsRefusedWithWhatIsWrong() {
        refused(() -> Crosswalk.of(2024, 2025, Map.of()), "budgetmonitoring.crosswalk-incomplete");
        refused(() -> Crosswalk.read("from_year,from,to,percent\n2024,6.2,6.21,60\n2024,6.2,6.22,30\n", 2024, 2025), "budgetmonitoring.shares-invalid");
        refused(() -> Crosswalk.read("from_year,from,to,percent\n2024,6.2,6.2,100\n", 2024, 2025), "budgetmonitoring.taakveld-not-in-year");
        refused(() -> Crosswalk.read("from_year,from,to,percent\n2024,6.60,6.60,100\n", 2024, 2025), "budgetmonitoring.taakveld-not-in-year");
        refused(() -> Crosswalk.read("from_year,from,to,percent\n2024,6.2,6.21\n", 2024, 2025), "budgetmonitoring.column-missing");
        refused(() -> Crosswalk.read("from_year,from,to,percent\n2024,6.2,6.21,veel\n", 2024, 2025), "budgetmonitoring.shares-invalid");
        refused(() -> Crosswalk.standard(2023, 2025), "budgetmonitoring.rule-invalid");
        refused(() -> Crosswalk.standard(2025, 2024), "budgetmonitoring.rule-invalid");
    }

    /** 2024 in the old list: wijkteams (6.2), Wmo and youth care in letter codes. */
    static final Budget BUDGET_2024 = new Budget(Fixtures.GM, 2024, List.of(
            Fixtures.line("toegang", "6.2", "Zorg", null, "4000000.00"),
            Fixtures.line("hh", "6.71a", "Zorg", null, "2500000.00"),
            Fixtures.line("jeugd-behandeling", "6.72b", "Jeugd", null, "3000000.00"),
            Fixtures.line("bijstand", "6.3", "Inkomen", null, "8000000.00"),
            Fixtures.line("reserves", "0.10", "Financiën", null, "900000.00")));

    /** 2025 in the new list. */
    static final Budget BUDGET_2025 = new Budget(Fixtures.GM, 2025, List.of(
            Fixtures.line("toegang-wmo", "6.21", "Zorg", null, "1900000.00"),
            Fixtures.line("toegang-jeugd", "6.22", "Jeugd", null, "1500000.00"),
            Fixtures.line("toegang-integraal", "6.23", "Zorg", null, "800000.00"),
            Fixtures.line("hh", "6.711", "Zorg", null, "2600000.00"),
            Fixtures.line("jeugd-lokaal", "6.751", "Jeugd", null, "1600000.00"),
            Fixtures.line("jeugd-regionaal", "6.752", "Jeugd", null, "1100000.00"),
            Fixtures.line("bijstand", "6.3", "Inkomen", null, "8200000.00"),
            Fixtures.line("reserves", "0.10", "Financiën", null, "700000.00")));

    @Test
    void lastYearStandsBesideThisYearInThisYearsTaakveldenWithItsTotalConserved() {
        // given last year's realisation in the old list and this year's first half
        Realisation lastYear = new Realisation(2024, Realisation.Periodicity.QUARTER, List.of(
                new Realisation.Amount("toegang", 4, Money.of("4123456.79")), new Realisation.Amount("hh", 4, Money.of("2400000.00")),
                new Realisation.Amount("jeugd-behandeling", 4, Money.of("3333333.33")), new Realisation.Amount("bijstand", 4, Money.of("7950000.00")),
                new Realisation.Amount("reserves", 4, Money.of("900000.00"))));
        Realisation half = new Realisation(2025, Realisation.Periodicity.QUARTER, List.of(
                new Realisation.Amount("toegang-wmo", 2, Money.euros(1_000_000)), new Realisation.Amount("hh", 2, Money.euros(1_250_000)),
                new Realisation.Amount("jeugd-lokaal", 2, Money.euros(900_000)), new Realisation.Amount("bijstand", 2, Money.euros(4_000_000))));
        Monitoring monitoring = Monitoring.of(BUDGET_2025, List.of(), half, null, List.of(), SocialDomains.defaults(), BudgetRoundRules.defaults());
        // when they are put side by side across the change of the list
        YearOnYear yoy = YearOnYear.of(BUDGET_2024, lastYear, monitoring, Crosswalk.standard(2024, 2025));
        // then last year's spending (reserves left out) is all there, in 2025's codes, and every column adds up
        assertThat(yoy.total().amount(YearOnYear.PREVIOUS)).isEqualTo(Money.of("17806790.12"));
        assertThat(yoy.total().amount(YearOnYear.ADOPTED)).isEqualTo(BUDGET_2025.totalLasten());
        assertThat(yoy.byTaakveld()).extracting(Totals::key).containsExactly("6.21", "6.22", "6.23", "6.3", "6.711", "6.751", "6.752", "6.753");
        for (int c = 0; c < 4; c++) {
            int column = c;
            assertThat(yoy.byTaakveld().stream().map(t -> t.amount(column)).reduce(Money.ZERO, Money::plus)).isEqualTo(yoy.total().amount(c));
        }
        ExpectedFiles.EXPECTED.assertMatches("year-on-year.nl.md", yoy.toMarkdown(Locale.forLanguageTag("nl")));
        ExpectedFiles.EXPECTED.assertMatches("year-on-year.en.md", yoy.toMarkdown(Locale.ENGLISH));
    }

    @Test
    void yearsThatDoNotFitTogetherAreRefused() {
        Realisation lastYear = new Realisation(2024, Realisation.Periodicity.QUARTER, List.of());
        Realisation half = new Realisation(2025, Realisation.Periodicity.QUARTER, List.of());
        Monitoring monitoring = Monitoring.of(BUDGET_2025, List.of(), half, null, List.of(), SocialDomains.defaults(), BudgetRoundRules.defaults());
        refused(() -> YearOnYear.of(BUDGET_2024, lastYear, monitoring, Crosswalk.standard(2023, 2024)), "budgetmonitoring.rule-invalid");
        refused(() -> YearOnYear.of(BUDGET_2024, new Realisation(2024, Realisation.Periodicity.QUARTER,
                List.of(new Realisation.Amount("onbekend", 1, Money.euros(1)))), monitoring, Crosswalk.standard(2024, 2025)),
                "budgetmonitoring.line-id-invalid");
    }
}
