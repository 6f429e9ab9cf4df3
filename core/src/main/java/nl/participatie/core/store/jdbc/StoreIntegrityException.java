package nl.participatie.core.store.jdbc;

import nl.participatie.core.API;
import nl.participatie.core.store.StoreException;

/**
 * The database refused the data or holds data the library cannot read back (<i>integriteitsfout</i>): a
 * constraint violation other than a concurrent append (SQLState class {@code 23}), a value the database cannot
 * hold (class {@code 22}, e.g. text longer than its column or a NUL character on PostgreSQL), or a stored event
 * whose JSON or type id no longer reads. Nothing was written by the call that failed; retrying the same data
 * fails the same way.
 */
@API(status = API.Status.STABLE)
public class StoreIntegrityException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused or unreadable, and where
     * @param cause   the failure of the database or of reading the stored data
     */
    public StoreIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
