package nl.participatie.springboot.autoconfigure;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import nl.participatie.core.store.jdbc.SchemaMigration;

/**
 * The library's SQL files run by Flyway, in a history table of their own: the application's own migrations keep their
 * own versions and table, and the library's {@code V1__}, {@code V2__} never collide with them. Loaded only when
 * Flyway is on the class path.
 */
final class FlywaySchemaMigration {

    private FlywaySchemaMigration() {
    }

    static ParticipatieSchema migrate(DataSource dataSource, String table, ClassLoader classLoader) {
        Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(SchemaMigration.scriptLocation(dataSource))
                .table(table)
                // A schema that already holds tables (the application's, or the library's from an earlier
                // SchemaMigration.migrate) gets a baseline below V1, so every library version still runs; each script
                // can run again without harm.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new ParticipatieSchema(SchemaMigration.version(dataSource), ParticipatieSchema.MigratedBy.FLYWAY);
    }
}
