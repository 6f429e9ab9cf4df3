package nl.participatie.benchmarks.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import nl.participatie.testkit.ConnectionPool;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import nl.participatie.core.store.jdbc.SchemaMigration;

/**
 * A fresh database with the store's schema for one benchmark trial, behind a {@link ConnectionPool} (the test kit's): H2 in memory, H2
 * in a file (default H2 settings) in a temporary folder, or a new schema on the PostgreSQL server named by the
 * environment variable {@value #PG_URL_VARIABLE} or the system property {@value #PG_URL_PROPERTY} (the same the
 * core tests and {@code .ci/run} use). Everything is removed on {@link #close()}.
 */
public final class BenchDatabase implements AutoCloseable {

    public static final String PG_URL_VARIABLE = "PARTICIPATIE_TEST_PG_URL";
    public static final String PG_URL_PROPERTY = "participatie.test.pg.url";

    private final ConnectionPool pool;
    private final Runnable cleanUp;

    private BenchDatabase(DataSource physical, Runnable cleanUp) {
        this.pool = new ConnectionPool(physical);
        this.cleanUp = cleanUp;
        SchemaMigration.migrate(pool);
    }

    /** The pooled data source. */
    public DataSource dataSource() {
        return pool;
    }

    /** The PostgreSQL URL given to this run, or {@code null}. */
    public static String postgresUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            url = System.getProperty(PG_URL_PROPERTY);
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** A new database of the kind: {@code h2-mem}, {@code h2-file} or {@code postgres}. */
    public static BenchDatabase open(String kind) {
        String name = "bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (kind) {
            case "h2-mem" -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                return new BenchDatabase(h2, () -> execute(h2, "SHUTDOWN"));
            }
            case "h2-file" -> {
                Path folder;
                try {
                    folder = Files.createTempDirectory("participatie-bench-h2");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:file:" + folder.resolve(name).toAbsolutePath());
                return new BenchDatabase(h2, () -> {
                    execute(h2, "SHUTDOWN");
                    delete(folder);
                });
            }
            case "postgres" -> {
                String url = postgresUrl();
                if (url == null) {
                    throw new IllegalStateException("No PostgreSQL server given: set " + PG_URL_VARIABLE
                            + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or -D" + PG_URL_PROPERTY);
                }
                PGSimpleDataSource admin = new PGSimpleDataSource();
                admin.setURL(url);
                execute(admin, "CREATE SCHEMA " + name);
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(url);
                pg.setCurrentSchema(name);
                return new BenchDatabase(pg, () -> execute(admin, "DROP SCHEMA " + name + " CASCADE"));
            }
            default -> throw new IllegalArgumentException("Unknown database kind " + kind + ": h2-mem, h2-file or postgres");
        }
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        cleanUp.run();
    }
}
