package nl.participatie.core.store.jdbc;

import nl.participatie.core.API;
import nl.participatie.core.store.StoreException;

/**
 * The database cannot be reached, refused the connection, was shut down or did not answer in time
 * (<i>opslag niet bereikbaar</i>): a failure of the infrastructure, not of the data. Nothing was written by the
 * call that failed; it is safe to retry the whole command later. SQLState class {@code 08} (connection), the
 * PostgreSQL states for a server shutting down or out of connections, lock and statement time-outs, and the
 * H2 errors for a closed or unreachable database end up here.
 */
@API(status = API.Status.STABLE)
public class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing
     * @param cause   the failure of the database or driver
     */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
