package nl.participatie.core.store.jdbc;

import nl.participatie.core.API;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import nl.participatie.core.store.StoreException;

/**
 * Creates and upgrades the tables of the JDBC stores (<i>schemamigratie</i>). A vendor calls
 * {@link #migrate(DataSource)} once at start-up, before the first {@link JdbcEventStore} or
 * {@link JdbcPersonalDataStore} call:
 *
 * <pre>{@code
 * SchemaMigration.migrate(dataSource);            // creates or upgrades; does nothing when current
 * EventStore events = new JdbcEventStore(dataSource);
 * }</pre>
 *
 * <p>The schema is shipped as versioned SQL files in this library's jar, one set per database, named the way
 * Flyway expects ({@code V1__event_store_and_personal_data.sql}):
 * {@code classpath:nl/participatie/core/store/jdbc/h2} and {@code classpath:nl/participatie/core/store/jdbc/postgresql}
 * (see {@link #scriptLocation(DataSource)}). A vendor who manages its database with Flyway or Liquibase runs these
 * files instead of calling {@code migrate}; each file records its own version in the table
 * {@code participatie_schema_version}, so the stores' check works either way.
 *
 * <p>{@code migrate} is idempotent and safe to call from several application nodes at once (on PostgreSQL it
 * takes an advisory lock, and applies each version in one transaction). It refuses a database whose schema is
 * newer than this library knows ({@link SchemaVersionException}), and the stores refuse to work on a schema that
 * is missing ({@link SchemaMissingException}) or of another version. The tables are created in the connection's
 * current schema (on PostgreSQL the first schema of the {@code search_path}).
 */
@API(status = API.Status.STABLE)
public final class SchemaMigration {

    /** The newest schema version this library knows and needs. */
    public static final int LATEST_VERSION = 5;

    private static final List<Script> SCRIPTS = List.of(new Script(1, "V1__event_store_and_personal_data.sql"),
            new Script(2, "V2__erasure_keys.sql"), new Script(3, "V3__causes_links_reactions.sql"),
            new Script(4, "V4__appends_without_the_head_lock.sql"),
            new Script(5, "V5__canonical_bytes_of_each_record.sql"));
    private static final long ADVISORY_LOCK_KEY = 0x7061727469636970L; // "particip"
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    private static final Set<String> NO_SUCH_TABLE = Set.of("42P01", "42S02", "42S04");
    private static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS participatie_schema_version ("
            + " version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
            + " installed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,"
            + " CONSTRAINT participatie_schema_version_pk PRIMARY KEY (version))";

    private SchemaMigration() {
    }

    /**
     * Brings the database's participatie schema to {@link #LATEST_VERSION}: creates it when missing, applies every
     * newer version in order, and does nothing when it is current.
     *
     * @return the schema version after the migration, {@link #LATEST_VERSION}
     * @throws SchemaVersionException    when the database is newer than this library
     * @throws StoreUnavailableException when the database cannot be reached
     * @throws StoreException            when a script fails; on PostgreSQL nothing of that version is left behind
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        IN_PROCESS.lock();
        try {
            return withConnection(dataSource, "migrating the participatie schema", SchemaMigration::migrate);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /**
     * The schema version recorded in the database: 0 when there is no participatie schema.
     *
     * @throws StoreUnavailableException when the database cannot be reached
     */
    public static int version(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return withConnection(dataSource, "reading the participatie schema version", c -> {
            try {
                return readVersion(c);
            } catch (SQLException e) {
                if (NO_SUCH_TABLE.contains(SqlFailures.sqlState(e))) {
                    return 0;
                }
                throw e;
            }
        });
    }

    /**
     * Where the SQL files for this data source's database are, as a Flyway location, e.g.
     * {@code classpath:nl/participatie/core/store/jdbc/postgresql}.
     */
    public static String scriptLocation(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return "classpath:" + withConnection(dataSource, "detecting the database", Dialect::of).resourceFolder();
    }

    /** Checks at a store's first use that the schema is there and current. */
    static void check(Connection c) throws SQLException {
        int found;
        try {
            found = readVersion(c);
        } catch (SQLException e) {
            if (NO_SUCH_TABLE.contains(SqlFailures.sqlState(e))) {
                throw new SchemaMissingException("This database has no participatie schema: call "
                        + "SchemaMigration.migrate(dataSource) at start-up, or run the SQL files in "
                        + "nl/participatie/core/store/jdbc/ with Flyway or Liquibase", e);
            }
            throw e;
        }
        if (found == 0) {
            throw new SchemaMissingException("The participatie schema table holds no version: call "
                    + "SchemaMigration.migrate(dataSource)", null);
        }
        if (found != LATEST_VERSION) {
            throw mismatch(found);
        }
    }

    private static int migrate(Connection c) throws SQLException {
        Dialect dialect = Dialect.of(c);
        boolean autoCommit = c.getAutoCommit();
        boolean done = false;
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (dialect == Dialect.POSTGRESQL) {
                    s.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
                }
                s.execute(VERSION_TABLE);
            }
            int version = readVersion(c);
            if (version > LATEST_VERSION) {
                throw mismatch(version);
            }
            for (Script script : SCRIPTS) {
                if (script.version() <= version) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : script.statements(dialect)) {
                        s.execute(sql);
                    }
                }
                int recorded = readVersion(c);
                if (recorded != script.version()) {
                    throw new IllegalStateException("Schema script " + script.file() + " did not record version "
                            + script.version() + " (found " + recorded + ")");
                }
                version = recorded;
            }
            c.commit();
            done = true;
            return version;
        } finally {
            if (!done) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // The connection is gone; the database discards the transaction.
                }
            }
            try {
                c.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // Closed right after.
            }
        }
    }

    private static int readVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM participatie_schema_version");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static SchemaVersionException mismatch(int found) {
        if (found > LATEST_VERSION) {
            return new SchemaVersionException("The participatie schema in this database has version " + found
                    + ", newer than this library knows (" + LATEST_VERSION + "): a newer version of the library upgraded it;"
                    + " upgrade the library on this node too", found, LATEST_VERSION);
        }
        return new SchemaVersionException("The participatie schema in this database has version " + found
                + ", older than this library needs (" + LATEST_VERSION + "): call SchemaMigration.migrate(dataSource)",
                found, LATEST_VERSION);
    }

    private static <T> T withConnection(DataSource dataSource, String action, Database.Work<T> work) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot connect to the database for " + action + SqlFailures.detail(e), e);
        }
        try (c) {
            return work.apply(c);
        } catch (SQLException e) {
            throw SqlFailures.translate(action, e);
        }
    }

    /** One version's SQL file. */
    private record Script(int version, String file) {

        List<String> statements(Dialect dialect) {
            String path = dialect.resourceFolder() + "/" + file;
            String text;
            try (InputStream in = SchemaMigration.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Schema script " + path + " is missing from the class path");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read schema script " + path, e);
            }
            StringBuilder code = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    code.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : code.toString().split(";\\s*(\n|$)")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        }
    }
}
