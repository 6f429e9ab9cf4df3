package nl.participatie.samenspel;

import static nl.participatie.samenspel.Fixtures.FATIMA;
import static nl.participatie.samenspel.Fixtures.WETHOUDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import nl.participatie.samenspel.PromiseCheck.Finding;
import nl.participatie.samenspel.PromiseCheck.Status;
import nl.participatie.samenspel.TrajectoryCommand.CloseTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Evaluate;
import nl.participatie.samenspel.json.DesignTemplates;

/**
 * Each template runs end to end with its municipality code; the promise check finds every promise kept in the kept
 * run and, for every rung of the ladder, broken in the broken run.
 */
class PromiseCheckTest {

    static java.util.List<DesignTemplate> templates() {
        return DesignTemplates.all();
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

    @Test
    void theTemplatesAreThoseOfTheBrochure() {
        assertThat(templates()).extracting(t -> t.municipality().value()).containsExactly("GM1942", "GM0627", "GM0014");
        templates().forEach(t -> assertThat(t.design().violations(TrajectoryRules.defaults())).as(t.code()).isEmpty());
    }

    @Test
    void forEveryRungOfTheLadderOneKeptAndOneBrokenCase() {
        Set<LadderLevel> kept = EnumSet.noneOf(LadderLevel.class);
        Set<LadderLevel> broken = EnumSet.noneOf(LadderLevel.class);
        for (DesignTemplate template : templates()) {
            PromiseCheck.of(Templates.runToLastReview(template, Templates.Variant.KEPT).state()).findings().stream()
                    .filter(f -> f.level() != null && f.status() == Status.KEPT).forEach(f -> kept.add(f.level()));
            PromiseCheck.of(Templates.runToLastReview(template, Templates.Variant.BROKEN).state()).findings().stream()
                    .filter(f -> f.level() != null && f.status() == Status.BROKEN).forEach(f -> broken.add(f.level()));
        }
        assertThat(kept).containsExactlyInAnyOrder(LadderLevel.values());
        // INFORM is kept by the activities held, which both runs hold: it breaks only when a phase ends without one.
        assertThat(broken).containsExactlyInAnyOrder(LadderLevel.CONSULT, LadderLevel.ADVISE, LadderLevel.CO_PRODUCE,
                LadderLevel.CO_DECIDE, LadderLevel.SELF_GOVERN);
    }

    @Test
    void informIsBrokenWhenThePhaseEndsWithoutAnActivityForTheGroup() {
        Trajectory t = Templates.runToLastReview(Fixtures.WADDINXVEEN, Templates.Variant.KEPT).state();
        // Take the held activities away: what the check sees is the state.
        Trajectory none = t.withHeld(java.util.List.of());
        Phase adopt = DesignTemplates.gooiseMeren().design().phases().get(2);
        assertThat(adopt.levelFor(StakeholderGroup.RESIDENTS)).isEqualTo(LadderLevel.INFORM);
        Trajectory gooi = Templates.runToLastReview(DesignTemplates.gooiseMeren(), Templates.Variant.KEPT).state().withHeld(java.util.List.of());
        assertThat(PromiseCheck.of(gooi).of("adopt")).extracting(Finding::group, Finding::status, Finding::evidence)
                .contains(tuple(StakeholderGroup.RESIDENTS, Status.BROKEN, PromiseEvidence.NOT_INFORMED));
        assertThat(PromiseCheck.of(none).count(Status.BROKEN)).isZero();
    }

    @Test
    void framesChangedAfterInputWithoutAgreementAreBroken() {
        PromiseCheck check = PromiseCheck.of(Templates.runToLastReview(Fixtures.WADDINXVEEN, Templates.Variant.BROKEN).state());
        assertThat(check.of("listen")).extracting(Finding::group, Finding::status, Finding::evidence)
                .contains(tuple(null, Status.BROKEN, PromiseEvidence.FRAMES_CHANGED_AFTER_INPUT));
    }

    @Test
    void aCoDecideDeviationWithAMotivationIsKeptWithoutOneBroken() {
        Trajectory broken = Templates.runToLastReview(Fixtures.WADDINXVEEN, Templates.Variant.BROKEN).state();
        assertThat(PromiseCheck.of(broken).of("experiment")).extracting(Finding::group, Finding::status, Finding::evidence)
                .contains(tuple(StakeholderGroup.RESIDENTS, Status.BROKEN, PromiseEvidence.DEVIATION_WITHOUT_MOTIVATION));
        java.util.List<PhaseDecision> motivated = broken.decisions().stream().map(d -> new PhaseDecision(d.id(), d.phase(), d.topic(),
                d.decidedBy(), d.followsOutcome(), "the budget rules of the council leave no room", d.uses(), d.at())).toList();
        assertThat(PromiseCheck.of(broken.withDecisions(motivated)).of("experiment")).extracting(Finding::group, Finding::status, Finding::evidence)
                .contains(tuple(StakeholderGroup.RESIDENTS, Status.KEPT, PromiseEvidence.DEVIATION_MOTIVATED));
    }
}
