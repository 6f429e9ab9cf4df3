package nl.participatie.burgersaanhetstuur;

import static nl.participatie.burgersaanhetstuur.Story.ANNA;
import static nl.participatie.burgersaanhetstuur.Story.ANNA_INITIATOR;
import static nl.participatie.burgersaanhetstuur.Story.CARLA;
import static nl.participatie.burgersaanhetstuur.Story.CARLA_PARTICIPANT;
import static nl.participatie.burgersaanhetstuur.Story.DEADLINE;
import static nl.participatie.burgersaanhetstuur.Story.GIJS_CIVIL_SERVANT;
import static nl.participatie.burgersaanhetstuur.Story.SITUATION;
import static nl.participatie.burgersaanhetstuur.Story.START;
import static nl.participatie.burgersaanhetstuur.Story.TODAY;
import static nl.participatie.burgersaanhetstuur.Story.advanceTo;
import static nl.participatie.burgersaanhetstuur.Story.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcceptReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AssignAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.BlockAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Close;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DefineIndicator;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.FinishAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Pause;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordMeasurement;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordSpending;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.ReportProgress;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.testkit.Spec;

/** The stall diagnosis: one scenario per reason, thresholds, and silence for a healthy initiative. */
class StallDiagnosisTest {

    private static final StallDiagnosis DIAGNOSIS = StallDiagnosis.defaults();

    private static Diagnosis diagnose(Spec<InitiativeCommand, InitiativeEvent, Initiative> spec) {
        return DIAGNOSIS.diagnose(spec.state(), spec.clock().instant());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStep.class, names = {"SITUATION", "GOALS", "ACTION_PLAN", "MEASURABLE_RESULTS", "EXECUTION",
            "MEASUREMENT", "ACCOUNTABILITY", "NEW_GOALS"})
    void aHealthyInitiativeHasAnEmptyDiagnosisInEveryStep(InitiativeStep step) {
        Diagnosis diagnosis = diagnose(at(step).after(Duration.ofDays(7)));
        assertThat(diagnosis.findings()).isEmpty();
        assertThat(diagnosis.isHealthy()).isTrue();
        assertThat(diagnosis.toMarkdown(Locale.ENGLISH)).contains("Nothing stands in the way: the initiative is on track.");
    }

    @Test
    void anInitiativeNotStartedOrClosedIsNotDiagnosed() {
        assertThat(DIAGNOSIS.diagnose(Initiative.INITIAL, Story.T0).findings()).isEmpty();
        var closed = at(InitiativeStep.EXECUTION).given(ANNA_INITIATOR, new Close("klaar")).after(Duration.ofDays(400));
        assertThat(diagnose(closed).findings()).isEmpty();
    }

