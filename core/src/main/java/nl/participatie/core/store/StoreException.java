package nl.participatie.core.store;

import java.sql.SQLException;

import nl.participatie.core.API;

/**
 * A store failed (<i>opslagfout</i>). The base of every exception the event and personal-data stores throw, so a
 * vendor can catch them all; the subclasses say what went wrong and what to do:
 * <ul>
 *   <li>{@link ConcurrencyConflictException}: another command was recorded on the instance first; the engine
 *       retries it, a caller that still sees it may retry the whole command;</li>
 *   <li>{@link nl.participatie.core.store.jdbc.StoreUnavailableException}: the database cannot be reached or did not
 *       answer in time; retry later;</li>
 *   <li>{@link nl.participatie.core.store.jdbc.SchemaMissingException}: the tables are not there; run
 *       {@link nl.participatie.core.store.jdbc.SchemaMigration#migrate};</li>
 *   <li>{@link nl.participatie.core.store.jdbc.SchemaVersionException}: the tables are of another version than this
 *       library knows;</li>
 *   <li>{@link nl.participatie.core.store.jdbc.StoreIntegrityException}: the database refused the data, or holds
 *       data the library cannot read back.</li>
 * </ul>
 * An instance of this class itself is any other failure of the database. A failure of the database carries the
 * {@link SQLException} (or other failure) as its cause; nothing is ever swallowed, and a failed write has written
 * nothing.
 */
@API(status = API.Status.STABLE)
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing and what failed
     * @param cause   the failure of the database or driver; {@code null} when the store found the failure itself
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first SQLState in the chain of causes, when the database gave one; {@code null} otherwise. */
    public String sqlState() {
        for (Throwable t = getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) {
                        return s.getSQLState();
                    }
                }
            }
        }
        return null;
    }
}
