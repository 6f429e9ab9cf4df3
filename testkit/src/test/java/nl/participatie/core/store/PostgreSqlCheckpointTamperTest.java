package nl.participatie.core.store;

/** Tampering found against signed checkpoints on PostgreSQL (skipped without PARTICIPATIE_TEST_PG_URL). */
class PostgreSqlCheckpointTamperTest extends CheckpointTamperContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected String replacedInEventJson(String from, String to) {
        return "CAST(REPLACE(CAST(event_json AS TEXT), '" + from + "', '" + to + "') AS JSONB)";
    }

    @Override
    protected boolean positionsConsecutive() {
        return false;
    }
}