    @Test
    void anActionPastItsDeadline() {
        Diagnosis d = diagnose(at(InitiativeStep.EXECUTION).after(Duration.ofDays(60)));
        assertThat(d.findings(StallReason.ACTION_OVERDUE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.AT_RISK);
            assertThat(f.evidence()).isEqualTo(new Finding.Evidence(Finding.Subject.ACTION, 1, Story.by(Story.ANNA, "Opschoonochtend met de basisschool"), DEADLINE));
            assertThat(f.message().nl()).isEqualTo("Actie 1 'Opschoonochtend met de basisschool' is over tijd: de deadline was 2026-03-01.");
            assertThat(f.message().en()).isEqualTo("Action 1 'Opschoonochtend met de basisschool' is overdue: the deadline was 2026-03-01.");
            assertThat(f.advice().nl()).contains("trekker");
        });
        assertThat(diagnose(at(InitiativeStep.EXECUTION).after(Duration.ofDays(55))).has(StallReason.ACTION_OVERDUE)).isFalse();
    }

    @Test
    void anActionWithoutOwner() {
        var spec = at(InitiativeStep.ACTION_PLAN).given(ANNA_INITIATOR, new PlanAction(1, "Flyers", null, DEADLINE, List.of()));
        assertThat(diagnose(spec).findings(StallReason.ACTION_WITHOUT_OWNER)).singleElement()
                .satisfies(f -> assertThat(f.evidence().id()).isEqualTo(2));
    }

    @Test
    void aBlockedActionWithoutFollowUp() {
        var spec = at(InitiativeStep.EXECUTION).given(ANNA_INITIATOR, new BlockAction(1, "geen vergunning"));
        assertThat(diagnose(spec.after(Duration.ofDays(14))).has(StallReason.ACTION_BLOCKED_WITHOUT_FOLLOW_UP)).isFalse();
        Diagnosis d = diagnose(spec.after(Duration.ofDays(1)));
        assertThat(d.findings(StallReason.ACTION_BLOCKED_WITHOUT_FOLLOW_UP)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.STUCK);
            assertThat(f.evidence().since()).isEqualTo(TODAY);
            assertThat(f.message().en()).contains("is blocked (geen vergunning) and has had no follow-up since 2026-01-05");
        });
        spec.given(CARLA_PARTICIPANT, new ReportProgress(1, 10, "gemeente gebeld"));
        assertThat(diagnose(spec).has(StallReason.ACTION_BLOCKED_WITHOUT_FOLLOW_UP)).isFalse();
    }

    @Test
    void aStepUnchangedForLongerThanItsLimit() {
        var spec = at(InitiativeStep.GOALS).after(Duration.ofDays(29));
        Diagnosis d = diagnose(spec);
        assertThat(d.findings(StallReason.STEP_UNCHANGED)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.STUCK);
            assertThat(f.evidence()).isEqualTo(new Finding.Evidence(Finding.Subject.STEP, 0, Story.text("GOALS"), TODAY));
            assertThat(f.message().nl()).isEqualTo("Het initiatief staat sinds 2026-01-05 in stap 2: Wat moet er beter? (29 dagen).");
            assertThat(f.message().en()).isEqualTo("The initiative has been in step 2: What must improve? since 2026-01-05 (29 days).");
            assertThat(f.advice().en()).isEqualTo("Pick one or two achievable goals; they need not be perfect.");
        });
        StallDiagnosis patient = StallDiagnosis.of(InitiativeRules.defaults().withStepLimit(InitiativeStep.GOALS, Duration.ofDays(60)));
        assertThat(patient.diagnose(spec.state(), spec.clock().instant()).has(StallReason.STEP_UNCHANGED)).isFalse();
    }

    @Test
    void waitingForTheMunicipalityGetsItsOwnAdvice() {
        var spec = at(InitiativeStep.ACCOUNTABILITY).given(ANNA_INITIATOR, new AcceptReport("")).after(Duration.ofDays(30));
        assertThat(diagnose(spec).findings(StallReason.STEP_UNCHANGED)).singleElement()
                .satisfies(f -> assertThat(f.advice().en()).isEqualTo("Ask the municipality to acknowledge the accepted accountability report."));
    }

    @Test
    void aLongPauseIsAStallToo() {
        var spec = at(InitiativeStep.EXECUTION).given(ANNA_INITIATOR, new Pause("zomer")).after(Duration.ofDays(92));
        assertThat(diagnose(spec).findings(StallReason.STEP_UNCHANGED)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("has been in paused since"));
    }

    @Test
    void anIndicatorNotMeasuredPastItsFirstMeasuringMoment() {
        // First measurement 2026-02-01, two weeks' grace: flagged from 2026-02-16.
        assertThat(diagnose(at(InitiativeStep.EXECUTION).after(Duration.ofDays(41))).has(StallReason.INDICATOR_NOT_MEASURED)).isFalse();
        var late = at(InitiativeStep.EXECUTION).after(Duration.ofDays(42));
        assertThat(diagnose(late).findings(StallReason.INDICATOR_NOT_MEASURED)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).isEqualTo(new Finding.Evidence(Finding.Subject.INDICATOR, 1, Story.by(Story.ANNA, "Zakken zwerfafval per opschoonronde"),
                    LocalDate.of(2026, 2, 1)));
            assertThat(f.message().nl()).contains("is nog niet gemeten");
        });
        StallDiagnosis strict = StallDiagnosis.of(InitiativeRules.defaults().withMeasurementGrace(Duration.ZERO));
        var justAfter = at(InitiativeStep.EXECUTION).after(Duration.ofDays(28));
        assertThat(strict.diagnose(justAfter.state(), justAfter.clock().instant()).has(StallReason.INDICATOR_NOT_MEASURED)).isTrue();
        late.given(ANNA_INITIATOR, new RecordMeasurement(1, new BigDecimal("30"), LocalDate.of(2026, 2, 10), "telling"));
        assertThat(diagnose(late).has(StallReason.INDICATOR_NOT_MEASURED)).isFalse();
    }

    @Test
    void anIndicatorMovingAwayFromItsTarget() {
        // Baseline 40 bags, target 15: 30 is progress, 35 after it moves away.
        var spec = at(InitiativeStep.EXECUTION).after(Duration.ofDays(30))
                .given(ANNA_INITIATOR, new RecordMeasurement(1, new BigDecimal("30"), LocalDate.of(2026, 1, 20), "telling"));
        assertThat(diagnose(spec).has(StallReason.INDICATOR_TRENDING_AWAY)).isFalse();
        spec.given(ANNA_INITIATOR, new RecordMeasurement(1, new BigDecimal("35.5"), LocalDate.of(2026, 2, 3), "telling"));
        assertThat(diagnose(spec).findings(StallReason.INDICATOR_TRENDING_AWAY)).singleElement().satisfies(f -> {
            assertThat(f.evidence().since()).isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(f.message().nl()).isEqualTo(
                    "Indicator 1 'Zakken zwerfafval per opschoonronde' beweegt van de streefwaarde af: van 30 naar 35,5 zakken, streefwaarde 15.");
            assertThat(f.message().en()).isEqualTo(
                    "Indicator 1 'Zakken zwerfafval per opschoonronde' is moving away from its target: from 30 to 35.5 zakken, target 15.");
        });
    }

    @Test
    void aFirstMeasurementWorseThanTheBaselineMovesAwayToo() {
        var spec = at(InitiativeStep.EXECUTION).given(ANNA_INITIATOR, new RecordMeasurement(1, new BigDecimal("44"), TODAY, "telling"));
        assertThat(diagnose(spec).findings(StallReason.INDICATOR_TRENDING_AWAY)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("from 40 to 44 zakken"));
    }

    @Test
    void aGoalWithoutAnActionOnceThePlanIsMade() {
        var spec = at(InitiativeStep.GOALS).given(ANNA_INITIATOR, new SetGoal("Buren kennen elkaar", Goal.Theme.SOCIAL_COHESION),
                advanceTo(InitiativeStep.ACTION_PLAN), Story.ACTION);
        assertThat(diagnose(spec).has(StallReason.GOAL_WITHOUT_ACTION)).as("still planning").isFalse();
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.MEASURABLE_RESULTS));
        assertThat(diagnose(spec).findings(StallReason.GOAL_WITHOUT_ACTION)).singleElement().satisfies(f -> {
            assertThat(f.evidence()).isEqualTo(new Finding.Evidence(Finding.Subject.GOAL, 2, Story.by(Story.ANNA, "Buren kennen elkaar"), null));
            assertThat(f.message().en()).isEqualTo("Goal 2 'Buren kennen elkaar' has no action.");
        });
    }

    @Test
    void aGoalWithoutAnIndicatorOnceTheResultsAreDefined() {
        var spec = at(InitiativeStep.GOALS).given(ANNA_INITIATOR, new SetGoal("Buren kennen elkaar", Goal.Theme.SOCIAL_COHESION),
                advanceTo(InitiativeStep.ACTION_PLAN), Story.ACTION, new PlanAction(2, "Burendag", ANNA, DEADLINE, List.of()),
                advanceTo(InitiativeStep.MEASURABLE_RESULTS), Story.INDICATOR);
        assertThat(diagnose(spec).has(StallReason.GOAL_WITHOUT_INDICATOR)).as("still defining").isFalse();
        spec.given(ANNA_INITIATOR, advanceTo(InitiativeStep.EXECUTION));
        assertThat(diagnose(spec).findings(StallReason.GOAL_WITHOUT_INDICATOR)).singleElement()
                .satisfies(f -> assertThat(f.evidence().id()).isEqualTo(2));
        assertThat(diagnose(spec).has(StallReason.GOAL_WITHOUT_ACTION)).isFalse();
    }

    @Test
    void aGoalThatOnlyCountsActivityGetsAWarning() {
        var spec = at(InitiativeStep.ACTION_PLAN).given(ANNA_INITIATOR, advanceTo(InitiativeStep.MEASURABLE_RESULTS),
                new DefineIndicator(1, "Opschoonrondes gehouden", "rondes", Indicator.Kind.HOW_MUCH, BigDecimal.ZERO, new BigDecimal("6"),
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), "agenda"));
        assertThat(diagnose(spec).findings(StallReason.GOAL_MEASURES_ONLY_ACTIVITY)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.advice().en()).startsWith("Activity is not effect");
        });
        spec.given(ANNA_INITIATOR, Story.INDICATOR);
        assertThat(diagnose(spec).has(StallReason.GOAL_MEASURES_ONLY_ACTIVITY)).isFalse();
    }

    @Test
    void tooFewResidentsTakePart() {
        var spec = Story.spec().given(ANNA_INITIATOR, START, SITUATION);
        assertThat(diagnose(spec).findings(StallReason.TOO_FEW_PARTICIPANTS)).singleElement().satisfies(f -> {
            assertThat(f.evidence().subject()).isEqualTo(Finding.Subject.INITIATIVE);
            assertThat(f.message().en()).isEqualTo("Active participants: 1; at least 3 are needed to carry the initiative.");
        });
        StallDiagnosis small = StallDiagnosis.of(InitiativeRules.defaults().withMinimumActiveParticipants(1));
        assertThat(small.diagnose(spec.state(), spec.clock().instant()).isHealthy()).isTrue();
    }

    @Test
    void spendingAbovePlan() {
        var spec = at(InitiativeStep.EXECUTION).given(ANNA_INITIATOR, new RecordSpending(1, Money.of("250.00"), "grijpers"));
        assertThat(diagnose(spec).has(StallReason.SPENDING_ABOVE_PLAN)).isFalse();
        spec.given(ANNA_INITIATOR, new RecordSpending(1, Money.of("0.01"), "zakken"));
        assertThat(diagnose(spec).findings(StallReason.SPENDING_ABOVE_PLAN)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message().nl()).isEqualTo("Aan actie 1 'Opschoonochtend met de basisschool' is € 250,01 uitgegeven, meer dan de geplande € 250,00.");
            assertThat(f.message().en()).isEqualTo("€250.01 was spent on action 1 'Opschoonochtend met de basisschool', more than the €250.00 planned.");
        });
    }

    @Test
    void theMostSevereComesFirstAndTheMarkdownEscapesResidentText() {
        var spec = at(InitiativeStep.EXECUTION)
                .given(ANNA_INITIATOR, new RecordSpending(1, Money.euros(300), "grijpers"), new BlockAction(1, "*geen* <vergunning>"))
                .after(Duration.ofDays(60));
        Diagnosis d = diagnose(spec);
        assertThat(d.findings()).extracting(Finding::reason).containsExactly(StallReason.ACTION_BLOCKED_WITHOUT_FOLLOW_UP,
                StallReason.ACTION_OVERDUE, StallReason.INDICATOR_NOT_MEASURED, StallReason.SPENDING_ABOVE_PLAN);
        assertThat(d.findings()).extracting(Finding::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
        String markdown = d.toMarkdown(Locale.forLanguageTag("nl"));
        assertThat(markdown).startsWith("## Diagnose: Schone Bloemenbuurt\n\nCyclus 1, stap 5: Actieplan uitvoeren, 2026-03-06\n\n");
        assertThat(markdown).contains("- **vastgelopen** (action-blocked-without-follow-up): Actie 1 'Opschoonochtend met de basisschool' "
                + "is geblokkeerd (\\*geen\\* \\<vergunning\\>)");
        assertThat(markdown).doesNotContain("<vergunning>");
    }

    @Test
    void anActionHandedToTheMunicipalitySaysOnWhomTheInitiativeWaitsAndForHowLong() {
        Partner permits = Partner.of(Partner.Kind.MUNICIPALITY, "Gemeente, team vergunningen");
        var spec = at(InitiativeStep.EXECUTION).given(ANNA_INITIATOR, new InitiativeCommand.HandToPartner(1, permits));
        assertThat(diagnose(spec.after(Duration.ofDays(20))).has(StallReason.WAITING_ON_MUNICIPALITY)).as("within four weeks").isFalse();
        spec.after(Duration.ofDays(22));
        Diagnosis d = diagnose(spec);
        assertThat(d.findings(StallReason.WAITING_ON_MUNICIPALITY)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.AT_RISK);
            assertThat(f.evidence().subject()).isEqualTo(Finding.Subject.ACTION);
            assertThat(f.message().nl()).startsWith("Het initiatief wacht al 6 weken op de gemeente (Gemeente, team vergunningen)"
                    + " voor actie 1 'Opschoonochtend met de basisschool', sinds ");
            assertThat(f.message().en()).startsWith("The initiative has been waiting on the municipality (Gemeente, team vergunningen)"
                    + " for 6 weeks for action 1");
        });
        assertThat(d.has(StallReason.ACTION_WITHOUT_OWNER)).isFalse();
        assertThat(d.has(StallReason.WAITING_ON_PARTNER)).isFalse();
    }

    @Test
    void anActionHandedToAnotherPartnerNamesThatPartner() {
        var spec = at(InitiativeStep.EXECUTION)
                .given(ANNA_INITIATOR, new InitiativeCommand.HandToPartner(1, Partner.of(Partner.Kind.HOUSING_CORPORATION, "Mitros")))
                .after(Duration.ofDays(35));
        assertThat(diagnose(spec).findings(StallReason.WAITING_ON_PARTNER)).singleElement().satisfies(f ->
                assertThat(f.message().en()).startsWith("The initiative has been waiting on housing corporation Mitros for 5 weeks"));
        var finished = at(InitiativeStep.EXECUTION)
                .given(ANNA_INITIATOR, new InitiativeCommand.HandToPartner(1, Partner.of(Partner.Kind.OTHER, "Basisschool De Linde")),
                        new FinishAction(1, "gedaan"))
                .after(Duration.ofDays(35));
        assertThat(diagnose(finished).has(StallReason.WAITING_ON_PARTNER)).as("a finished action waits on nobody").isFalse();
    }

    @Test
    void everythingRestingOnOnePerson() {
        var spec = at(InitiativeStep.ACTION_PLAN).given(ANNA_INITIATOR,
                new PlanAction(1, "Flyers rondbrengen", CARLA, DEADLINE, List.of()),
                new PlanAction(1, "Buurthuis reserveren", CARLA, DEADLINE, List.of()));
        assertThat(diagnose(spec).findings(StallReason.RESTS_ON_ONE_PERSON)).singleElement().satisfies(f ->
                assertThat(f.message().nl()).isEqualTo("Alle 3 acties met een trekker in cyclus 1 liggen bij één persoon."));
        spec.given(ANNA_INITIATOR, new AssignAction(3, Story.DIRK));
        assertThat(diagnose(spec).has(StallReason.RESTS_ON_ONE_PERSON)).as("shared").isFalse();
        assertThat(diagnose(at(InitiativeStep.ACTION_PLAN)).has(StallReason.RESTS_ON_ONE_PERSON)).as("one action is not everything").isFalse();
    }

    @Test
    void participationFallingFromOneCycleToTheNext() {
        var spec = at(InitiativeStep.NEW_GOALS).given(ANNA_INITIATOR,
                new InitiativeCommand.OpenNextCycle(InitiativeStep.SITUATION, List.of(), List.of(), List.of()));
        assertThat(diagnose(spec).has(StallReason.PARTICIPATION_FALLING)).isFalse();
        spec.given(ANNA_INITIATOR, new InitiativeCommand.LeaveInitiative(Story.DIRK, "verhuisd"));
        assertThat(spec.state().membersIn(1)).isEqualTo(3);
        assertThat(diagnose(spec).findings(StallReason.PARTICIPATION_FALLING)).singleElement().satisfies(f -> {
            assertThat(f.message().nl()).isEqualTo("De deelname daalt: 3 leden aan het eind van cyclus 1, nu 2.");
            assertThat(f.message().en()).isEqualTo("Participation is falling: 3 members at the end of cycle 1, 2 now.");
        });
    }

    @Test
    void theNewThresholdsAreTheMunicipalitys() {
        assertThatThrownBy(() -> InitiativeRules.defaults().withPartnerResponse(Duration.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> InitiativeRules.defaults().withRestsOnOnePerson(1)).isInstanceOf(InvalidValueException.class);
        var spec = at(InitiativeStep.EXECUTION)
                .given(ANNA_INITIATOR, new InitiativeCommand.HandToPartner(1, Partner.of(Partner.Kind.MUNICIPALITY, "Gemeente")))
                .after(Duration.ofDays(10));
        StallDiagnosis impatient = StallDiagnosis.of(InitiativeRules.defaults().withPartnerResponse(Duration.ofDays(7)));
        assertThat(impatient.diagnose(spec.state(), spec.clock().instant()).has(StallReason.WAITING_ON_MUNICIPALITY)).isTrue();
    }

    @Test
    void onlyTheCurrentCycleCounts() {
        var spec = at(InitiativeStep.NEW_GOALS).given(ANNA_INITIATOR,
                new InitiativeCommand.OpenNextCycle(InitiativeStep.SITUATION, List.of(), List.of(), List.of())).after(Duration.ofDays(7));
        assertThat(diagnose(spec).findings()).isEmpty();
    }

    @Test
    void thresholdsAreCheckedWhenMade() {
        assertThatThrownBy(() -> InitiativeRules.defaults().withStepLimit(InitiativeStep.GOALS, Duration.ZERO))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> InitiativeRules.defaults().withMinimumActiveParticipants(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> InitiativeRules.defaults().withMeasurementGrace(Duration.ofDays(-1)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(InitiativeRules.defaults().stepLimit(InitiativeStep.CLOSED)).isNull();
        assertThat(InitiativeRules.defaults().withBlockedFollowUp(Duration.ofDays(3)).blockedFollowUp()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void aMeasurementByTheMunicipalityCountsToo() {
        // A civil servant's measurement counts like anyone's.
        var spec = at(InitiativeStep.EXECUTION).after(Duration.ofDays(50))
                .given(GIJS_CIVIL_SERVANT, new RecordMeasurement(1, new BigDecimal("25"), LocalDate.of(2026, 2, 20), "gemeentelijke telling"));
        assertThat(diagnose(spec).has(StallReason.INDICATOR_NOT_MEASURED)).isFalse();
    }
}
