package nl.participatie.core.store.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import nl.participatie.core.store.StoreException;

/** Translates JDBC failures into the store's documented exceptions, by SQLState (the same on H2 and PostgreSQL). */
final class SqlFailures {

    /** Unique violation: on an append, another command took the same sequence number (or the feed position). */
    static final String UNIQUE_VIOLATION = "23505";

    private static final Set<String> UNAVAILABLE = Set.of(
            "57P01", "57P02", "57P03",           // PostgreSQL: server shutting down, crashed, starting
            "53300",                             // PostgreSQL: too many connections
            "55P03", "57014", "HYT00", "HYT01",  // lock not available, statement cancelled, time-outs
            "90098", "90121", "90067", "90020",  // H2: database closed, at shutdown, connection broken, locked
            "90013", "90146");                  // H2: database not found (file or remote database is gone)
    private static final Set<String> SCHEMA_MISSING = Set.of(
            "42P01", "42703", "3F000",           // PostgreSQL: no such table, column, schema
            "42S02", "42S22", "42S04", "90079"); // H2: no such table, column, table in an empty database, schema
    private static final Set<String> RETRYABLE_CONFLICT = Set.of(
            "40001", "40P01");                   // serialization failure, deadlock: another writer won

    private SqlFailures() {
    }

    /** The first SQLState in the chain of causes and next exceptions, or {@code null}. */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
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

    /** Whether the failure is a unique violation (of any key: the caller tells which). */
    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(sqlState(e));
    }

    /** Whether the failure means that a concurrent writer won the race (unique violation, serialisation, deadlock). */
    static boolean isConflict(SQLException e) {
        String state = sqlState(e);
        return UNIQUE_VIOLATION.equals(state) || RETRYABLE_CONFLICT.contains(state);
    }

    /** Whether the connection itself is lost or the database unreachable. */
    static boolean isUnavailable(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTimeoutException) {
            return true;
        }
        String state = sqlState(e);
        return state != null && (state.startsWith("08") || UNAVAILABLE.contains(state));
    }

    /**
     * The documented exception for a failure while doing {@code action} (e.g. "reading stream x"). The message
     * names the action and the SQLState, never the database's own text: that may quote the values of a row (a
     * resident's data) into logs and error pages. The {@link SQLException} is kept as the cause for the vendor's
     * own, protected logging.
     */
    static StoreException translate(String action, SQLException e) {
        String state = sqlState(e);
        if (isUnavailable(e)) {
            return new StoreUnavailableException("The database is not available while " + action + detail(e), e);
        }
        if (state != null && SCHEMA_MISSING.contains(state)) {
            return new SchemaMissingException("The participatie schema is missing or incomplete while " + action
                    + detail(e) + ": call SchemaMigration.migrate(dataSource) or run the library's SQL files", e);
        }
        if (state != null && (state.startsWith("23") || state.startsWith("22"))) {
            return new StoreIntegrityException("The database refused the data while " + action + detail(e), e);
        }
        return new StoreException("Failed " + action + detail(e), e);
    }

    /** What of a database failure goes into a message: its SQLState and vendor code, not its text. */
    static String detail(SQLException e) {
        return " (SQLState " + sqlState(e) + ", error code " + e.getErrorCode() + "; the database's message is in the cause)";
    }
}
