package nl.participatie.core.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import javax.sql.DataSource;

import nl.participatie.core.store.StoreException;

/**
 * The vendor's data source as the stores use it: one connection per call, the dialect found once, the schema
 * checked once, transactions with autocommit restored and a rollback on every failure.
 */
final class Database {

    /** Work on an open connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * The append turn of each H2 database this JVM appends to, by {@link #identity}. An entry is a few hundred bytes
     * and stays for the life of the JVM: there is one per database, and an application opens few.
     */
    private static final ConcurrentMap<String, ReentrantLock> APPEND_TURNS = new ConcurrentHashMap<>();

    private final DataSource dataSource;
    private volatile Dialect dialect;
    private volatile boolean schemaChecked;
    private volatile ReentrantLock appendTurn;

    Database(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The dialect, found from the first connection's metadata. */
    Dialect dialect() {
        Dialect d = dialect;
        if (d == null) {
            d = call("detecting the database", c -> dialect);
        }
        return d;
    }

    /**
     * The turn that appends to this database take in this JVM (H2), shared by every store on the same database,
     * whatever its data source or pool. Why: under contention H2 (seen with 2.3.232, 2.4.240 and 2.5.252) now and
     * then lets a second transaction take a row that another transaction holds, here the feed's head row; two
     * appends then give out the same feed position and wait for each other until the lock time-out. Taking the turn
     * in the JVM first leaves at most one transaction of this JVM waiting for the head row, which stays the order
     * between processes (an H2 server shared by several).
     */
    ReentrantLock appendTurn() {
        ReentrantLock turn = appendTurn;
        if (turn == null) {
            turn = APPEND_TURNS.computeIfAbsent(call("identifying the database", Database::identity),
                    database -> new ReentrantLock(true));
            appendTurn = turn;
        }
        return turn;
    }

    /**
     * Which H2 database the connection is to: its file for a file database, else its URL without settings (a named
     * in-memory database). Two stores with the same identity share one database; a shared identity of two
     * databases (e.g. the same path on two servers) only puts their appends in one queue.
     */
    private static String identity(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
            if (rs.next() && rs.getString(1) != null) {
                return "file:" + rs.getString(1);
            }
        }
        String url = c.getMetaData().getURL();
        int settings = url.indexOf(';');
        return "url:" + (settings < 0 ? url : url.substring(0, settings));
    }

    /** Runs read-only work on a connection in its own mode (normally autocommit). */
    <T> T call(String action, Work<T> work) {
        Connection c = open(action);
        try {
            T result = work.apply(c);
            if (!c.getAutoCommit()) {
                c.rollback(); // a pool that hands out connections without autocommit gets them back without a transaction
            }
            closeQuietly(c, null);
            return result;
        } catch (SQLException e) {
            StoreException failure = SqlFailures.translate(action, e);
            closeQuietly(c, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    /**
     * Runs work in one transaction: all of it is committed, or on any failure all of it is rolled back. The
     * connection's autocommit is restored before it is closed. The isolation is left as the vendor set it: the
     * stores are correct from READ COMMITTED up (a stricter level only turns more races into retried conflicts).
     *
     * @param onFailure turns a database failure of the work into the exception to throw
     */
    <T> T transaction(String action, Work<T> work, Function<SQLException, RuntimeException> onFailure) {
        Connection c = open(action);
        boolean autoCommit = true;
        Throwable failure = null;
        boolean begun = false;
        try {
            autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            begun = true;
            T result = work.apply(c);
            try {
                c.commit();
            } catch (SQLException e) {
                RuntimeException unknown = SqlFailures.isUnavailable(e)
                        ? new StoreUnavailableException("The connection failed while committing " + action
                                + ": the outcome is unknown, read before you retry" + SqlFailures.detail(e), e)
                        : onFailure.apply(e);
                failure = unknown;
                rollbackQuietly(c, unknown);
                throw unknown;
            }
            return result;
        } catch (SQLException e) {
            RuntimeException translated = begun ? onFailure.apply(e) : SqlFailures.translate(action, e);
            failure = translated;
            if (begun) {
                rollbackQuietly(c, translated);
            }
            throw translated;
        } catch (RuntimeException | Error e) {
            if (failure == null) {
                failure = e;
                if (begun) {
                    rollbackQuietly(c, e);
                }
            }
            throw e;
        } finally {
            try {
                if (c.getAutoCommit() != autoCommit) {
                    c.setAutoCommit(autoCommit);
                }
            } catch (SQLException | RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
                // After a successful commit a connection that cannot be reset is the pool's concern: closing it
                // below discards it; the data is safe.
            }
            closeQuietly(c, failure);
        }
    }

    /** Opens a connection, finds the dialect and checks the schema once. */
    private Connection open(String action) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            StoreException translated = SqlFailures.translate("connecting for " + action, e);
            if (translated.getClass() == StoreException.class || translated instanceof SchemaMissingException) {
                translated = new StoreUnavailableException("Cannot connect to the database for " + action
                        + SqlFailures.detail(e), e);
            }
            throw translated;
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot connect to the database for " + action + ": " + e, e);
        }
        if (c == null) {
            throw new StoreUnavailableException("The data source gave no connection for " + action, null);
        }
        try {
            if (dialect == null) {
                dialect = Dialect.of(c);
            }
            if (!schemaChecked) {
                SchemaMigration.check(c);
                schemaChecked = true;
            }
            return c;
        } catch (SQLException e) {
            StoreException translated = SqlFailures.translate(action, e);
            closeQuietly(c, translated);
            throw translated;
        } catch (RuntimeException | Error e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            // The connection is gone: the database discards the open transaction itself.
            failure.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c, Throwable failure) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
