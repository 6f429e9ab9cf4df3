package nl.participatie.benchmarks.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.benchmarks.cycle.Cycle;
import nl.participatie.benchmarks.cycle.CycleEvent;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.StreamId;

/**
 * Events to append in the storage benchmarks: a history recorded once (a cycle's transitions, each hashed), copied
 * onto each new stream. A store does not check hashes on append, so the copies cost only the copying.
 */
final class Templates {

    static final String STREAM_TYPE = "benchmarks.cycle";

    private Templates() {
    }

    /** {@code size} recorded events of one stream, from sequence 1. */
    static List<RecordedEvent<CycleEvent>> recorded(int size) {
        List<RecordedEvent<CycleEvent>> template = new ArrayList<>(size);
        AuditTrail trail = new AuditTrail(ParticipatieJson.defaults());
        StreamId stream = StreamId.of(STREAM_TYPE, "template");
        RecordedEvent<?> previous = null;
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        for (int i = 0; i < size; i++) {
            Cycle.Transition t = Cycle.TRANSITIONS.get(i % Cycle.TRANSITIONS.size());
            CycleEvent event = new CycleEvent.GoalsSet(t.command().text() + " #" + i);
            RecordedEvent<CycleEvent> r = trail.record(stream, previous, at.plusSeconds(i), t.actor(), t.from().name(), event);
            template.add(r);
            previous = r;
        }
        return template;
    }

    /** The template's events on another stream. */
    static List<RecordedEvent<CycleEvent>> onStream(List<RecordedEvent<CycleEvent>> template, StreamId stream) {
        List<RecordedEvent<CycleEvent>> out = new ArrayList<>(template.size());
        for (RecordedEvent<CycleEvent> r : template) {
            out.add(new RecordedEvent<>(stream, r.sequence(), r.recordedAt(), r.actor(), r.step(), r.event(),
                    r.previousHash(), r.hash()));
        }
        return out;
    }
}
