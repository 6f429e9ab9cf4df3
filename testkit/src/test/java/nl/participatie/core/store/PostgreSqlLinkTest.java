package nl.participatie.core.store;

/** Links, their verification and reactions on PostgreSQL (skipped without PARTICIPATIE_TEST_PG_URL). */
class PostgreSqlLinkTest extends JdbcLinkContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected String replacedInEventJson(String from, String to) {
        return "CAST(REPLACE(CAST(event_json AS TEXT), '" + from + "', '" + to + "') AS JSONB)";
    }
}
