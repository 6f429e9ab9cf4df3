package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** Tampering found against signed checkpoints on PostgreSQL (skipped without PARTICIPATIE_TEST_PG_URL). */
class PostgreSqlCheckpointTamperTest extends CheckpointTamperContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected String replacedInRecord(String from, String to) {
        return "convert_to(replace(convert_from(canonical_record, 'UTF8'), '" + from + "', '" + to + "'), 'UTF8')";
    }

    @Override
    protected boolean positionsConsecutive() {
        return false;
    }

    /** The expression core/STORAGE.md gives for an event's JSON as jsonb, whichever column holds it. */
    @Test
    void anEventsJsonIsQueryableAsJsonbFromItsCanonicalBytes() throws Exception {
        try (Connection c = migrated.get().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(event_json, convert_from(canonical_record, 'UTF8')::jsonb"
                     + " -> 'event') ->> 'title' FROM participatie_event WHERE stream_id = 'b' AND sequence_no = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Bankjes b");
        }
    }
}
