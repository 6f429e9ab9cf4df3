package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcPersonalDataStore;
import nl.participatie.core.store.jdbc.SchemaMissingException;
import nl.participatie.core.store.jdbc.StoreIntegrityException;
import nl.participatie.core.store.jdbc.StoreUnavailableException;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * The personal-data store contract plus what only the JDBC store promises: erasure leaves no trace in any table
 * while the audit chains still verify, the access answer with its date, all-or-nothing puts and clear errors.
 * Run on H2 and PostgreSQL.
 */
public abstract class JdbcPersonalDataStoreContract extends PersonalDataStoreContract {

    private static final Instant STORED = Instant.parse("2026-02-03T10:15:30.123456Z");

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(this::newDatabase);

    /** A fresh, empty database (not migrated). */
    protected abstract TestDatabase newDatabase();

    @Override
    protected JdbcPersonalDataStore store() {
        return new JdbcPersonalDataStore(migrated.get().dataSource(), Clock.fixed(STORED, ZoneOffset.UTC));
    }

    @Test
    void after_erasure_no_row_anywhere_holds_the_persons_data_and_every_chain_still_verifies() throws SQLException {
        JdbcPersonalDataStore people = store();
        JdbcEventStore events = new JdbcEventStore(migrated.get().dataSource()).withFormat(NoteFormat.INSTANCE);
        people.put(anna());
        PersonalData bob = PersonalData.of(BOB, Map.of(PersonalData.DISPLAY_NAME, "Bob Bakker-Unique",
                PersonalData.EMAIL, "bob.unique@example.nl"));
        people.put(bob);
        List<StreamId> streams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StreamId s = StreamId.of("storetest.notebook", "erase" + i);
            streams.add(s);
            List<RecordedEvent<?>> batch = NoteFormat.batch(s, null, Instant.parse("2026-03-01T09:00:00Z"),
                    Actor.of(ANNA, Role.of("RESIDENT")), "anna wrote " + i, "and again");
            events.append(s, 0, batch);
            events.append(s, 2, NoteFormat.batch(s, batch.get(1), Instant.parse("2026-03-01T10:00:00Z"),
                    Actor.of(BOB, Role.of("OFFICER")), "bob answered"));
        }
        assertThat(rowsHolding("anna@example.nl")).isNotEmpty();
        assertThat(rowsHolding("Bob Bakker-Unique")).isNotEmpty();

        assertThat(people.erase(ANNA)).isTrue();

        for (String value : anna().attributes().values()) {
            assertThat(rowsHolding(value)).as("rows holding %s", value).isEmpty();
        }
        assertThat(rowsHolding("Anna de Vries")).isEmpty();
        assertThat(people.get(ANNA)).isEmpty();
        assertThat(people.held(ANNA)).isEmpty();
        assertThat(rowsHolding("Bob Bakker-Unique")).as("the scan finds what is still held").isNotEmpty();
        assertThat(people.get(BOB)).contains(bob);
        for (StreamId s : streams) {
            assertThat(NoteFormat.TRAIL.verify(events.read(s)).valid()).isTrue();
            assertThat(events.read(s)).hasSize(3);
        }
    }

    @Test
    void answers_an_access_request_with_the_data_and_when_it_was_stored() {
        JdbcPersonalDataStore store = store();
        store.put(anna());
        assertThat(store.held(ANNA)).hasValueSatisfying(held -> {
            assertThat(held.data()).isEqualTo(anna());
            assertThat(held.storedAt()).isEqualTo(STORED);
        });
        JdbcPersonalDataStore later = new JdbcPersonalDataStore(migrated.get().dataSource(),
                Clock.fixed(STORED.plusSeconds(3600), ZoneOffset.UTC));
        later.put(PersonalData.of(ANNA, Map.of(PersonalData.PHONE, "06")));
        assertThat(store.held(ANNA).orElseThrow().storedAt()).isEqualTo(STORED.plusSeconds(3600));
    }

    @Test
    void a_put_whose_connection_dies_half_way_leaves_what_was_held() {
        FailingDataSource failing = new FailingDataSource(migrated.get().unpooled());
        JdbcPersonalDataStore store = new JdbcPersonalDataStore(failing);
        store.put(anna());
        PersonalData other = PersonalData.of(ANNA, Map.of("x", "1", "y", "2", "z", "3"));
        for (int n = 1; n < 30; n++) {
            failing.failAt(n, true);
            try {
                store.put(other);
                break;
            } catch (StoreUnavailableException e) {
                failing.disarm();
                assertThat(store.get(ANNA)).as("after failing at call %d", n).contains(anna());
            }
        }
        failing.disarm();
        assertThat(store.get(ANNA)).contains(other);
        failing.failAt(2, true);
        assertThatThrownBy(() -> store.erase(ANNA)).isInstanceOf(StoreUnavailableException.class);
        failing.disarm();
        assertThat(store.get(ANNA)).contains(other);
    }

    @Test
    void a_nul_character_is_stored_or_refused_never_damaged() {
        JdbcPersonalDataStore store = store();
        PersonalData withNul = PersonalData.of(ANNA, Map.of("a", "fine", "b", "with \u0000 nul"));
        try {
            store.put(withNul);
            assertThat(store.get(ANNA)).contains(withNul);
        } catch (StoreIntegrityException refused) {
            assertThat(store.get(ANNA)).isEmpty();
        }
    }

    @Test
    void a_database_that_cannot_be_reached_or_has_no_schema_is_reported_as_such() {
        JdbcPersonalDataStore down = new JdbcPersonalDataStore(migrated.get().unreachable());
        assertThatThrownBy(() -> down.get(ANNA)).isInstanceOf(StoreUnavailableException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> down.erase(ANNA)).isInstanceOf(StoreUnavailableException.class);
        try (TestDatabase fresh = newDatabase()) {
            JdbcPersonalDataStore empty = new JdbcPersonalDataStore(fresh.dataSource());
            assertThatThrownBy(() -> empty.put(anna())).isInstanceOf(SchemaMissingException.class);
        }
    }

    /** Every row of every participatie table that holds the text in any column: "table: row". */
    private List<String> rowsHolding(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        DataSource dataSource = migrated.get().dataSource();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables of the schema").hasSizeGreaterThanOrEqualTo(5);
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String value = rs.getString(i);
                            if (value != null && value.contains(text)) {
                                found.add(table + "." + columns.getColumnName(i));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
