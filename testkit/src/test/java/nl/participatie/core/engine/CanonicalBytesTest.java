package nl.participatie.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.CanonicalBytes;
import nl.participatie.core.EventFormat;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.link.Nodes;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.RecordedFile;
import nl.participatie.core.store.TestDatabase;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * One encoding per record (issue 18): the canonical bytes {@link AuditTrail#record} hashes go with the record, and
 * {@link AuditTrail#verify} hashes those bytes instead of writing the record again; a record without them (as a store
 * that keeps fields reads it back, or a history recorded before) is written again and verifies as before.
 */
class CanonicalBytesTest {

    private static final StreamId PLAN = StreamId.of(Nodes.PLAN, "p1");
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00.123456Z");
    private static final Actor ANNA = Actor.of("anna", Nodes.RESIDENT);

    @Test
    void a_recorded_event_carries_the_bytes_its_hash_was_computed_over() {
        CountingFormat format = new CountingFormat(ParticipatieJson.defaults());
        AuditTrail trail = new AuditTrail(format);
        RecordedEvent<?> r = trail.record(PLAN, null, AT, ANNA, "ACTIVE", begun("Plan"));

        assertThat(format.encoded.get()).as("encoded once").isEqualTo(1);
        assertThat(r.canonical()).isEqualTo(CanonicalBytes.copyOf(ParticipatieJson.defaults().canonicalBytes(r)));
        assertThat(r.hash()).isEqualTo(trail.hash(r));
    }

    @Property(tries = 20)
    void verify_hashes_the_carried_bytes_and_writes_none_again(@ForAll @IntRange(min = 1, max = 30) int length) {
        CountingFormat format = new CountingFormat(ParticipatieJson.defaults());
        AuditTrail trail = new AuditTrail(format);
        List<RecordedEvent<?>> history = history(trail, length);
        int afterRecording = format.encoded.get();

        assertThat(trail.verify(history).valid()).isTrue();
        assertThat(format.encoded.get()).as("no record written again").isEqualTo(afterRecording);

        List<RecordedEvent<?>> withoutBytes = history.stream().<RecordedEvent<?>>map(CanonicalBytesTest::withoutBytes).toList();
        assertThat(withoutBytes).isEqualTo(history);
        assertThat(trail.verify(withoutBytes).valid()).isTrue();
        assertThat(format.encoded.get()).as("each record without bytes written again").isEqualTo(afterRecording + length);
    }

    @Test
    void carried_bytes_that_are_not_the_hashed_ones_break_the_chain_at_that_record() {
        AuditTrail trail = new AuditTrail(ParticipatieJson.defaults());
        List<RecordedEvent<?>> history = history(trail, 3);
        RecordedEvent<?> second = history.get(1);
        CanonicalBytes other = trail.record(PLAN, history.get(0), AT, ANNA, "ACTIVE", begun("Other plan")).canonical();
        List<RecordedEvent<?>> swapped = new ArrayList<>(history);
        swapped.set(1, new RecordedEvent<>(second.stream(), second.sequence(), second.recordedAt(), second.actor(),
                second.step(), second.event(), second.previousHash(), second.hash(), second.cause(), other));

        AuditTrail.Verification verification = trail.verify(swapped);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(2);
        assertThat(verification.reason()).contains("hash");
    }

    @Test
    void the_in_memory_store_keeps_the_bytes_and_the_engine_verifies_them_without_writing_again() {
        CountingFormat format = new CountingFormat(ParticipatieJson.defaults());
        InMemoryEventStore store = new InMemoryEventStore();
        ProcessEngine<Nodes.Command, Nodes.Event, Nodes.Node> plans = ProcessEngine.builder(Nodes.PLANS).store(store)
                .format(format).links(Nodes.TYPES).build();
        plans.handle(PLAN, ANNA, new Nodes.Begin("Plan", ANNA.person(), null)).orElseThrow();
        int afterHandling = format.encoded.get();

        assertThat(store.read(PLAN)).allSatisfy(r -> assertThat(r.canonical()).isNotNull());
        assertThat(plans.verify(PLAN).valid()).isTrue();
        assertThat(format.encoded.get()).isEqualTo(afterHandling);
    }

    @Test
    void the_jdbc_store_stores_the_bytes_and_the_engine_verifies_what_it_reads_back_without_writing_again() {
        CountingFormat format = new CountingFormat(ParticipatieJson.defaults());
        try (TestDatabase h2 = TestDatabase.h2InMemory()) {
            SchemaMigration.migrate(h2.dataSource());
            ProcessEngine<Nodes.Command, Nodes.Event, Nodes.Node> plans = ProcessEngine.builder(Nodes.PLANS)
                    .store(new JdbcEventStore(h2.dataSource())).format(format).links(Nodes.TYPES).build();
            plans.handle(PLAN, ANNA, new Nodes.Begin("Plan", ANNA.person(), null)).orElseThrow();
            plans.handle(PLAN, ANNA, new Nodes.Begin("Plan B", ANNA.person(), null)).orElseThrow();
            assertThat(format.encoded.get()).as("each record encoded once, when recorded").isEqualTo(2);

            assertThat(plans.verify(PLAN).valid()).isTrue();
            assertThat(plans.history(PLAN)).hasSize(2).allSatisfy(r -> assertThat(r.canonical()).isNotNull());
            assertThat(format.encoded.get()).as("nothing written again to store or verify").isEqualTo(2);
            assertThat(format.json.get()).as("no event JSON apart from the canonical bytes").isZero();
        }
    }

    @Test
    void a_history_recorded_before_the_bytes_were_kept_verifies_by_writing_it_again() {
        List<RecordedEvent<?>> before = RecordedFile.records();
        assertThat(before).allSatisfy(r -> assertThat(r.canonical()).isNull());
        assertThat(new AuditTrail(ParticipatieJson.defaults()).verify(before).valid()).isTrue();
    }

    private static List<RecordedEvent<?>> history(AuditTrail trail, int length) {
        List<RecordedEvent<?>> out = new ArrayList<>();
        RecordedEvent<?> previous = null;
        for (int i = 0; i < length; i++) {
            previous = trail.record(PLAN, previous, AT.plusSeconds(i), ANNA, "ACTIVE", begun("Plan " + i));
            out.add(previous);
        }
        return out;
    }

    private static Nodes.Begun begun(String title) {
        return new Nodes.Begun(title, PersonId.of("anna"), null);
    }

    private static RecordedEvent<?> withoutBytes(RecordedEvent<?> r) {
        return new RecordedEvent<>(r.stream(), r.sequence(), r.recordedAt(), r.actor(), r.step(), r.event(),
                r.previousHash(), r.hash(), r.cause());
    }

    /** The library's format, counting how often a record is written in canonical form. */
    private static final class CountingFormat implements EventFormat {
        final AtomicInteger encoded = new AtomicInteger();
        final AtomicInteger json = new AtomicInteger();
        private final EventFormat delegate;

        CountingFormat(EventFormat delegate) {
            this.delegate = delegate;
        }

        @Override
        public String typeId(Object event) {
            return delegate.typeId(event);
        }

        @Override
        public String toJson(Object event) {
            json.incrementAndGet();
            return delegate.toJson(event);
        }

        @Override
        public boolean readsCanonicalBytes() {
            return delegate.readsCanonicalBytes();
        }

        @Override
        public RecordedEvent<?> fromCanonicalBytes(byte[] canonical, String hash) {
            return delegate.fromCanonicalBytes(canonical, hash);
        }

        @Override
        public Object fromJson(String typeId, String json) {
            return delegate.fromJson(typeId, json);
        }

        @Override
        public byte[] canonicalBytes(RecordedEvent<?> record) {
            encoded.incrementAndGet();
            return delegate.canonicalBytes(record);
        }
    }
}
