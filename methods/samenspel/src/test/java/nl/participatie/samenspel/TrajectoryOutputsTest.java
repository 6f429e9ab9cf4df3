package nl.participatie.samenspel;

import static nl.participatie.samenspel.Fixtures.FATIMA;
import static nl.participatie.samenspel.Fixtures.WETHOUDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.participatie.samenspel.TrajectoryCommand.ChangeFrames;
import nl.participatie.samenspel.TrajectoryCommand.CloseTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Contribute;
import nl.participatie.samenspel.TrajectoryCommand.Evaluate;
import nl.participatie.samenspel.TrajectoryCommand.RecordDecision;
import nl.participatie.samenspel.TrajectoryCommand.RecordSurvey;
import nl.participatie.samenspel.TrajectoryCommand.RegisterParticipant;
import nl.participatie.samenspel.TrajectoryCommand.StartPhase;
import nl.participatie.samenspel.json.DesignTemplates;
import nl.participatie.testkit.ExpectedFiles;

/**
 * Each of the brochure's three templates runs as a whole trajectory through commands, with its municipality code,
 * from draft to closed; its participation plan (before any input), participation report, trajectory overview and
 * participation paragraph are the reviewed files {@code expected/<template>-<output>.<nl|en>.md}.
 */
class TrajectoryOutputsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    static List<DesignTemplate> templates() {
        return DesignTemplates.all();
    }

    /** The whole trajectory: every phase run, evaluated with an after survey, closed by the executive. */
    static Trajectory closed(DesignTemplate template) {
        return Templates.runToEvaluation(template, Templates.Variant.KEPT)
                .given(FATIMA, new RecordSurvey(SurveyMoment.AFTER, StakeholderGroup.RESIDENTS, 214,
                        List.of(new SurveyScore("feel-heard", 61), new SurveyScore("uses-input", 54))))
                .given(FATIMA, new Evaluate("Drie pilots | 120 deelnemers", "Begin *klein*, met de wijk",
                        "Medewerkers vragen inwoners eerst <om advies>"))
                .given(WETHOUDER, new CloseTrajectory())
                .state();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void thePlanIsWrittenBeforeAnyInput(DesignTemplate template) {
        Trajectory adopted = Fixtures.adopted(template).state();
        assertThat(adopted.contributions()).isEmpty();
        String name = template.code() + "-plan";
        ExpectedFiles.EXPECTED.assertMatches(name + ".nl.md", ParticipationPlan.of(adopted).toMarkdown(DUTCH));
        ExpectedFiles.EXPECTED.assertMatches(name + ".en.md", ParticipationPlan.of(adopted).toMarkdown(Locale.ENGLISH));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theReportOverviewAndParagraphAreWrittenFromTheWholeTrajectory(DesignTemplate template) {
        Trajectory t = closed(template);
        assertThat(t.step()).isEqualTo(TrajectoryStep.CLOSED);
        assertThat(t.municipality()).isEqualTo(template.municipality());
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            String language = locale == DUTCH ? "nl" : "en";
            ExpectedFiles.EXPECTED.assertMatches(template.code() + "-report." + language + ".md", ParticipationReport.of(t).toMarkdown(locale));
            ExpectedFiles.EXPECTED.assertMatches(template.code() + "-overview." + language + ".md", TrajectoryOverview.of(t).toMarkdown(locale));
            ExpectedFiles.EXPECTED.assertMatches(template.code() + "-paragraph." + language + ".md",
                    ParticipationParagraph.of(t).toMarkdown(locale));
        }
    }

    @Test
    void whatPeopleWroteIsEscapedInEveryOutput() {
        String hostile = "<script>alert(1)</script> | **loud** [click](javascript:x)";
        Trajectory t = Fixtures.adopted(Fixtures.WADDINXVEEN)
                .given(FATIMA, new StartPhase(), new RegisterParticipant(Fixtures.ANNA, StakeholderGroup.RESIDENTS))
                .given(Fixtures.ANNA_RESIDENT, new Contribute(ContributionKind.ADVICE, "agenda", hostile))
                .given(FATIMA, new ChangeFrames("listen", Fixtures.frames(), hostile, false))
                .given(WETHOUDER, new RecordDecision("agenda", DecidedBy.EXECUTIVE, false, hostile,
                        List.of(new ContributionUse(1, Uptake.NOT_USED, hostile))))
                .state();
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (String out : List.of(ParticipationPlan.of(t).toMarkdown(locale), ParticipationReport.of(t).toMarkdown(locale),
                    TrajectoryOverview.of(t).toMarkdown(locale), ParticipationParagraph.of(t).toMarkdown(locale))) {
                assertThat(out).doesNotContain("<script>", "**loud**", "[click](", "| **");
            }
        }
        assertThat(ParticipationReport.of(t).toMarkdown(DUTCH)).contains("\\<script\\>alert(1)\\</script\\> \\| \\*\\*loud\\*\\*");
    }
}
