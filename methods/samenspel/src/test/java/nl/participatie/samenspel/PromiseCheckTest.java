package nl.participatie.samenspel;

import static nl.participatie.samenspel.Fixtures.ANNA;
import static nl.participatie.samenspel.Fixtures.ANNA_RESIDENT;
import static nl.participatie.samenspel.Fixtures.BRAM;
import static nl.participatie.samenspel.Fixtures.BRAM_STAKEHOLDER;
import static nl.participatie.samenspel.Fixtures.FATIMA;
import static nl.participatie.samenspel.Fixtures.WETHOUDER;
import static nl.participatie.samenspel.LadderLevel.ADVISE;
import static nl.participatie.samenspel.LadderLevel.CONSULT;
import static nl.participatie.samenspel.LadderLevel.CO_DECIDE;
import static nl.participatie.samenspel.LadderLevel.CO_PRODUCE;
import static nl.participatie.samenspel.LadderLevel.INFORM;
import static nl.participatie.samenspel.LadderLevel.SELF_GOVERN;
import static nl.participatie.samenspel.PromiseCheck.Status.BROKEN;
import static nl.participatie.samenspel.PromiseCheck.Status.KEPT;
import static nl.participatie.samenspel.PromiseCheck.Status.OPEN;
import static nl.participatie.samenspel.StakeholderGroup.ORGANISATIONS;
import static nl.participatie.samenspel.StakeholderGroup.RESIDENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.participatie.core.value.Actor;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.samenspel.PromiseCheck.Finding;
import nl.participatie.samenspel.PromiseCheck.Status;
import nl.participatie.samenspel.TrajectoryCommand.AdoptDesign;
import nl.participatie.samenspel.TrajectoryCommand.ChangeFrames;
import nl.participatie.samenspel.TrajectoryCommand.ClosePhase;
import nl.participatie.samenspel.TrajectoryCommand.CloseTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Contribute;
import nl.participatie.samenspel.TrajectoryCommand.DeclareFrames;
import nl.participatie.samenspel.TrajectoryCommand.DraftTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Evaluate;
import nl.participatie.samenspel.TrajectoryCommand.HoldActivity;
import nl.participatie.samenspel.TrajectoryCommand.RecordDecision;
import nl.participatie.samenspel.TrajectoryCommand.RegisterParticipant;
import nl.participatie.samenspel.TrajectoryCommand.ReportBack;
import nl.participatie.samenspel.TrajectoryCommand.StartPhase;
import nl.participatie.samenspel.json.DesignTemplates;
import nl.participatie.testkit.MutableClock;
import nl.participatie.testkit.Spec;

/**
 * The promise check, every case built through commands: for each rung of the ladder one kept and one broken promise;
 * frames changed after input; a decision judged only for the groups it concerns; and each template run end to end.
 */
class PromiseCheckTest {

    private static final LocalDate EVENING = LocalDate.of(2026, 5, 12);

