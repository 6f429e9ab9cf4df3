package nl.participatie.core.store;

/**
 * The personal-data store contract and the JDBC store's promises on a real PostgreSQL server, given by
 * {@value TestDatabase#PG_URL_VARIABLE}; skipped (and reported as skipped) without it.
 */
class PostgreSqlPersonalDataStoreTest extends JdbcPersonalDataStoreContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
