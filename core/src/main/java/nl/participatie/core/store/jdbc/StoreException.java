package nl.participatie.core.store.jdbc;

import nl.participatie.core.API;

/**
 * The database behind a JDBC store failed (<i>opslagfout</i>). The base of every exception the JDBC stores throw,
 * so a vendor can catch them all; the subclasses say what went wrong and what to do:
 * <ul>
 *   <li>{@link StoreUnavailableException}: the database cannot be reached or did not answer in time; retry later;</li>
 *   <li>{@link SchemaMissingException}: the tables are not there; run {@link SchemaMigration#migrate};</li>
 *   <li>{@link SchemaVersionException}: the tables are of another version than this library knows;</li>
 *   <li>{@link StoreIntegrityException}: the database refused the data, or holds data the library cannot read.</li>
 * </ul>
 * An instance of this class itself is any other failure of the database. Every one carries the
 * {@link java.sql.SQLException} (or other failure) as its cause; nothing is ever swallowed, and a failed write
 * has written nothing.
 */
@API(status = API.Status.STABLE)
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing and what failed
     * @param cause   the failure of the database or driver
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The SQLState of the cause, when the database gave one; {@code null} otherwise. */
    public String sqlState() {
        return SqlFailures.sqlState(getCause());
    }
}
