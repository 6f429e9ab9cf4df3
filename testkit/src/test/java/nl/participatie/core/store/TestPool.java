package nl.participatie.core.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A minimal connection pool for the tests, as a vendor's pool would be (the library has none): a PostgreSQL
 * connection costs a server process, so the tests reuse them. It counts connections given back in a transaction
 * or with autocommit off, which a store must never do; {@link #close()} fails the test when there were any.
 */
final class TestPool implements DataSource, AutoCloseable {

    private final DataSource physical;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger dirtyReturns = new AtomicInteger();

    TestPool(DataSource physical) {
        this.physical = physical;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c;
        while ((c = idle.poll()) != null) {
            if (!c.isClosed()) {
                break;
            }
        }
        if (c == null) {
            c = physical.getConnection();
        }
        Connection real = c;
        AtomicBoolean returned = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        if (returned.compareAndSet(false, true) && !real.isClosed()) {
                            if (!real.getAutoCommit()) {
                                dirtyReturns.incrementAndGet();
                                real.rollback();
                                real.setAutoCommit(true);
                            }
                            idle.offer(real);
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return returned.get() || real.isClosed();
                    }
                    if (returned.get()) {
                        throw new SQLException("Connection already given back to the pool", "08003");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** Closes the idle connections; fails when a connection was ever given back with autocommit off. */
    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Going away anyway.
            }
        }
        if (dirtyReturns.get() > 0) {
            throw new AssertionError(dirtyReturns.get() + " connections were given back with autocommit off");
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
