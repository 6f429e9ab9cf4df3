package nl.participatie.core.store.jdbc;

import nl.participatie.core.API;
import nl.participatie.core.store.StoreException;

/**
 * The database has no (complete) participatie schema (<i>databaseschema ontbreekt</i>): the tables were never
 * created in this database or schema, or one was dropped. Call {@link SchemaMigration#migrate} once at start-up,
 * or run the library's SQL files with Flyway or Liquibase (see {@link SchemaMigration}).
 */
@API(status = API.Status.STABLE)
public class SchemaMissingException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is missing and how to create it
     * @param cause   the failure of the database, or {@code null} when the library found out by itself
     */
    public SchemaMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
