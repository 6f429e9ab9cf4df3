package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.participatie.core.AuditTrail;
import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.link.EventFeed;
import nl.participatie.core.link.Link;
import nl.participatie.core.link.LinkContract;
import nl.participatie.core.link.LinkVerifier;
import nl.participatie.core.link.Nodes;
import nl.participatie.core.link.ReactorPositions;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcReactorPositions;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.StreamId;

/**
 * Links on the JDBC store, and what only a database allows: rows changed by plain SQL at either end of a link, or in
 * the index, are found by {@link LinkVerifier}; a schema of version 2 with records from before causes existed is
 * migrated and its chains still verify; a schema of version 3 is migrated and its feed goes on after its old positions.
 */
abstract class JdbcLinkContract extends LinkContract {

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(this::newDatabase);

    /** A fresh, empty database (not migrated). */
    protected abstract TestDatabase newDatabase();

    /** SQL for a row's canonical bytes with one text replaced (H2 keeps them as BINARY VARYING, PostgreSQL as bytea). */
    protected String replacedInRecord(String from, String to) {
        return "STRINGTOUTF8(REPLACE(UTF8TOSTRING(canonical_record), '" + from + "', '" + to + "'))";
    }

    @Override
    protected EventStore newStore() {
        return new JdbcEventStore(migrated.get().dataSource());
    }

    @Override
    protected EventStore sameDataAgain() {
        return new JdbcEventStore(migrated.get().dataSource());
    }

    @Override
    protected EventFeed feed() {
        return ((JdbcEventStore) store)::readAll;
    }

    @Override
    protected ReactorPositions positions() {
        return new JdbcReactorPositions(migrated.get().dataSource());
    }

    @Override
    protected EventFormat format() {
        return ((JdbcEventStore) store).format();
    }

    private Link ideaBecamePlan() {
        StreamId idea = idea("i1", BOB);
        planFrom("p1", idea);
        Link link = store.linksFrom(idea).get(0);
        assertThat(verifier().verify(link).valid()).isTrue();
        return link;
    }

    @Test
    void a_changed_anchor_record_is_found_at_the_anchor() {
        Link link = ideaBecamePlan();
        sql("UPDATE participatie_event SET canonical_record = " + replacedInRecord("Idee i1", "Idee X1")
                + " WHERE stream_type = ? AND stream_id = ?", Nodes.IDEA, "i1");

        LinkVerifier.Result result = verifier().verify(link);

        assertThat(result.valid()).isFalse();
        assertThat(result.where()).isEqualTo(link.source());
        assertThat(result.reason()).contains("anchor", "broken chain");
    }

    @Test
    void a_changed_linking_record_is_found_at_the_linking_end() {
        Link link = ideaBecamePlan();
        sql("UPDATE participatie_event SET canonical_record = " + replacedInRecord("Plan p1", "Plan X1")
                + " WHERE stream_type = ? AND stream_id = ?", Nodes.PLAN, "p1");

        LinkVerifier.Result result = verifier().verify(link);

        assertThat(result.valid()).isFalse();
        assertThat(result.where()).isEqualTo(link.target());
        assertThat(result.reason()).contains("linking record", "broken chain");
    }

    @Test
    void an_anchor_rewritten_with_a_recomputed_hash_is_found_because_the_other_chain_holds_the_old_hash() {
        Link link = ideaBecamePlan();
        RecordedEvent<?> original = store.read(link.source()).get(0);
        Nodes.Begun changed = new Nodes.Begun("Idee herschreven", ((Nodes.Begun) original.event()).by(), null);
        RecordedEvent<?> rewritten = new AuditTrail(format()).record(original.stream(), null, original.recordedAt(),
                original.actor(), original.step(), changed);
        sql("UPDATE participatie_event SET canonical_record = ?, hash = ? WHERE stream_type = ? AND stream_id = ?",
                rewritten.canonical().toByteArray(), rewritten.hash(), Nodes.IDEA, "i1");
        assertThat(ideas.verify(link.source()).valid()).as("the idea's own chain was recomputed").isTrue();

        LinkVerifier.Result result = verifier().verify(link);

        assertThat(result.valid()).isFalse();
        assertThat(result.where()).isEqualTo(link.source());
        assertThat(result.reason()).contains("has hash " + rewritten.hash());
    }

    @Test
    void a_changed_cause_is_found_in_the_linking_chain() {
        Link link = ideaBecamePlan();
        sql("UPDATE participatie_event SET cause_stream_id = 'i2' WHERE stream_type = ? AND stream_id = ?", Nodes.PLAN, "p1");
        assertThat(plans.verify(link.target()).valid()).isFalse();
        assertThat(verifier().verify(store.linksTo(link.target()).get(0)).valid()).isFalse();
    }

