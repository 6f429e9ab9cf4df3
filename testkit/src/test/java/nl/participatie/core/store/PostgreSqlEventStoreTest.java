package nl.participatie.core.store;

import java.nio.file.Path;

/**
 * The event store contract and the JDBC store's promises on a real PostgreSQL server, given by
 * {@value TestDatabase#PG_URL_VARIABLE}; skipped (and reported as skipped) without it.
 */
class PostgreSqlEventStoreTest extends JdbcEventStoreContract {

    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected TestDatabase crashDatabase(Path folder) {
        return TestDatabase.postgres();
    }

    @Override
    protected int engineThreads() {
        return 8;
    }

    @Override
    protected int engineCommandsPerThread() {
        return 1_000;
    }

    @Override
    protected boolean positionsConsecutive() {
        return false;
    }
}
