package nl.participatie.core.store;

/** Links, their verification and reactions on PostgreSQL (skipped without PARTICIPATIE_TEST_PG_URL). */
class PostgreSqlLinkTest extends JdbcLinkContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected String replacedInRecord(String from, String to) {
        return "convert_to(replace(convert_from(canonical_record, 'UTF8'), '" + from + "', '" + to + "'), 'UTF8')";
    }
}
