package nl.participatie.benchmarks.peers;

import java.time.Instant;

import nl.participatie.benchmarks.cycle.CycleStep;
import nl.participatie.benchmarks.cycle.CycleTrigger;

/**
 * One line of an instance's history in the in-memory implementations: which transition, from which step, by whom,
 * when.
 *
 * @param from    the step left
 * @param trigger the transition fired
 * @param actor   who fired it
 * @param at      when
 */
public record HistoryEntry(CycleStep from, CycleTrigger trigger, String actor, Instant at) {
}
