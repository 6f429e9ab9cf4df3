package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ExpectedFiles;


/**
 * Two complete cycles, from step 1 through step 8 into cycle 2 and through it, with the accountability reports of both
 * cycles checked against expected Markdown files in Dutch and English ({@code src/test/resources/expected/}).
 */
class TwoCyclesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void twoCyclesEndInStepEightOfCycleTwo() {
        Initiative done = TwoCycles.run().state();
        assertThat(done.cycle()).isEqualTo(2);
        assertThat(done.step()).isEqualTo(InitiativeStep.NEW_GOALS);
        assertThat(done.goals()).extracting(Goal::cycle).containsExactly(1, 1, 2, 2);
        assertThat(done.actions()).extracting(Action::cycle).containsExactly(1, 1, 1, 2, 2);
        assertThat(done.signOff(1).isAcknowledged()).isTrue();
        assertThat(done.signOff(2).isAcknowledged()).isTrue();
    }

    @Test
    void theReportOfCycleOneAsTheInitiativeAcceptedIt() {
        Initiative afterCycleOne = TwoCycles.firstCycle().state();
        AccountabilityReport report = AccountabilityReport.of(afterCycleOne);
        assertThat(report.planned()).isEqualTo(nl.participatie.core.value.Money.euros(950));
        assertThat(report.spent()).isEqualTo(nl.participatie.core.value.Money.of("545.40"));
        assertMatch(report.toMarkdown(DUTCH), "cycle-1-accepted.nl.md", report.toMarkdown(Locale.ENGLISH), "cycle-1-accepted.en.md");
    }

    @Test
    void theReportsOfBothCyclesStayReadableAfterwards() {
        Initiative done = TwoCycles.run().state();
        assertMatch(AccountabilityReport.of(done, 1).toMarkdown(DUTCH), "cycle-1.nl.md",
                AccountabilityReport.of(done, 1).toMarkdown(Locale.ENGLISH), "cycle-1.en.md",
                AccountabilityReport.of(done, 2).toMarkdown(DUTCH), "cycle-2.nl.md",
                AccountabilityReport.of(done, 2).toMarkdown(Locale.ENGLISH), "cycle-2.en.md");
    }

    @Test
    void aCycleThatDoesNotExistHasNoReport() {
        Initiative done = TwoCycles.run().state();
        assertThatThrownBy(() -> AccountabilityReport.of(done, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no cycle 3");
    }

    @Test
    void theStoryIsHealthyAtTheEnd() {
        var spec = TwoCycles.run();
        assertThat(StallDiagnosis.defaults().diagnose(spec.state(), spec.clock().instant()).findings()).isEmpty();
    }

    /** Compares each Markdown text (even arguments) with its expected file (odd arguments); reports every difference. */
    private static void assertMatch(String... markdownAndFile) {
        SoftAssertions.assertSoftly(soft -> {
            for (int i = 0; i < markdownAndFile.length; i += 2) {
                String markdown = markdownAndFile[i];
                String file = markdownAndFile[i + 1];
                soft.check(() -> ExpectedFiles.EXPECTED.assertMatches(file, markdown));
            }
        });
    }
}
