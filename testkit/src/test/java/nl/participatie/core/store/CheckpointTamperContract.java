package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.participatie.core.ProcessEngine;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.sample.Petition;
import nl.participatie.core.sample.PetitionCommand;
import nl.participatie.core.sample.PetitionEvent;
import nl.participatie.core.sample.Petitions;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.trust.CheckpointSigner;
import nl.participatie.core.trust.Checkpoints;
import nl.participatie.core.trust.Checkpoints.Finding;
import nl.participatie.core.trust.Checkpoints.Kind;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/**
 * Tampering with the stored rows by plain SQL, as a database administrator or an attacker with SQL access could, and
 * each change found against a signed checkpoint at the right stream and sequence. Run on H2 and PostgreSQL.
 */
abstract class CheckpointTamperContract {

    private static final KeyPair MUNICIPALITY = CheckpointSigner.newEd25519KeyPair();
    private static final KeyPair SOMEONE_ELSE = CheckpointSigner.newEd25519KeyPair();
    private static final Actor RESIDENT = Actor.of("p-1", Petitions.RESIDENT);

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(this::newDatabase);

    private final MutableClock clock = MutableClock.startingMonday();
    private JdbcEventStore store;
    private ProcessEngine<PetitionCommand, PetitionEvent, Petition> engine;
    private StreamId a;
    private StreamId b;
    private StreamId c;
    private Checkpoints.Taken taken;

    /** A fresh, empty database (not migrated). */
    protected abstract TestDatabase newDatabase();

    /** SQL for a row's canonical bytes with one text replaced (H2 keeps them as BINARY VARYING, PostgreSQL as bytea). */
    protected String replacedInRecord(String from, String to) {
        return "STRINGTOUTF8(REPLACE(UTF8TOSTRING(canonical_record), '" + from + "', '" + to + "'))";
    }

    @BeforeEach
    void threePetitionsAndACheckpoint() {
        store = new JdbcEventStore(migrated.get().dataSource());
        engine = ProcessEngine.builder(Petitions.DEFINITION).store(store).clock(clock).build();
        a = petition("a", 3);
        b = petition("b", 4);
        c = petition("c", 2);
        taken = Checkpoints.take(store, CheckpointSigner.ed25519("gemeente-2026", MUNICIPALITY.getPrivate()), clock);
        assertThat(taken.heads()).hasSize(3);
        assertThat(findings()).as("nothing changed yet").isEmpty();
    }

    /** A petition drafted, opened and supported by {@code supporters} residents: 2 + supporters records. */
    private StreamId petition(String id, int supporters) {
        StreamId stream = StreamId.of(Petitions.DEFINITION.streamType(), id);
        engine.handle(stream, RESIDENT, new PetitionCommand.Draft("Bankjes " + id)).orElseThrow();
        engine.handle(stream, RESIDENT, new PetitionCommand.Open(clock.instant().plus(Duration.ofDays(30)))).orElseThrow();
        for (int i = 0; i < supporters; i++) {
            engine.handle(stream, RESIDENT, new PetitionCommand.Support(PersonId.of(id + "-supporter-" + i))).orElseThrow();
        }
        return stream;
    }

    private List<Finding> findings() {
        return Checkpoints.verify(store, ParticipatieJson.defaults(), taken.checkpoint(), taken.heads(), MUNICIPALITY.getPublic());
    }

    private void sql(String statement, Object... args) {
        assertThat(migrated.get().update(statement, args)).as("rows changed by %s", statement).isPositive();
    }

