package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.Story.DE_VRIES;
import static nl.participatie.youthmanifesto.Story.SAM;
import static nl.participatie.youthmanifesto.Story.WETHOUDER;
import static nl.participatie.youthmanifesto.Story.young;
import static nl.participatie.youthmanifesto.Story.youngActor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.participatie.testkit.ExpectedFiles;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.LeaveGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;

/** The health check reports what needs the facilitator's attention, and nothing for a group that is doing fine. */
class GroupHealthCheckTest {

    private static final GroupHealthCheck CHECK = GroupHealthCheck.defaults();

    private static HealthReport check(Story.Scenario s) {
        return CHECK.check(s.state(), s.register(), s.clock().instant());
    }

    @Test
    void aGroupDoingFineHasNothingToReportAndItsComposition() {
        HealthReport report = check(Story.at(ManifestoGroupStep.TOPICS));
        assertThat(report.isHealthy()).isTrue();
        assertThat(report.composition().participants()).isEqualTo(12);
        assertThat(report.composition().byChannel()).containsEntry(RecruitmentChannel.SCHOOL, 6).containsEntry(RecruitmentChannel.YOUTH_WORK, 6);
        assertThat(report.composition().noNeighbourhood()).isEqualTo(4);
    }

    @Test
    void aGroupBelowItsMinimumIsReportedAfterRecruitmentOnly() {
        Story.Scenario s = Story.at(ManifestoGroupStep.TOPICS).given(youngActor(1), new LeaveGroup(young(1), ""));
        assertThat(check(s).findings()).extracting(HealthFinding::issue).containsExactly(HealthIssue.GROUP_BELOW_MINIMUM);
        Story.Scenario recruiting = Story.scenario().given(SAM, Story.START, Story.enrol(1));
        assertThat(check(recruiting).has(HealthIssue.GROUP_BELOW_MINIMUM)).isFalse();
    }

    @Test
    void aParticipantWhoTurnedSixteenWithoutConsentOfTheirOwnOrWithoutARecordIsReported() {
        Story.Scenario s = Story.at(ManifestoGroupStep.TOPICS);
        s.register().erase(young(2));
        s.on(LocalDate.of(2026, 9, 1));
        HealthReport report = check(s);
        assertThat(report.findings(HealthIssue.PERMISSION_MISSING)).hasSize(12);
        assertThat(report.findings(HealthIssue.PERMISSION_MISSING)).extracting(HealthFinding::subject).contains("p-2", "p-12");
    }

    @Test
    void noCouncilResponseEightWeeksAfterTheHandOverIsReportedTheDayAfter() {
        Story.Scenario s = Story.at(ManifestoGroupStep.COUNCIL_RESPONSE);
        LocalDate handedOver = s.state().handover().on();
        s.on(handedOver.plusWeeks(8));
        assertThat(check(s).has(HealthIssue.NO_COUNCIL_RESPONSE)).isFalse();
        s.on(handedOver.plusWeeks(8).plusDays(1));
        assertThat(check(s).findings(HealthIssue.NO_COUNCIL_RESPONSE)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).isEqualTo("no response of the council 57 days after the hand-over on " + handedOver));
    }

    @Test
    void aCommitmentPastItsDeadlineIsReportedUntilItIsSettled() {
        Story.Scenario s = Story.at(ManifestoGroupStep.FOLLOW_UP);
        LocalDate today = s.clock().today();
        s.given(WETHOUDER, new RecordCouncilResponse(new CouncilInstrument.Toezegging("Onderzoek openingstijden", DE_VRIES, today,
                today.plusDays(10)), List.of(1)));
        assertThat(check(s).isHealthy()).isTrue();
        s.on(today.plusDays(11));
        HealthReport late = check(s);
        assertThat(late.findings()).extracting(HealthFinding::issue).containsExactly(HealthIssue.COMMITMENT_OVERDUE);
        ExpectedFiles.EXPECTED.assertMatches("health-check.nl.md", late.toMarkdown(Locale.forLanguageTag("nl")));
        ExpectedFiles.EXPECTED.assertMatches("health-check.en.md", late.toMarkdown(Locale.ENGLISH));
        s.given(Story.GRIFFIE_UTRECHT, new ManifestoGroupCommand.SettleCommitment(2, true, "gedaan"));
        assertThat(check(s).isHealthy()).isTrue();
    }

    @Test
    void aClosedGroupHasNothingToReport() {
        Story.Scenario s = Story.at(ManifestoGroupStep.TOPICS).given(SAM, new ManifestoGroupCommand.CloseGroup("gestopt"));
        s.register().erase(young(1));
        assertThat(check(s).isHealthy()).isTrue();
        assertThat(check(s).stage()).isEqualTo(ManifestoGroupStep.CLOSED.label());
    }
}
