package nl.participatie.benchmarks.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A minimal fixed-size connection pool, standing in for the pool (HikariCP, the application server's) a vendor
 * passes to the JDBC store, so the storage rows measure the store and the database, not opening connections.
 * {@code close()} on a handed-out connection rolls back what was left open, restores auto-commit and returns it.
 */
public final class SimplePool implements DataSource, AutoCloseable {

    private final DataSource physical;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    public SimplePool(DataSource physical, int size) {
        this.physical = physical;
        this.idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Connection c = physical.getConnection();
                all.add(c);
                idle.add(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the pool's connections", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c;
        try {
            c = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a connection", e);
        }
        Connection real = c;
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!closed[0]) {
                                closed[0] = true;
                                if (!real.getAutoCommit()) {
                                    real.rollback();
                                    real.setAutoCommit(true);
                                }
                                idle.add(real);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return closed[0];
                        }
                        case "unwrap" -> {
                            return real.unwrap((Class<?>) args[0]);
                        }
                        case "isWrapperFor" -> {
                            return real.isWrapperFor((Class<?>) args[0]);
                        }
                        default -> {
                            if (closed[0]) {
                                throw new SQLException("Connection is closed");
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
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
