package nl.participatie.core.store;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import nl.participatie.core.store.jdbc.SchemaMigration;

/**
 * The database of a JDBC contract test: a fresh one, migrated, before each test (before the contract's own
 * {@code @BeforeEach}), closed after it. Shared by the event store's and the personal-data store's contracts.
 */
final class MigratedDatabase implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<TestDatabase> open;
    private TestDatabase database;

    MigratedDatabase(Supplier<TestDatabase> open) {
        this.open = open;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database = open.get();
        SchemaMigration.migrate(database.dataSource());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The test's database. */
    TestDatabase get() {
        if (database == null) {
            throw new IllegalStateException("The database is open only during a test");
        }
        return database;
    }
}
