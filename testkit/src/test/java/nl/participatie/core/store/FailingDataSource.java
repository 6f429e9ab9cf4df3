package nl.participatie.core.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source whose connection breaks at the {@code n}-th database call (execute, add to batch, commit) after it
 * is armed: the real connection is closed, as when the network or the server goes away, and the call throws an
 * SQLException of state 08006. With {@code breakConnection} false the call fails with a plain error instead and the
 * connection lives on. Remembers how the last connection was left.
 */
final class FailingDataSource extends DelegatingDataSource {

    private static final Set<String> CALLS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "addBatch", "commit");

    private final AtomicInteger countdown = new AtomicInteger(Integer.MAX_VALUE);
    private volatile boolean breakConnection = true;
    private volatile Connection lastReal;
    private volatile boolean lastAutoCommitAtClose;
    private volatile boolean lastClosed;

    FailingDataSource(DataSource real) {
        super(real);
    }

    /** Fails the {@code n}-th call from now (1 = the next). */
    void failAt(int n, boolean breakTheConnection) {
        this.breakConnection = breakTheConnection;
        countdown.set(n);
    }

    /** Whether the armed failure has not happened yet. */
    boolean armed() {
        return countdown.get() > 0 && countdown.get() != Integer.MAX_VALUE;
    }

    void disarm() {
        countdown.set(Integer.MAX_VALUE);
    }

    boolean lastClosed() {
        return lastClosed;
    }

    boolean lastAutoCommitAtClose() {
        return lastAutoCommitAtClose;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = real.getConnection();
        lastReal = c;
        lastClosed = false;
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(c, c));
    }

    private final class Handler implements InvocationHandler {
        private final Object target;
        private final Connection connection;

        Handler(Object target, Connection connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (CALLS.contains(name) && countdown.decrementAndGet() == 0) {
                if (breakConnection) {
                    connection.close();
                    throw new SQLException("Connection lost (simulated) at " + name, "08006");
                }
                throw new SQLException("Simulated failure at " + name, "XX000");
            }
            if (target == connection && name.equals("close")) {
                try {
                    lastAutoCommitAtClose = connection.isClosed() || connection.getAutoCommit();
                } catch (SQLException e) {
                    lastAutoCommitAtClose = false;
                }
                lastClosed = true;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Statement statement) {
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                        new Handler(statement, connection));
            }
            return result;
        }
    }
}