    /**
     * One phase, "try": residents are consulted at an evening, organisations are promised {@code level} at a round
     * table; two decisions, "plan" and "budget".
     */
    static Design oneRung(LadderLevel level) {
        LocalizedText name = LocalizedText.of("Proberen", "Try");
        Phase phase = new Phase("try", name, name, List.of(new Promise(RESIDENTS, CONSULT), new Promise(ORGANISATIONS, level)),
                List.of(new Activity("evening", ActivityKind.WORKSHOP, LocalizedText.of("Avond", "Evening"), List.of(RESIDENTS), EVENING),
                        new Activity("round-table", ActivityKind.DIALOGUE, LocalizedText.of("Rondetafel", "Round table"),
                                List.of(ORGANISATIONS), EVENING)),
                List.of(), List.of(new DecisionTopic("plan", LocalizedText.of("Plan", "Plan"), false, ""),
                        new DecisionTopic("budget", LocalizedText.of("Budget", "Budget"), false, "")),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30));
        return new Design(LocalizedText.of("Eén trede", "One rung"), List.of(phase));
    }

    /** Drafted, framed, adopted and started; Anna (resident) and Bram (organisation) take part; the evening was held. */
    static Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> running(LadderLevel level) {
        return Spec.of(SamenspelWorkflow.TRAJECTORIES, new MutableClock(Fixtures.LATE_2026))
                .given(FATIMA, new DraftTrajectory(Fixtures.WADDINXVEEN.municipality(), oneRung(level)),
                        new DeclareFrames("try", Fixtures.frames()))
                .given(WETHOUDER, new AdoptDesign("B&W 2026-20"))
                .given(FATIMA, new StartPhase(), new RegisterParticipant(ANNA, RESIDENTS), new RegisterParticipant(BRAM, ORGANISATIONS),
                        new HoldActivity("evening", EVENING, List.of(new Attendance(RESIDENTS, 30))));
    }

    /** Bram's advice on the plan, contribution 1. */
    static final Contribute BRAMS_ADVICE = new Contribute(ContributionKind.ADVICE, "plan", "doc-bram-1");

    static RecordDecision decision(DecidedBy by, boolean follows, String motivation, ContributionUse use) {
        return new RecordDecision("plan", by, follows, motivation, List.of(use));
    }

    /**
     * A rung kept or broken, built through commands.
     *
     * @param level    the rung promised to organisations
     * @param status   what the check finds once the phase ended
     * @param evidence why
     * @param steps    what happens in the phase after the evening, before it closes
     */
    record Case(LadderLevel level, Status status, PromiseEvidence evidence, List<Step> steps) {
        @Override
        public String toString() {
            return level + " " + status + " (" + evidence + ")";
        }
    }

    /** One command in a case: who does what. */
    record Step(Actor actor, TrajectoryCommand command) {
    }

    static Step by(Actor actor, TrajectoryCommand command) {
        return new Step(actor, command);
    }

    static final Step ROUND_TABLE = by(FATIMA, new HoldActivity("round-table", EVENING, List.of(new Attendance(ORGANISATIONS, 9))));
    static final Step ADVICE = by(BRAM_STAKEHOLDER, BRAMS_ADVICE);

    static Stream<Case> everyRungKeptAndBroken() {
        ContributionUse adopted = new ContributionUse(1, Uptake.ADOPTED, "");
        return Stream.of(
                new Case(INFORM, KEPT, PromiseEvidence.INFORMED, List.of(ROUND_TABLE)),
                new Case(INFORM, BROKEN, PromiseEvidence.NOT_INFORMED, List.of()),
                new Case(CONSULT, KEPT, PromiseEvidence.TOLD_WHAT_WAS_DONE, List.of(ROUND_TABLE, by(FATIMA, new ReportBack()))),
                new Case(CONSULT, BROKEN, PromiseEvidence.NOT_TOLD, List.of(ROUND_TABLE)),
                new Case(ADVISE, KEPT, PromiseEvidence.ADVICE_ANSWERED, List.of(ADVICE, by(WETHOUDER,
                        decision(DecidedBy.EXECUTIVE, false, "", new ContributionUse(1, Uptake.NOT_USED, "no room in the budget"))))),
                new Case(ADVISE, BROKEN, PromiseEvidence.ADVICE_UNANSWERED, List.of(ADVICE, by(WETHOUDER,
                        decision(DecidedBy.EXECUTIVE, true, "", new ContributionUse(1, Uptake.ADAPTED, ""))))),
                new Case(CO_PRODUCE, KEPT, PromiseEvidence.OUTCOME_FOLLOWED, List.of(ADVICE, by(WETHOUDER,
                        decision(DecidedBy.EXECUTIVE, true, "", adopted)))),
                new Case(CO_PRODUCE, BROKEN, PromiseEvidence.BINDING_SOLUTION_SET_ASIDE, List.of(ADVICE, by(WETHOUDER,
                        decision(DecidedBy.EXECUTIVE, false, "the council wants another plan", adopted)))),
                new Case(CO_DECIDE, KEPT, PromiseEvidence.DEVIATION_MOTIVATED, List.of(ADVICE, by(WETHOUDER,
                        decision(DecidedBy.COUNCIL, false, "the budget rules of the council leave no room", adopted)))),
                new Case(CO_DECIDE, BROKEN, PromiseEvidence.DEVIATION_WITHOUT_MOTIVATION, List.of(ADVICE, by(WETHOUDER,
                        decision(DecidedBy.COUNCIL, false, "", adopted)))),
                new Case(SELF_GOVERN, KEPT, PromiseEvidence.DECIDED_BY_RESIDENTS, List.of(ADVICE, by(Fixtures.GERT, decision(DecidedBy.RESIDENTS, true, "", adopted)))),
                new Case(SELF_GOVERN, BROKEN, PromiseEvidence.DECIDED_OVER_THEIR_HEADS, List.of(ADVICE, by(WETHOUDER,
                        decision(DecidedBy.EXECUTIVE, false, "", adopted)))));
    }

    @ParameterizedTest
    @MethodSource("everyRungKeptAndBroken")
    void everyRungOfTheLadderIsKeptOrBrokenByWhatHappened(Case c) {
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = running(c.level());
        for (Step step : c.steps()) {
            spec.given(step.actor(), step.command());
        }
        spec.when(FATIMA, new ClosePhase()).thenState(t -> assertThat(PromiseCheck.of(t).of("try"))
                .extracting(Finding::group, Finding::level, Finding::status, Finding::evidence)
                .contains(tuple(ORGANISATIONS, c.level(), c.status(), c.evidence())));
    }

    @Test
    void theCasesCoverEveryRungKeptAndBroken() {
        Set<LadderLevel> kept = EnumSet.noneOf(LadderLevel.class);
        Set<LadderLevel> broken = EnumSet.noneOf(LadderLevel.class);
        everyRungKeptAndBroken().forEach(c -> (c.status() == KEPT ? kept : broken).add(c.level()));
        assertThat(kept).containsExactlyInAnyOrder(LadderLevel.values());
        assertThat(broken).containsExactlyInAnyOrder(LadderLevel.values());
    }

    @Test
    void whileThePhaseRunsAMissingPromiseIsOpenNotBroken() {
        running(CONSULT).when(FATIMA, new HoldActivity("round-table", EVENING, List.of(new Attendance(ORGANISATIONS, 9))))
                .thenState(t -> assertThat(PromiseCheck.of(t).of("try")).extracting(Finding::group, Finding::status, Finding::evidence)
                        .contains(tuple(ORGANISATIONS, OPEN, PromiseEvidence.NOT_YET_TOLD)));
    }

    static Stream<Arguments> frameChanges() {
        return Stream.of(Arguments.of(true, false, BROKEN, PromiseEvidence.FRAMES_CHANGED_AFTER_INPUT),
                Arguments.of(true, true, KEPT, PromiseEvidence.FRAMES_CHANGED_AGREED),
                Arguments.of(false, false, KEPT, PromiseEvidence.FRAMES_KEPT));
    }

    @ParameterizedTest(name = "after input: {0}, participants agreed: {1} -> {2}")
    @MethodSource("frameChanges")
    void framesChangedAfterInputAreABrokenPromiseUnlessTheParticipantsAgreed(boolean afterInput, boolean agreed, Status status,
                                                                               PromiseEvidence evidence) {
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = running(ADVISE);
        if (afterInput) {
            spec.given(BRAM_STAKEHOLDER, BRAMS_ADVICE);
        }
        spec.when(FATIMA, new ChangeFrames("try", Fixtures.frames(), "the budget was cut", agreed))
                .thenState(t -> assertThat(PromiseCheck.of(t).of("try")).extracting(Finding::group, Finding::status, Finding::evidence)
                        .contains(tuple(null, status, evidence)));
    }

    @Test
    void aDecisionIsJudgedForTheGroupsItConcernsNotForEveryGroupOfThePhase() {
        // Co-decide for both groups: Anna advises on the plan, Bram on the budget. The budget deviates without motivation.
        LocalizedText name = LocalizedText.of("Proberen", "Try");
        Design both = new Design(oneRung(CO_DECIDE).title(), List.of(new Phase("try", name, name,
                List.of(new Promise(RESIDENTS, CO_DECIDE), new Promise(ORGANISATIONS, CO_DECIDE)),
                oneRung(CO_DECIDE).phases().get(0).activities(), List.of(), oneRung(CO_DECIDE).phases().get(0).topics(),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30))));
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = Spec.of(SamenspelWorkflow.TRAJECTORIES, new MutableClock(Fixtures.LATE_2026))
                .given(FATIMA, new DraftTrajectory(Fixtures.WADDINXVEEN.municipality(), both), new DeclareFrames("try", Fixtures.frames()))
                .given(WETHOUDER, new AdoptDesign("B&W 2026-21"))
                .given(FATIMA, new StartPhase(), new RegisterParticipant(ANNA, RESIDENTS), new RegisterParticipant(BRAM, ORGANISATIONS))
                .given(ANNA_RESIDENT, new Contribute(ContributionKind.ADVICE, "plan", "doc-anna-1"))
                .given(BRAM_STAKEHOLDER, new Contribute(ContributionKind.ADVICE, "budget", "doc-bram-1"))
                .given(WETHOUDER, new RecordDecision("plan", DecidedBy.COUNCIL, true, "", List.of(new ContributionUse(1, Uptake.ADOPTED, ""))));
        spec.when(WETHOUDER, new RecordDecision("budget", DecidedBy.COUNCIL, false, "", List.of(new ContributionUse(2, Uptake.NOT_USED,
                "another priority")))).thenState(t -> assertThat(PromiseCheck.of(t).of("try"))
                .extracting(Finding::group, Finding::status, Finding::evidence)
                .contains(tuple(RESIDENTS, KEPT, PromiseEvidence.OUTCOME_FOLLOWED),
                        tuple(ORGANISATIONS, BROKEN, PromiseEvidence.DEVIATION_WITHOUT_MOTIVATION)));
    }

    @Test
    void aGroupThatBroughtNothingInIsJudgedByEveryDecisionOfThePhase() {
        running(CO_PRODUCE).given(ANNA_RESIDENT, new Contribute(ContributionKind.IDEA, "plan", "doc-anna-1"))
                .when(WETHOUDER, new RecordDecision("plan", DecidedBy.EXECUTIVE, false, "too expensive",
                        List.of(new ContributionUse(1, Uptake.NOT_USED, "too expensive"))))
                .thenState(t -> assertThat(PromiseCheck.of(t).of("try")).extracting(Finding::group, Finding::status, Finding::evidence)
                        .contains(tuple(ORGANISATIONS, BROKEN, PromiseEvidence.BINDING_SOLUTION_SET_ASIDE)));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateRunsEndToEndWithEveryPromiseKept(DesignTemplate template) {
        var spec = Templates.runToEvaluation(template, Templates.Variant.KEPT).given(FATIMA, new Evaluate("o", "l", "c"));
        spec.when(WETHOUDER, new CloseTrajectory()).thenState(t -> {
            assertThat(t.step()).isEqualTo(TrajectoryStep.CLOSED);
            assertThat(t.municipality()).isEqualTo(template.municipality());
            PromiseCheck check = PromiseCheck.of(t);
            assertThat(check.findings()).filteredOn(f -> f.status() != Status.KEPT).isEmpty();
            assertThat(check.count(Status.KEPT)).isEqualTo(template.design().phases().stream()
                    .mapToLong(p -> p.promises().size() + 1).sum());
        });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateRunWithItsPromisesBrokenIsFoundOut(DesignTemplate template) {
        PromiseCheck check = PromiseCheck.of(Templates.runToLastReview(template, Templates.Variant.BROKEN).state());
        // The broken run still holds every activity, so INFORM holds; and ADVISE to a group that gave no advice.
        assertThat(check.findings()).filteredOn(f -> f.level() != null && f.status() == KEPT)
                .allMatch(f -> f.level() == INFORM || f.level() == ADVISE && f.count() == 0, "only INFORM or ADVISE without advice");
        assertThat(check.count(BROKEN)).isPositive();
        assertThat(check.of(template.design().phases().get(0).code())).extracting(Finding::group, Finding::status, Finding::evidence)
                .contains(tuple(null, BROKEN, PromiseEvidence.FRAMES_CHANGED_AFTER_INPUT));
    }

    static List<DesignTemplate> templates() {
        return DesignTemplates.all();
    }

    @Test
    void theTemplatesAreThoseOfTheBrochure() {
        assertThat(templates()).extracting(t -> t.municipality().value()).containsExactly("GM1942", "GM0627", "GM0014");
        templates().forEach(t -> assertThat(t.design().violations(TrajectoryRules.defaults())).as(t.code()).isEmpty());
    }
}
