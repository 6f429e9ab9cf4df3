package nl.participatie.core.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** The databases the JDBC stores support, and the few statements that differ between them. */
enum Dialect {

    H2("h2", "?",
            "MERGE INTO participatie_person (person_id, stored_at) KEY (person_id) VALUES (?, ?)", true),
    POSTGRESQL("postgresql", "CAST(? AS jsonb)",
            "INSERT INTO participatie_person (person_id, stored_at) VALUES (?, ?)"
                    + " ON CONFLICT (person_id) DO UPDATE SET stored_at = EXCLUDED.stored_at", false);

    private final String folder;
    private final String jsonParameter;
    private final String upsertPerson;
    private final boolean appendsTakeTheHead;

    Dialect(String folder, String jsonParameter, String upsertPerson, boolean appendsTakeTheHead) {
        this.folder = folder;
        this.jsonParameter = jsonParameter;
        this.upsertPerson = upsertPerson;
        this.appendsTakeTheHead = appendsTakeTheHead;
    }

    /**
     * Whether every append takes the feed's head row until it commits (H2), which makes feed positions consecutive;
     * otherwise (PostgreSQL, schema version 4) positions come from the appending transaction's id and readers stop
     * below the oldest transaction still running (see {@code V4__appends_without_the_head_lock.sql}).
     */
    boolean appendsTakeTheHead() {
        return appendsTakeTheHead;
    }

    /** The dialect of the connection's database, from its metadata. */
    static Dialect of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName();
        if ("H2".equalsIgnoreCase(product)) {
            if (meta.getDatabaseMajorVersion() < 2) {
                throw new IllegalStateException("H2 " + meta.getDatabaseProductVersion()
                        + " is not supported: use H2 2.x");
            }
            return H2;
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("The participatie JDBC stores support H2 2.x and PostgreSQL, not "
                + product + " " + meta.getDatabaseProductVersion());
    }

    /** The classpath folder of this dialect's SQL files. */
    String resourceFolder() {
        return "nl/participatie/core/store/jdbc/" + folder;
    }

    /** The parameter marker of a JSON value. */
    String jsonParameter() {
        return jsonParameter;
    }

    /** Inserts or refreshes a person row (and locks it until commit): person id, stored at. */
    String upsertPerson() {
        return upsertPerson;
    }
}