    private static void assertFound(List<Finding> findings, Kind kind, StreamId stream, long sequence) {
        assertThat(findings).as("findings").anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.stream()).isEqualTo(stream);
            assertThat(f.sequence()).isEqualTo(sequence);
        });
    }

    @Test
    void oneChangedCharacterOfAnEventIsFoundAtItsRecord() {
        sql("UPDATE participatie_event SET canonical_record = " + replacedInRecord("Bankjes b", "Bankjes B")
                + " WHERE stream_id = ? AND sequence_no = 1", "b");
        assertFound(findings(), Kind.RECORD_CHANGED, b, 1);
    }

    @Test
    void aChangedActorOrStepIsFoundAtItsRecord() {
        sql("UPDATE participatie_event SET actor_person = 'p-2' WHERE stream_id = ? AND sequence_no = 2", "a");
        sql("UPDATE participatie_event SET step = 'CLOSED' WHERE stream_id = ? AND sequence_no = 3", "c");
        List<Finding> findings = findings();
        assertFound(findings, Kind.RECORD_CHANGED, a, 2);
        assertFound(findings, Kind.RECORD_CHANGED, c, 3);
    }

    @Test
    void theDeletedLastRecordOfAStreamIsFound() {
        sql("DELETE FROM participatie_event WHERE stream_id = ? AND sequence_no = 6", "b");
        assertFound(findings(), Kind.STREAM_TRUNCATED, b, 6);
    }

    @Test
    void aDeletedMiddleRecordIsFoundAndSoIsTheGapInTheFeedWherePositionsAreConsecutive() {
        sql("DELETE FROM participatie_event WHERE stream_id = ? AND sequence_no = 3", "a");
        List<Finding> findings = findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RECORD_CHANGED);
            assertThat(f.stream()).isEqualTo(a);
            assertThat(f.sequence()).isBetween(3L, 4L);
        });
        if (store.feedPositionsConsecutive()) {
            assertThat(findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(Kind.FEED_GAP));
        } else {
            // PostgreSQL: positions have holes between appends, so a hole is no finding; the chain above is.
            assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(Kind.FEED_GAP));
        }
    }

    @Test
    void feedPositionsAreConsecutiveExactlyWhereAppendsTakeTheHeadRow() {
        assertThat(store.feedPositionsConsecutive()).isEqualTo(positionsConsecutive());
    }

    /** Whether this database's feed positions are consecutive (H2) or made from transaction ids (PostgreSQL). */
    protected abstract boolean positionsConsecutive();

    @Test
    void twoSwappedRecordsAreFound() {
        sql("UPDATE participatie_event SET sequence_no = 1000 WHERE stream_id = ? AND sequence_no = 3", "b");
        sql("UPDATE participatie_event SET sequence_no = 3 WHERE stream_id = ? AND sequence_no = 4", "b");
        sql("UPDATE participatie_event SET sequence_no = 4 WHERE stream_id = ? AND sequence_no = 1000", "b");
        assertFound(findings(), Kind.RECORD_CHANGED, b, 3);
    }

    @Test
    void aStreamDeletedWholeIsFound() {
        sql("DELETE FROM participatie_event WHERE stream_id = ?", "c");
        assertFound(findings(), Kind.STREAM_DELETED, c, 1);
    }

    @Test
    void aStreamRewrittenWithRecomputedHashesVerifiesOnItsOwnButNotAgainstTheCheckpoint() {
        sql("DELETE FROM participatie_event WHERE stream_id = ?", "c");
        ProcessEngine<PetitionCommand, PetitionEvent, Petition> forger = ProcessEngine.builder(Petitions.DEFINITION)
                .store(new JdbcEventStore(migrated.get().dataSource())).clock(clock).build();
        forger.handle(c, RESIDENT, new PetitionCommand.Draft("Minder bankjes")).orElseThrow();
        forger.handle(c, RESIDENT, new PetitionCommand.Open(clock.instant().plus(Duration.ofDays(30)))).orElseThrow();
        forger.handle(c, RESIDENT, new PetitionCommand.Support(PersonId.of("forger-1"))).orElseThrow();
        forger.handle(c, RESIDENT, new PetitionCommand.Support(PersonId.of("forger-2"))).orElseThrow();

        assertThat(forger.verify(c).valid()).as("the rewritten chain is valid on its own").isTrue();
        assertFound(findings(), Kind.STREAM_REWRITTEN, c, 4);
    }

    @Test
    void aRecordSplicedInFromAnotherStreamIsFound() {
        // Record 4 of stream b, a valid record of its own chain, moved into stream a in place of a's record 4.
        sql("DELETE FROM participatie_event WHERE stream_id = ? AND sequence_no = 4", "a");
        sql("UPDATE participatie_event SET stream_id = ? WHERE stream_id = ? AND sequence_no = 4", "a", "b");
        List<Finding> findings = findings();
        assertFound(findings, Kind.RECORD_CHANGED, a, 4);
        assertThat(findings).anySatisfy(f -> assertThat(f.stream()).isEqualTo(b));
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsAForgery() {
        Checkpoints.Taken forged = Checkpoints.take(store, CheckpointSigner.ed25519("gemeente-2026", SOMEONE_ELSE.getPrivate()), clock);
        List<Finding> findings = Checkpoints.verify(store, ParticipatieJson.defaults(), forged.checkpoint(), forged.heads(),
                MUNICIPALITY.getPublic());
        assertThat(findings).extracting(Finding::kind).containsExactly(Kind.FORGED_CHECKPOINT);
    }

    @Test
    void headsAlteredBesideTheCheckpointAreNotSigned() {
        List<nl.participatie.core.trust.StreamHead> fewer = taken.heads().subList(0, 2);
        List<Finding> findings = Checkpoints.verify(store, ParticipatieJson.defaults(), taken.checkpoint(), fewer,
                MUNICIPALITY.getPublic());
        assertThat(findings).extracting(Finding::kind).containsExactly(Kind.HEADS_NOT_SIGNED);
    }

    @Test
    void streamsBegunAfterTheCheckpointAreNotItsConcern() {
        petition("d", 1);
        engine.handle(a, RESIDENT, new PetitionCommand.Support(PersonId.of("late"))).orElseThrow();
        assertThat(findings()).isEmpty();
    }

    // ---- one encoding per record (schema version 5)

    @Test
    void eachRecordIsStoredOnceAsTheBytesItsHashWasComputedOverAndReadBackFromThem() throws Exception {
        List<nl.participatie.core.RecordedEvent<?>> read = store.read(a);
        try (Connection c = migrated.get().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT canonical_record, hash, event_json FROM participatie_event"
                     + " WHERE stream_id = ? ORDER BY sequence_no")) {
            ps.setString(1, "a");
            try (var rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    byte[] stored = rs.getBytes(1);
                    assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(stored))).as("record %d: its hash is over the stored bytes", i + 1).isEqualTo(rs.getString(2));
                    assertThat(rs.getString(3)).as("no second encoding of the event").isNull();
                    assertThat(read.get(i).canonical().toByteArray()).as("read back from those bytes").isEqualTo(stored);
                    i++;
                }
                assertThat(i).isEqualTo(5);
            }
        }
    }

    @Test
    void canonicalBytesThatCanNoLongerBeReadAreFoundAtTheirRecord() {
        sql("UPDATE participatie_event SET canonical_record = ? WHERE stream_id = ? AND sequence_no = 2",
                "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a");
        List<Finding> findings = findings();
        assertFound(findings, Kind.RECORD_CHANGED, a, 2);
        assertThat(findings).anySatisfy(f -> assertThat(f.detail()).contains("sample.petition/a#2", "cannot be read back"));
    }
}
