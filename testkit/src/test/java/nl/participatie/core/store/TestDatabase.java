package nl.participatie.core.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import nl.participatie.testkit.ConnectionPool;

/**
 * A fresh, empty database for one test: an H2 in memory or in a file, or a new schema on the PostgreSQL server whose
 * JDBC URL is in the environment variable {@value #PG_URL_VARIABLE} (or the system property {@value #PG_URL_PROPERTY}).
 * Without it the PostgreSQL tests are skipped and reported so; on CI (variable {@code CI} set) they fail instead.
 */
public abstract class TestDatabase implements AutoCloseable {

    public static final String PG_URL_VARIABLE = "PARTICIPATIE_TEST_PG_URL";
    public static final String PG_URL_PROPERTY = "participatie.test.pg.url";

    private static volatile boolean toldSkipped;

    /** The data source of the test's database: a small pool, as a vendor would pass. */
    public abstract DataSource dataSource();

    /** The test's database without a pool: every connection is a new physical one. */
    public abstract DataSource unpooled();

    /** A data source of the same kind with no database server behind it. */
    public abstract DataSource unreachable();

    /** The command-line arguments with which {@link CrashingAppender} opens this database. */
    public abstract String[] connectArguments();

    /** H2 or PostgreSQL. */
    public abstract String kind();

    @Override
    public abstract void close();

    /** A new, private in-memory H2 database, alive until {@link #close()}. */
    public static TestDatabase h2InMemory() {
        return new H2("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", ""), true);
    }

    /** An H2 database in a file under the folder (the file survives {@link #close()}). */
    public static TestDatabase h2File(Path folder) {
        // WRITE_DELAY=0: H2 writes each commit to the file at once, so a killed process loses no committed append.
        return new H2("jdbc:h2:file:" + folder.resolve("events").toAbsolutePath() + ";WRITE_DELAY=0", false);
    }

    /** The PostgreSQL URL of the test run, or {@code null}. */
    public static String postgresUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            url = System.getProperty(PG_URL_PROPERTY);
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** Skips the calling test (visibly) when no PostgreSQL server was given; fails on CI. */
    public static void assumePostgres() {
        if (postgresUrl() != null) {
            return;
        }
        String why = "PostgreSQL tests skipped: no server given. Set " + PG_URL_VARIABLE
                + "=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres (as .ci/run does) to run them.";
        if (System.getenv("CI") != null) {
            fail("On CI the PostgreSQL tests must run, but " + PG_URL_VARIABLE + " is not set");
        }
        if (!toldSkipped) {
            toldSkipped = true;
            System.err.println("WARNING: " + why);
        }
        Assumptions.assumeTrue(false, why);
    }

    /** A new schema on the PostgreSQL server; dropped on {@link #close()}. */
    public static TestDatabase postgres() {
        assumePostgres();
        return new PostgreSql(postgresUrl(), "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    /** Runs one statement with the arguments; returns the number of rows it changed (for tampering by plain SQL). */
    public int update(String statement, Object... args) {
        try (Connection connection = dataSource().getConnection();
             java.sql.PreparedStatement ps = connection.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(statement, e);
        }
    }

    /** The command that starts {@code main} in a new JVM on this test's class path, with the arguments. */
    static java.util.List<String> childJvm(Class<?> main, java.util.List<String> args) {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx128m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    static String h2Url(String base) {
        // A generous lock time-out: eight threads contend for the feed's head row on two cores.
        return base + ";LOCK_TIMEOUT=20000";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class H2 extends TestDatabase {
        private final String url;
        private final JdbcDataSource physical = new JdbcDataSource();
        private final ConnectionPool pool = new ConnectionPool(physical);
        private final Connection keeper;

        H2(String url, boolean inMemory) {
            this.url = url;
            physical.setURL(h2Url(url));
            try {
                keeper = inMemory ? physical.getConnection() : null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public DataSource dataSource() {
            return pool;
        }

        @Override
        public DataSource unpooled() {
            return physical;
        }

        @Override
        public DataSource unreachable() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:tcp://127.0.0.1:" + freePort() + "/mem:nothing");
            return ds;
        }

        @Override
        public String[] connectArguments() {
            return new String[] {"h2", h2Url(url)};
        }

        @Override
        public String kind() {
            return "H2";
        }

        @Override
        public void close() {
            try {
                pool.close();
            } finally {
                try {
                    if (keeper != null) {
                        keeper.close();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static final class PostgreSql extends TestDatabase {
        private final String url;
        private final String schema;
        private final PGSimpleDataSource physical;
        private final ConnectionPool pool;

        PostgreSql(String url, String schema) {
            this.url = url;
            this.schema = schema;
            try (Connection c = plain(url).getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create a test schema on " + url, e);
            }
            this.physical = of(url, schema);
            this.pool = new ConnectionPool(physical);
        }

        static PGSimpleDataSource plain(String url) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            return ds;
        }

        static PGSimpleDataSource of(String url, String schema) {
            PGSimpleDataSource ds = plain(url);
            ds.setCurrentSchema(schema);
            return ds;
        }

        @Override
        public DataSource dataSource() {
            return pool;
        }

        @Override
        public DataSource unpooled() {
            return physical;
        }

        @Override
        public DataSource unreachable() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL("jdbc:postgresql://127.0.0.1:" + freePort() + "/postgres?user=postgres");
            ds.setConnectTimeout(5);
            return ds;
        }

        @Override
        public String[] connectArguments() {
            return new String[] {"postgresql", url, schema};
        }

        @Override
        public String kind() {
            return "PostgreSQL";
        }

        @Override
        public void close() {
            try {
                pool.close();
            } finally {
                try (Connection c = plain(url).getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Opens the database described by {@link #connectArguments()}, in another JVM, through a pool. */
    static DataSource connect(String[] args) {
        if (args[0].equals("h2")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(args[1]);
            return new ConnectionPool(ds);
        }
        return new ConnectionPool(PostgreSql.of(args[1], args[2]));
    }
}
