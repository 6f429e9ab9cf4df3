package nl.participatie.benchmarks.peers;

import java.time.Instant;
import java.util.List;

/**
 * What an implementation of the scenario came to, in one form for all of them, so the correctness test can show
 * they did the same work.
 *
 * @param finalStep the step the instance is in, by name
 * @param history   the recorded transitions, in order
 * @param rejected  whether the last transition attempted was rejected
 */
public record CycleRun(String finalStep, List<Line> history, boolean rejected) {

    public CycleRun {
        history = List.copyOf(history);
    }

    /**
     * One recorded transition.
     *
     * @param from  the step left, by name
     * @param actor who fired it
     * @param at    when (never null)
     */
    public record Line(String from, String actor, Instant at) {
    }
}
