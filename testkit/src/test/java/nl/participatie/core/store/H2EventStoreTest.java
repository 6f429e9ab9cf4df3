package nl.participatie.core.store;

import java.nio.file.Path;

/** The event store contract and the JDBC store's promises on an embedded H2 database. */
class H2EventStoreTest extends JdbcEventStoreContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2InMemory();
    }

    @Override
    protected TestDatabase crashDatabase(Path folder) {
        return TestDatabase.h2File(folder);
    }

    @Override
    protected int engineThreads() {
        return 8;
    }

    @Override
    protected int engineCommandsPerThread() {
        // Half of the PostgreSQL run: the embedded database shares the two cores with the test.
        return 500;
    }

    @Override
    protected boolean positionsConsecutive() {
        return true;
    }
}
