package nl.participatie.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.AlphaChars;
import org.junit.jupiter.api.Test;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.RecordedFile;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * A cause is part of what a record's hash covers, and a record without one hashes exactly as before causes existed,
 * so every chain, golden file and checkpoint made before still verifies.
 */
class CauseHashTest {

    private static final AuditTrail TRAIL = new AuditTrail(ParticipatieJson.defaults());
    private static final StreamId PLAN = StreamId.of(Nodes.PLAN, "p1");
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00.123456Z");
    private static final Actor ANNA = Actor.of("anna", Nodes.RESIDENT);

    @Test
    void a_history_recorded_before_causes_existed_still_verifies_with_the_same_hashes() {
        List<RecordedEvent<?>> before = RecordedFile.records();
        assertThat(before).hasSize(4).allSatisfy(r -> assertThat(r.cause()).isNull());

        assertThat(TRAIL.verify(before).valid()).isTrue();
        for (RecordedEvent<?> r : before) {
            assertThat(TRAIL.hash(r)).isEqualTo(r.hash());
        }
        assertThat(before.get(0).hash()).isEqualTo("01e692cc1919583ba93c74c28b5eb8ba5440a3d9bf72841a0f9f288774c420b9");
    }

    @Test
    void a_record_without_a_cause_is_written_without_a_cause_field() {
        String json = ParticipatieJson.defaults().write(RecordedFile.records().get(0));
        assertThat(json).doesNotContain("cause").isEqualTo(RecordedFile.lines().get(0));
    }

    @Property(tries = 50)
    void the_cause_is_covered_by_the_hash_and_survives_json(@ForAll @LongRange(min = 1, max = 1_000_000) long sequence,
                                                            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String id) {
        String hash = TRAIL.hash(RecordedFile.records().get(0));
        RecordReference cause = new RecordReference(StreamId.of(Nodes.IDEA, id), sequence, hash);
        Nodes.Begun event = new Nodes.Begun("Plan", PersonId.of("anna"), null);
        RecordedEvent<?> without = TRAIL.record(PLAN, null, AT, ANNA, "ACTIVE", event);
        RecordedEvent<?> with = TRAIL.record(PLAN, null, AT, ANNA, "ACTIVE", event, cause);
        RecordedEvent<?> otherSequence = TRAIL.record(PLAN, null, AT, ANNA, "ACTIVE", event,
                new RecordReference(cause.stream(), sequence + 1, hash));

        assertThat(with.hash()).isNotEqualTo(without.hash()).isNotEqualTo(otherSequence.hash());
        assertThat(TRAIL.verify(List.of(with)).valid()).isTrue();
        RecordedEvent<?> forged = new RecordedEvent<>(PLAN, 1, AT, ANNA, "ACTIVE", event, AuditTrail.GENESIS, with.hash(), null);
        assertThat(TRAIL.verify(List.of(forged)).valid()).as("the cause removed").isFalse();
        RecordedEvent<?> read = ParticipatieJson.defaults().readRecordedEvent(ParticipatieJson.defaults().write(with));
        assertThat(read).isEqualTo(with);
    }
}
