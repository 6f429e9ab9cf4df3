package nl.participatie.core.store;

import java.nio.file.Path;

/** The reactor's crash test on an H2 database in a file. */
class H2ReactorCrashTest extends ReactorCrashContract {

    @Override
    protected TestDatabase crashDatabase(Path folder) {
        return TestDatabase.h2File(folder);
    }
}
