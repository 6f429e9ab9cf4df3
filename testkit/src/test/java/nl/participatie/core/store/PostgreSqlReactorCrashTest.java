package nl.participatie.core.store;

import java.nio.file.Path;

/** The reactor's crash test on PostgreSQL (skipped without PARTICIPATIE_TEST_PG_URL). */
class PostgreSqlReactorCrashTest extends ReactorCrashContract {

    @Override
    protected TestDatabase crashDatabase(Path folder) {
        return TestDatabase.postgres();
    }
}
