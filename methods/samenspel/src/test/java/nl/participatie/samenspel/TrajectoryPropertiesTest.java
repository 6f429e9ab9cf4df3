package nl.participatie.samenspel;

import static nl.participatie.samenspel.Fixtures.FATIMA;
import static nl.participatie.samenspel.Fixtures.WADDINXVEEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.samenspel.TrajectoryCommand.Redesign;
import nl.participatie.testkit.Spec;

/** What holds for every input: completed phases survive any redesign, replay equals fold, JSON round trips. */
class TrajectoryPropertiesTest {

    private static final List<Phase> PHASES = WADDINXVEEN.design().phases();

    /** A redesign: rename phase {@code phase} (any, completed or not) or drop the last phase. */
    record Change(int phase, boolean drop, String name) {
        Design apply(Design d) {
            List<Phase> phases = new ArrayList<>(d.phases());
            if (drop && phases.size() > 1) {
                phases.remove(phases.size() - 1);
            } else {
                Phase p = phases.get(Math.min(phase, phases.size() - 1));
                phases.set(phases.indexOf(p), new Phase(p.code(), LocalizedText.of(name, name), p.goal(), p.promises(),
                        p.activities(), p.deliverables(), p.topics(), p.start(), p.end()));
            }
            return new Design(d.title(), phases);
        }
    }

    @Provide
    Arbitrary<List<Change>> redesigns() {
        return Arbitraries.integers().between(0, 2).flatMap(i -> Arbitraries.of(true, false).flatMap(drop ->
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(n -> new Change(i, drop, n)))).list().ofMaxSize(6);
    }

    @Property(tries = 40)
    void aRedesignNeverChangesACompletedPhase(@ForAll("redesigns") List<Change> changes, @ForAll("progress") int reviewed) {
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = reviewed == 0 ? Fixtures.adopted(WADDINXVEEN)
                : Templates.runToPhase(WADDINXVEEN, reviewed);
        int completed = spec.state().completedPhases();
        int accepted = 0;
        for (Change c : changes) {
            var outcome = spec.engine().handle(spec.stream(), FATIMA, new Redesign(c.apply(spec.state().design()), "change"));
            accepted += outcome.violations().isEmpty() ? 1 : 0;
        }
        Trajectory after = spec.state();
        assertThat(after.design().phases().subList(0, completed)).isEqualTo(PHASES.subList(0, completed));
        assertThat(after.versions()).hasSize(1 + accepted);
    }

    @Provide
    Arbitrary<Integer> progress() {
        return Arbitraries.integers().between(0, 2);
    }

    @Property(tries = 10)
    void replayEqualsFoldAndTheStateRoundTripsThroughJson(@ForAll("progress") int reviewed) {
        Spec<TrajectoryCommand, TrajectoryEvent, Trajectory> spec = Templates.runToPhase(WADDINXVEEN, reviewed + 1);
        Trajectory folded = SamenspelWorkflow.TRAJECTORIES.decider().fold(Trajectory.INITIAL,
                spec.engine().history(spec.stream()).stream().map(r -> r.event()).toList());
        assertThat(folded).isEqualTo(spec.state());
        ParticipatieJson json = ParticipatieJson.defaults();
        assertThat(json.read(json.write(folded), Trajectory.class)).isEqualTo(folded);
    }
}
