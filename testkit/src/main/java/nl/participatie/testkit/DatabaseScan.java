package nl.participatie.testkit;

import nl.participatie.core.API;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Looks for text in every column of every table of a database (<i>doorzoeken van de hele database</i>): the test
 * that erasure reached everywhere. It reads each row of each table of the connection's schema whose name starts
 * with a prefix (default {@code participatie_}) as text, binary columns as UTF-8, and reports where a needle was
 * found, case-insensitively.
 *
 * <pre>{@code
 * assertThat(DatabaseScan.of(dataSource).find("Anna de Vries", "anna@example.nl")).isEmpty();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DatabaseScan {

    /** Where a needle was found. */
    public record Hit(String table, String column, String needle) {
    }

    private final DataSource dataSource;
    private final String prefix;

    private DatabaseScan(DataSource dataSource, String prefix) {
        this.dataSource = dataSource;
        this.prefix = prefix.toLowerCase(Locale.ROOT);
    }

    /** A scan of the library's tables ({@code participatie_…}). */
    public static DatabaseScan of(DataSource dataSource) {
        return new DatabaseScan(dataSource, "participatie_");
    }

    /** A scan of every table whose name starts with {@code prefix} ({@code ""}: every table of the schema). */
    public DatabaseScan tablesStartingWith(String prefix) {
        return new DatabaseScan(dataSource, prefix);
    }

    /** The tables scanned, lower case. */
    public List<String> tables() {
        try (Connection c = dataSource.getConnection()) {
            return tables(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables", e);
        }
    }

    /** Every place where any of the needles occurs; empty when none does. */
    public List<Hit> find(String... needles) {
        List<Hit> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables(c)) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String text = text(rs, i);
                            for (String needle : needles) {
                                if (text != null && text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))) {
                                    hits.add(new Hit(table, meta.getColumnName(i).toLowerCase(Locale.ROOT), needle));
                                }
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot scan the database", e);
        }
        return hits;
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return value == null ? null : rs.getString(column);
    }

    private List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith(prefix)) {
                    tables.add(name);
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No table starts with '" + prefix + "' in schema " + c.getSchema()
                    + ": a scan of nothing would prove nothing");
        }
        return tables;
    }
}
