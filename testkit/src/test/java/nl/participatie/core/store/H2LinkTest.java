package nl.participatie.core.store;

/** Links, their verification and reactions on an embedded H2 database. */
class H2LinkTest extends JdbcLinkContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2InMemory();
    }
}
