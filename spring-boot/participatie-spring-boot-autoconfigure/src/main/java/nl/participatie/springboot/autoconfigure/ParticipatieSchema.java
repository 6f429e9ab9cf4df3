package nl.participatie.springboot.autoconfigure;

import java.util.Objects;

import javax.sql.DataSource;

import nl.participatie.core.API;
import nl.participatie.core.store.jdbc.SchemaMigration;

/**
 * The participatie tables in the application's database as the start-up left them (<i>databaseschema</i>): their
 * version and who brought them up to date, the library's {@link SchemaMigration} or Flyway. The JDBC stores of the
 * auto-configuration are made only after this bean, so no store is used before its tables are there.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ParticipatieSchema {

    /** Who ran the SQL files. */
    public enum MigratedBy {
        /** The library: {@link SchemaMigration#migrate(DataSource)}. */
        LIBRARY,
        /** Flyway, with a history table of its own for the library's files. */
        FLYWAY
    }

    private final int version;
    private final MigratedBy migratedBy;

    ParticipatieSchema(int version, MigratedBy migratedBy) {
        this.version = version;
        this.migratedBy = Objects.requireNonNull(migratedBy, "migratedBy");
    }

    /** Brings the tables up to date with the library's own migration. */
    static ParticipatieSchema migratedByLibrary(DataSource dataSource) {
        return new ParticipatieSchema(SchemaMigration.migrate(dataSource), MigratedBy.LIBRARY);
    }

    /** The schema version after start-up: {@link SchemaMigration#LATEST_VERSION}. */
    public int version() {
        return version;
    }

    /** Who ran the SQL files. */
    public MigratedBy migratedBy() {
        return migratedBy;
    }

    @Override
    public String toString() {
        return "participatie schema version " + version + ", migrated by " + migratedBy;
    }
}
