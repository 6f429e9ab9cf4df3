package nl.participatie.testkit;

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

import nl.participatie.core.API;

/**
 * A minimal connection pool (<i>verbindingenpool</i>) for tests and benchmarks, standing in for the pool a vendor
 * passes to the JDBC stores (HikariCP, the application server's; the library has none): a PostgreSQL connection
 * costs a server process, so they are reused. It opens connections as they are asked for and keeps the ones given
 * back. {@code close()} on a handed-out connection rolls back what was left open and restores autocommit, as a real
 * pool does, and counts it: a store must never give a connection back in a transaction, so {@link #close()} fails
 * when there were any.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ConnectionPool implements DataSource, AutoCloseable {

    private final DataSource physical;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger dirtyReturns = new AtomicInteger();

    /** A pool over the physical data source (every connection of which is a new one). */
    public ConnectionPool(DataSource physical) {
        this.physical = java.util.Objects.requireNonNull(physical, "physical");
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

    /**
     * Closes the idle connections.
     *
     * @throws AssertionError when a connection was ever given back with autocommit off (a store's defect)
     */
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
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return physical.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || physical.isWrapperFor(iface);
    }
}
