package nl.participatie.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.link.Nodes;
import nl.participatie.core.link.RecordReference;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * A record read back from its canonical bytes (schema version 5 of the JDBC store): the same record, carrying the very
 * bytes, with the hash given beside them; bytes that are no canonical record are a read error with a code.
 */
class CanonicalReadTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();
    private static final AuditTrail TRAIL = new AuditTrail(JSON);
    private static final StreamId PLAN = StreamId.of(Nodes.PLAN, "p1");
    private static final Actor ANNA = Actor.of("anna", Nodes.RESIDENT);

    @Property(tries = 50)
    void a_record_read_from_its_canonical_bytes_is_the_record_that_was_hashed(@ForAll @StringLength(min = 1, max = 200) String title) {
        RecordedEvent<?> recorded = TRAIL.record(PLAN, null, Instant.parse("2026-01-05T09:00:00.123456Z"), ANNA, "ACTIVE",
                new Nodes.Begun(title, PersonId.of("anna"), null));

        RecordedEvent<?> read = JSON.fromCanonicalBytes(recorded.canonical().toByteArray(), recorded.hash());

        assertThat(read).isEqualTo(recorded);
        assertThat(read.canonical()).isEqualTo(recorded.canonical());
        assertThat(TRAIL.verify(java.util.List.of(read)).valid()).isTrue();
    }

    @Test
    void a_caused_record_keeps_its_cause() {
        RecordReference cause = new RecordReference(StreamId.of(Nodes.IDEA, "i1"), 3, "ab".repeat(32));
        RecordedEvent<?> recorded = TRAIL.record(PLAN, null, Instant.parse("2026-01-05T09:00:00Z"), ANNA, "ACTIVE",
                new Nodes.Begun("Plan", PersonId.of("anna"), null), cause);

        assertThat(JSON.fromCanonicalBytes(recorded.canonical().toByteArray(), recorded.hash()).cause()).isEqualTo(cause);
    }

    @Test
    void bytes_that_name_a_hash_are_no_canonical_form() {
        RecordedEvent<?> recorded = TRAIL.record(PLAN, null, Instant.parse("2026-01-05T09:00:00Z"), ANNA, "ACTIVE",
                new Nodes.Begun("Plan", PersonId.of("anna"), null));
        byte[] withHash = JSON.write(recorded).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JSON.fromCanonicalBytes(withHash, recorded.hash()))
                .isInstanceOf(JsonReadException.class).hasMessageContaining("hash");
    }

    @Test
    void bytes_that_are_no_record_are_a_read_error_with_a_code() {
        assertThatThrownBy(() -> JSON.fromCanonicalBytes("{not json".getBytes(StandardCharsets.UTF_8), "00"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.syntax"));
        assertThatThrownBy(() -> JSON.fromCanonicalBytes("{\"sequence\":1}".getBytes(StandardCharsets.UTF_8), "00"))
                .isInstanceOf(JsonReadException.class).hasMessageContaining("actor");
        assertThatThrownBy(() -> JSON.fromCanonicalBytes(null, "00"))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.empty"));
    }

    @Test
    void the_library_format_reads_canonical_bytes_and_a_format_of_ones_own_by_default_does_not() {
        assertThat(JSON.readsCanonicalBytes()).isTrue();
        nl.participatie.core.EventFormat own = nl.participatie.core.store.NoteFormat.INSTANCE;
        assertThat(own.readsCanonicalBytes()).isFalse();
        assertThatThrownBy(() -> own.fromCanonicalBytes(new byte[] {'{', '}'}, "00"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
