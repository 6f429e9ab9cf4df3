package nl.participatie.core.store.jdbc;

import nl.participatie.core.API;
import nl.participatie.core.store.StoreException;

/**
 * The participatie schema in the database is of another version than this library knows
 * (<i>verkeerde schemaversie</i>). When it is older, run {@link SchemaMigration#migrate}. When it is newer, a
 * newer version of the library has upgraded the database: this one refuses to read or write it, so that it cannot
 * misread or corrupt data it does not understand; upgrade the library on every node.
 */
@API(status = API.Status.STABLE)
public class SchemaVersionException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final int found;
    private final int known;

    /**
     * @param message what was found and what to do
     * @param found   the schema version in the database
     * @param known   the newest schema version this library knows
     */
    public SchemaVersionException(String message, int found, int known) {
        super(message, null);
        this.found = found;
        this.known = known;
    }

    /** The schema version found in the database. */
    public int found() {
        return found;
    }

    /** The newest schema version this library knows, {@link SchemaMigration#LATEST_VERSION}. */
    public int known() {
        return known;
    }

    /** Whether the database is newer than the library (upgrade the library), not older (migrate the database). */
    public boolean isDatabaseNewer() {
        return found > known;
    }
}
