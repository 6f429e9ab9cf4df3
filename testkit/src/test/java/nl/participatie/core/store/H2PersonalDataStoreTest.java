package nl.participatie.core.store;

/** The personal-data store contract and the JDBC store's promises on an embedded H2 database. */
class H2PersonalDataStoreTest extends JdbcPersonalDataStoreContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2InMemory();
    }
}
