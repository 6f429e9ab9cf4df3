package nl.participatie.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleDecider;
import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.benchmarks.cycle.CycleState;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.StreamId;

/** Test data for the engine-internal benchmarks: long, valid histories of the benchmark cycle. */
final class Histories {

    static final StreamId STREAM = StreamId.of("benchmarks.cycle", "long-history");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private Histories() {
    }

    /**
     * {@code n} events of initiatives going round the cycle: the first round from SITUATION, then GOALS → … →
     * NEW_GOALS → GOALS again and again, each text numbered so no two are the same string.
     */
    static List<CycleEvent> events(int n) {
        List<CycleEvent> events = new ArrayList<>(n);
        CycleDecider decider = new CycleDecider();
        CycleState state = decider.initialState();
        int index = 0;
        while (events.size() < n) {
            Cycle.Transition t = Cycle.TRANSITIONS.get(index);
            var command = withText(t, t.command().text() + " #" + events.size());
            Decision<CycleEvent> d = decider.decide(command, state,
                    new DecisionContext(STREAM, t.actor(), T0, events.size(), () -> "id"));
            for (CycleEvent e : ((Decision.Accept<CycleEvent>) d).events()) {
                events.add(e);
                state = decider.evolve(state, e);
            }
            index = index == Cycle.TRANSITIONS.size() - 1 ? 1 : index + 1;
        }
        return events;
    }

    /** The events recorded in a valid hash chain, one second apart, by the actors of the scenario. */
    static List<RecordedEvent<CycleEvent>> recorded(int n) {
        AuditTrail trail = new AuditTrail(ParticipatieJson.defaults());
        List<CycleEvent> events = events(n);
        List<RecordedEvent<CycleEvent>> out = new ArrayList<>(n);
        RecordedEvent<?> previous = null;
        CycleState state = CycleState.INITIAL;
        CycleDecider decider = new CycleDecider();
        for (int i = 0; i < n; i++) {
            CycleEvent e = events.get(i);
            // The transition out of step i is the i-th of the scenario.
            Cycle.Transition t = Cycle.TRANSITIONS.get(state.step().ordinal());
            RecordedEvent<CycleEvent> r = trail.record(STREAM, previous, T0.plusSeconds(i), t.actor(), state.step().name(), e);
            out.add(r);
            previous = r;
            state = decider.evolve(state, e);
        }
        return out;
    }

    static nl.participatie.benchmarks.cycle.CycleCommand withText(Cycle.Transition t, String text) {
        return switch (t.trigger()) {
            case DESCRIBE_SITUATION -> new nl.participatie.benchmarks.cycle.CycleCommand.DescribeSituation(text);
            case SET_GOALS -> new nl.participatie.benchmarks.cycle.CycleCommand.SetGoals(text);
            case PLAN_ACTIONS -> new nl.participatie.benchmarks.cycle.CycleCommand.PlanActions(text);
            case AGREE_RESULTS -> new nl.participatie.benchmarks.cycle.CycleCommand.AgreeResults(text);
            case EXECUTE -> new nl.participatie.benchmarks.cycle.CycleCommand.Execute(text);
            case MEASURE -> new nl.participatie.benchmarks.cycle.CycleCommand.Measure(text);
            case GIVE_ACCOUNT -> new nl.participatie.benchmarks.cycle.CycleCommand.GiveAccount(text);
            case SET_NEW_GOALS -> new nl.participatie.benchmarks.cycle.CycleCommand.SetNewGoals(text);
        };
    }
}
