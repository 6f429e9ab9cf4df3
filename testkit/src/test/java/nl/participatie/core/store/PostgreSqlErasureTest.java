package nl.participatie.core.store;

/** Crypto-shredding on PostgreSQL (skipped without PARTICIPATIE_TEST_PG_URL). */
class PostgreSqlErasureTest extends ErasureContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
