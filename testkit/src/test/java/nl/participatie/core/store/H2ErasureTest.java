package nl.participatie.core.store;

/** Crypto-shredding on an embedded H2 database. */
class H2ErasureTest extends ErasureContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2InMemory();
    }
}
