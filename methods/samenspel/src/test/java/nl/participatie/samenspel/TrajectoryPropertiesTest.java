package nl.participatie.samenspel;

import static nl.participatie.samenspel.Fixtures.FATIMA;
import static nl.participatie.samenspel.Fixtures.WADDINXVEEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.samenspel.TrajectoryCommand.Redesign;
import nl.participatie.samenspel.TrajectoryCommand.StartPhase;
import nl.participatie.testkit.Spec;

/**
 * What holds for every input: completed phases survive any redesign and the running phase keeps its place, replay
 * equals fold, the state and every event round trip through JSON.
 */
class TrajectoryPropertiesTest {

    private static final List<Phase> PHASES = WADDINXVEEN.design().phases();

    /** What a redesign does to phase {@code phase} (any, completed or not). */
    enum Kind { RENAME, DROP_LAST, RELEVEL, SWAP_WITH_NEXT }

    /** A redesign: rename a phase, drop the last, promise its first group another rung, or swap it with the next. */
    record Change(Kind kind, int phase, String name, LadderLevel level) {
        Design apply(Design d) {
            List<Phase> phases = new ArrayList<>(d.phases());
            int i = Math.min(phase, phases.size() - 1);
            Phase p = phases.get(i);
            switch (kind) {
                case DROP_LAST -> {
                    if (phases.size() > 1) {
                        phases.remove(phases.size() - 1);
                    }
                }
                case RENAME -> phases.set(i, new Phase(p.code(), LocalizedText.of(name, name), p.goal(), p.promises(),
                        p.activities(), p.deliverables(), p.topics(), p.start(), p.end()));
                case RELEVEL -> {
                    List<Promise> promises = new ArrayList<>(p.promises());
                    promises.set(0, new Promise(promises.get(0).group(), level));
                    phases.set(i, Fixtures.promising(p, promises));
                }
                case SWAP_WITH_NEXT -> {
                    if (i + 1 < phases.size()) {
                        phases.set(i, phases.get(i + 1));
                        phases.set(i + 1, p);
                    }
                }
            }
            return new Design(d.title(), phases, d.groups());
        }
    }

    @Provide
    Arbitrary<List<Change>> redesigns() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 2),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), Arbitraries.of(LadderLevel.class))
                .as(Change::new).list().ofMaxSize(6);
    }

    @Property(tries = 60)
    void aRedesignNeverChangesACompletedPhaseNorMovesTheRunningOne(@ForAll("redesigns") List<Change> changes,
                                                                   @ForAll("progress") int reviewed, @ForAll boolean running) {
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = reviewed == 0 ? Fixtures.adopted(WADDINXVEEN)
                : Templates.runToPhase(WADDINXVEEN, reviewed);
        if (running) {
            spec.given(FATIMA, new StartPhase());
        }
        int completed = spec.state().completedPhases();
        int current = spec.state().phaseIndex();
        int accepted = 0;
        for (Change c : changes) {
            var outcome = spec.engine().handle(spec.stream(), FATIMA, new Redesign(c.apply(spec.state().design()), "change"));
            accepted += outcome.violations().isEmpty() ? 1 : 0;
        }
        Trajectory after = spec.state();
        assertThat(after.design().phases().subList(0, completed)).isEqualTo(PHASES.subList(0, completed));
        if (running) {
            assertThat(after.step()).isEqualTo(TrajectoryStep.PHASE_ACTIVE);
            assertThat(after.design().phases().get(current).code()).isEqualTo(PHASES.get(current).code());
        }
        assertThat(after.design().violations(TrajectoryRules.defaults())).isEmpty();
        assertThat(after.versions()).hasSize(1 + accepted);
    }

    @Provide
    Arbitrary<Integer> progress() {
        return Arbitraries.integers().between(0, 2);
    }

    @Property(tries = 10)
    void replayEqualsFoldAndTheStateAndEveryEventRoundTripThroughJson(@ForAll("progress") int reviewed) {
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = Templates.runToPhase(WADDINXVEEN, reviewed + 1);
        Trajectory folded = SamenspelWorkflow.TRAJECTORIES.decider().fold(Trajectory.INITIAL,
                spec.engine().history(spec.stream()).stream().map(r -> r.event()).toList());
        assertThat(folded).isEqualTo(spec.state());
        ParticipatieJson json = ParticipatieJson.defaults();
        assertThat(json.read(json.write(folded), Trajectory.class)).isEqualTo(folded);
        for (var recorded : spec.engine().history(spec.stream())) {
            assertThat(json.read(json.write(recorded.event()), TrajectoryEvent.class)).isEqualTo(recorded.event());
        }
    }
}
