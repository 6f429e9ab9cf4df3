package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.Money;
import nl.participatie.testkit.ExpectedFiles;

/** The whole round on a mid-size municipality's budget, its reports against the expected files. */
class FullRoundTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static FullRound.Round run;

    @BeforeAll
    static void tell() {
        run = FullRound.run();
    }

    @Test
    void endsClosedPartlyAdoptedWithItsTrailIntact() {
        assertThat(run.round().step()).isEqualTo(BudgetRoundStep.CLOSED);
        assertThat(run.round().result()).isEqualTo(CouncilResult.PARTLY);
        assertThat(run.round().realisations()).hasSize(4);
        assertThat(run.bm().rounds().verify(run.stream()).valid()).isTrue();
        BudgetRound replayed = BudgetmonitoringWorkflow.ROUNDS.decider().fold(BudgetRound.INITIAL,
                run.bm().rounds().history(run.stream()).stream().map(RecordedEvent::event).toList());
        assertThat(replayed).isEqualTo(run.round());
    }

    @Test
    void theAdoptedBudgetIsTheBudgetPlusTheAdoptedReallocationsToTheCent() {
        // Moves of € 500.000 and € 120.000 adopted, the increase of € 180.000 rejected: the total is unchanged.
        assertThat(run.monitoring().total().amount(Monitoring.ADOPTED)).isEqualTo(run.budget().totalLasten());
        assertThat(run.comparison().total().amount(Comparison.DIFFERENCE)).isEqualTo(Money.euros(180_000));
        assertThat(run.monitoring().lines()).filteredOn(r -> r.line().equals("jeugd-ambulant-lokaal")).singleElement()
                .extracting(Monitoring.Row::adopted).isEqualTo(run.budget().line("jeugd-ambulant-lokaal").lasten().plus(Money.euros(500_000)));
    }

    @Test
    void theFirstQuarterFlagsThePovertyFundThatHasNotStartedAndTheOverspendingYouthCare() {
        assertThat(run.firstQuarter().seasonal()).isTrue();
        assertThat(run.firstQuarter().flagged()).extracting(Monitoring.Row::line)
                .contains("armoedefonds-zuidoost", "jeugd-verblijf-regionaal", "arbeidsparticipatie");
        assertThat(run.notifications()).extracting(n -> n.code()).contains("budgetmonitoring.deviations-flagged",
                "budgetmonitoring.council-decided", "budgetmonitoring.proposal-presented");
    }

    @Test
    void everyGroupingOfBothReportsAddsUpToItsTotal() {
        for (List<Totals> grouping : List.of(run.comparison().byTaakveld(), run.comparison().byDomain(), run.comparison().byArea(),
                run.monitoring().byTaakveld(), run.monitoring().byDomain(), run.monitoring().byArea())) {
            Totals total = run.comparison().byTaakveld() == grouping || run.comparison().byDomain() == grouping
                    || run.comparison().byArea() == grouping ? run.comparison().total() : run.monitoring().total();
            for (int c = 0; c < total.amounts().size(); c++) {
                int column = c;
                assertThat(grouping.stream().map(t -> t.amount(column)).reduce(Money.ZERO, Money::plus)).isEqualTo(total.amount(c));
            }
        }
    }

    @Test
    void theComparisonIsAsExpectedInBothLanguages() {
        ExpectedFiles.EXPECTED.assertMatches("comparison.nl.md", run.comparison().toMarkdown(DUTCH));
        ExpectedFiles.EXPECTED.assertMatches("comparison.en.md", run.comparison().toMarkdown(Locale.ENGLISH));
    }

    @Test
    void theMonitoringAfterFourQuartersIsAsExpectedInBothLanguages() {
        ExpectedFiles.EXPECTED.assertMatches("monitoring.nl.md", run.monitoring().toMarkdown(DUTCH));
        ExpectedFiles.EXPECTED.assertMatches("monitoring.en.md", run.monitoring().toMarkdown(Locale.ENGLISH));
    }
}