    @Test
    void an_index_row_no_record_made_is_found() {
        Link link = ideaBecamePlan();
        idea("i2", BOB);
        sql("UPDATE participatie_link SET source_id = 'i2' WHERE source_id = 'i1'");

        Link forged = store.linksFrom(StreamId.of(Nodes.IDEA, "i2")).get(0);
        LinkVerifier.Result result = verifier().verify(forged);

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).contains("does not make this link");
        assertThat(verifier().verifyLinksOf(link.target())).hasSize(1);
    }

    @Test
    void a_deleted_index_row_is_found_by_comparing_the_index_with_the_records() {
        Link link = ideaBecamePlan();
        assertThat(verifier().verifyIndexOf(link.target())).isEmpty();
        sql("DELETE FROM participatie_link WHERE source_id = 'i1'");

        assertThat(verifier().verifyLinksOf(link.target())).as("nothing left to verify from the index").isEmpty();
        assertThat(verifier().verifyIndexOf(link.target())).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("link.index.missing");
            assertThat(v.path()).isEqualTo(link.toString());
        });
        assertThat(verifier().verifyIndexOf(link.source())).as("the row was made by the plan's record, not the idea's").isEmpty();
    }

    @Test
    void an_altered_index_row_is_found_as_one_missing_and_one_extra() {
        Link link = ideaBecamePlan();
        idea("i2", BOB);
        sql("UPDATE participatie_link SET source_id = 'i2' WHERE source_id = 'i1'");

        assertThat(verifier().verifyIndexOf(link.target())).extracting(Violation::code)
                .containsExactly("link.index.missing", "link.index.extra");
    }

    @Test
    void a_version_2_database_with_records_from_before_causes_is_migrated_and_its_chain_still_verifies() throws Exception {
        try (TestDatabase old = newDatabase()) {
            for (String script : List.of("V1__event_store_and_personal_data.sql", "V2__erasure_keys.sql")) {
                run(old, script);
            }
            assertThat(SchemaMigration.version(old.dataSource())).isEqualTo(2);
            List<RecordedEvent<?>> recorded = insertRecordedFile(old);

            assertThat(SchemaMigration.migrate(old.dataSource())).isEqualTo(SchemaMigration.LATEST_VERSION);

            JdbcEventStore migratedStore = new JdbcEventStore(old.dataSource());
            StreamId petition = recorded.get(0).stream();
            List<RecordedEvent<?>> read = migratedStore.read(petition);
            assertThat(read).containsExactlyElementsOf(recorded);
            assertThat(read).allSatisfy(r -> assertThat(r.cause()).isNull());
            assertThat(new AuditTrail(migratedStore.format()).verify(read).valid()).isTrue();
            assertThat(migratedStore.linksFrom(petition)).isEmpty();
            assertThat(new JdbcReactorPositions(old.dataSource()).position("any")).isZero();
        }
    }

    @Test
    void a_version_3_database_is_migrated_and_its_feed_goes_on_after_the_old_positions() throws Exception {
        try (TestDatabase old = newDatabase()) {
            List<RecordedEvent<?>> recorded = recordedFileAtVersion(old, 3);

            assertThat(SchemaMigration.migrate(old.dataSource())).isEqualTo(SchemaMigration.LATEST_VERSION);

            JdbcEventStore migratedStore = new JdbcEventStore(old.dataSource());
            RecordedEvent<?> last = recorded.get(recorded.size() - 1);
            AuditTrail trail = new AuditTrail(migratedStore.format());
            RecordedEvent<?> next = appendOneAfter(migratedStore, last);

            List<FeedEntry> feed = migratedStore.readAll(0, 100);
            assertThat(feed).hasSize(recorded.size() + 1);
            for (int i = 0; i < recorded.size(); i++) {
                assertThat(feed.get(i).position()).as("old position %d kept", i + 1).isEqualTo(i + 1L);
                assertThat(feed.get(i).event()).isEqualTo(recorded.get(i));
            }
            assertThat(feed.get(recorded.size()).position()).as("the new append after every old position")
                    .isGreaterThan(recorded.size());
            assertThat(migratedStore.readAll(recorded.size(), 100)).extracting(FeedEntry::event).containsExactly(next);
            assertThat(trail.verify(migratedStore.read(last.stream())).valid()).isTrue();
        }
    }

    @Test
    void a_version_4_database_keeps_its_rows_as_json_and_stores_the_records_after_it_as_their_canonical_bytes()
            throws Exception {
        try (TestDatabase old = newDatabase()) {
            List<RecordedEvent<?>> recorded = recordedFileAtVersion(old, 4);

            assertThat(SchemaMigration.migrate(old.dataSource())).isEqualTo(5);

            JdbcEventStore migratedStore = new JdbcEventStore(old.dataSource());
            RecordedEvent<?> last = recorded.get(recorded.size() - 1);
            AuditTrail trail = new AuditTrail(migratedStore.format());
            RecordedEvent<?> next = appendOneAfter(migratedStore, last);

            List<RecordedEvent<?>> read = migratedStore.read(last.stream());
            assertThat(read.subList(0, recorded.size())).containsExactlyElementsOf(recorded)
                    .allSatisfy(r -> assertThat(r.canonical()).as("an old row, read from its columns").isNull());
            assertThat(read.get(recorded.size())).isEqualTo(next);
            assertThat(read.get(recorded.size()).canonical()).isEqualTo(next.canonical());
            assertThat(trail.verify(read).valid()).as("one chain across the old rows and the new").isTrue();
            try (Connection c = old.dataSource().getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT sequence_no, event_json IS NULL, canonical_record IS NULL"
                         + " FROM participatie_event ORDER BY sequence_no")) {
                while (rs.next()) {
                    boolean isNew = rs.getLong(1) > recorded.size();
                    assertThat(rs.getBoolean(2)).as("row %d without event JSON", rs.getLong(1)).isEqualTo(isNew);
                    assertThat(rs.getBoolean(3)).as("row %d without canonical bytes", rs.getLong(1)).isEqualTo(!isNew);
                }
            }
        }
    }

    /** The schema up to the version, by its shipped scripts, holding the recorded file's rows as written then. */
    private List<RecordedEvent<?>> recordedFileAtVersion(TestDatabase old, int version) throws IOException, SQLException {
        List<String> scripts = List.of("V1__event_store_and_personal_data.sql", "V2__erasure_keys.sql",
                "V3__causes_links_reactions.sql", "V4__appends_without_the_head_lock.sql");
        for (String script : scripts.subList(0, version)) {
            run(old, script);
        }
        assertThat(SchemaMigration.version(old.dataSource())).isEqualTo(version);
        return insertRecordedFile(old);
    }

    /** The record after the last one, appended through the migrated store. */
    private static RecordedEvent<?> appendOneAfter(JdbcEventStore store, RecordedEvent<?> last) {
        RecordedEvent<?> next = new AuditTrail(store.format()).record(last.stream(), last,
                last.recordedAt().plusSeconds(60), last.actor(), last.step(), last.event());
        store.append(last.stream(), last.sequence(), List.of(next));
        return next;
    }

    /** Runs one of the shipped schema scripts by hand, as a vendor's Flyway would. */
    private static void run(TestDatabase database, String script) throws IOException, SQLException {
        String folder = database.kind().equals("H2") ? "h2" : "postgresql";
        String text;
        try (InputStream in = SchemaMigration.class.getClassLoader()
                .getResourceAsStream("nl/participatie/core/store/jdbc/" + folder + "/" + script)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder code = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : code.toString().split(";\\s*(\n|$)")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    /** The petition recorded by the library before causes existed (recorded/petition-before-causes.jsonl), as rows. */
    private List<RecordedEvent<?>> insertRecordedFile(TestDatabase database) throws IOException, SQLException {
        ObjectMapper mapper = new ObjectMapper();
        List<RecordedEvent<?>> recorded = new ArrayList<>();
        String sql = "INSERT INTO participatie_event (stream_type, stream_id, sequence_no, global_position, type_id,"
                + " event_json, recorded_at, actor_person, actor_role, step, previous_hash, hash) VALUES (?, ?, ?, ?, ?, "
                + jsonParameter() + ", ?, ?, ?, ?, ?, ?)";
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (String line : RecordedFile.lines()) {
                JsonNode node = mapper.readTree(line);
                StreamId stream = StreamId.parse(node.get("stream").asText());
                ps.setString(1, stream.type());
                ps.setString(2, stream.id());
                ps.setLong(3, node.get("sequence").asLong());
                ps.setLong(4, node.get("sequence").asLong());
                ps.setString(5, node.get("event").get("@type").asText());
                ps.setString(6, mapper.writeValueAsString(node.get("event")));
                ps.setObject(7, OffsetDateTime.ofInstant(Instant.parse(node.get("recordedAt").asText()), ZoneOffset.UTC));
                ps.setString(8, node.get("actor").get("person").asText());
                ps.setString(9, node.get("actor").get("role").asText());
                ps.setString(10, node.get("step").asText());
                ps.setString(11, node.get("previousHash").asText());
                ps.setString(12, node.get("hash").asText());
                ps.executeUpdate();
                recorded.add(RecordedFile.read(line));
            }
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE participatie_event_head SET last_position = " + recorded.size());
            }
        }
        return recorded;
    }

    private String jsonParameter() {
        return migrated.get().kind().equals("H2") ? "?" : "CAST(? AS JSONB)";
    }

    private void sql(String statement, Object... args) {
        assertThat(migrated.get().update(statement, args)).as("rows changed by %s", statement).isPositive();
    }
}
