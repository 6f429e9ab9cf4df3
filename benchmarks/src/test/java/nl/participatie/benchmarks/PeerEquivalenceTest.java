package nl.participatie.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleDecider;
import nl.participatie.benchmarks.peers.BaselineCycle;
import nl.participatie.benchmarks.peers.CamundaCycle;
import nl.participatie.benchmarks.peers.CycleImplementation;
import nl.participatie.benchmarks.peers.CycleRun;
import nl.participatie.benchmarks.peers.FlowableCycle;
import nl.participatie.benchmarks.peers.ParticipatieDeciderCycle;
import nl.participatie.benchmarks.peers.ParticipatieFacadeCycle;
import nl.participatie.benchmarks.peers.SpringStatemachineCycle;
import nl.participatie.benchmarks.peers.Stateless4jCycle;
import nl.participatie.benchmarks.storage.BenchDatabase;
import nl.participatie.core.store.jdbc.JdbcEventStore;

/**
 * The rows of {@link PeerComparisonBenchmark} compare equal work: every implementation ends in the same step with
 * the same eight history entries (step left, actor, a time), and refuses an actor without the role, recording
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeerEquivalenceTest {

    private final Clock clock = Clock.systemUTC();
    private List<CycleImplementation<?>> implementations;
    private BenchDatabase h2;

    @BeforeAll
    void start() {
        h2 = BenchDatabase.open("h2-mem");
        implementations = List.of(new BaselineCycle(clock), new ParticipatieDeciderCycle(clock),
                new ParticipatieFacadeCycle(clock),
                new ParticipatieFacadeCycle(clock, new JdbcEventStore(h2.dataSource()), () -> { }, CycleDecider.DEFINITION),
                new Stateless4jCycle(clock), new SpringStatemachineCycle(clock), new FlowableCycle(), new CamundaCycle());
    }

    @AfterAll
    void stop() {
        implementations.forEach(CycleImplementation::close);
        h2.close();
    }

    Stream<Arguments> implementations() {
        return implementations.stream().map(i -> Arguments.of(i.getClass().getSimpleName()
                + (implementations.indexOf(i) == 3 ? " (H2)" : ""), i));
    }

    private static <I> CycleRun runAndReport(CycleImplementation<I> implementation) {
        return implementation.report(implementation.run());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void endsInTheSameStepWithEightEntries(String name, CycleImplementation<?> implementation) {
        CycleRun run = runAndReport(implementation);

        assertThat(run.finalStep()).isEqualTo(Cycle.FINAL_STEP.name());
        assertThat(run.rejected()).isFalse();
        assertThat(run.history()).hasSize(8);
        assertThat(run.history()).extracting(CycleRun.Line::from)
                .containsExactlyElementsOf(Cycle.TRANSITIONS.stream().map(t -> t.from().name()).toList());
        assertThat(run.history()).extracting(CycleRun.Line::actor)
                .containsExactlyElementsOf(Cycle.TRANSITIONS.stream().map(Cycle.Transition::actorId).toList());
        assertThat(run.history()).allSatisfy(line -> assertThat(line.at()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void refusesAnActorWithoutTheRole(String name, CycleImplementation<?> implementation) {
        CycleRun resident = implementation.attemptFirst(Cycle.RESIDENT_ID, Cycle.RESIDENT);
        assertThat(resident.rejected()).isTrue();
        assertThat(resident.finalStep()).isEqualTo("SITUATION");
        assertThat(resident.history()).isEmpty();

        // The civil servant may act in the cycle, but not in its first step.
        CycleRun civilServant = implementation.attemptFirst(Cycle.CIVIL_SERVANT_ID, Cycle.CIVIL_SERVANT);
        assertThat(civilServant.rejected()).isTrue();
        assertThat(civilServant.history()).isEmpty();
    }
}
