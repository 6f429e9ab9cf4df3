package nl.participatie.core.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;

import javax.sql.DataSource;

import nl.participatie.core.API;
import nl.participatie.core.link.ReactorPositions;

/**
 * The positions of reactors in the database (<i>leesposities in de database</i>), in
 * {@code participatie_reactor_position} (schema version 3): each save is its own transaction, after the entry's
 * reactions were recorded, so a crash between the two makes the reactor see that entry again — and find its records
 * by their cause ({@link nl.participatie.core.link.Reactor}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JdbcReactorPositions implements ReactorPositions {

    private static final String READ = "SELECT last_position FROM participatie_reactor_position WHERE reactor = ?";
    private static final String UPDATE = "UPDATE participatie_reactor_position SET last_position = ? WHERE reactor = ?";
    private static final String INSERT = "INSERT INTO participatie_reactor_position (reactor, last_position) VALUES (?, ?)";

    private final Database database;

    /** Positions in the database of the data source, migrated with {@link SchemaMigration#migrate}. */
    public JdbcReactorPositions(DataSource dataSource) {
        this.database = new Database(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public long position(String reactor) {
        Objects.requireNonNull(reactor, "reactor");
        return database.call("reading the position of reactor " + reactor, c -> {
            try (PreparedStatement ps = c.prepareStatement(READ)) {
                ps.setString(1, reactor);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public void save(String reactor, long position) {
        Objects.requireNonNull(reactor, "reactor");
        String action = "saving the position of reactor " + reactor;
        database.transaction(action, c -> {
            try (PreparedStatement update = c.prepareStatement(UPDATE)) {
                update.setLong(1, position);
                update.setString(2, reactor);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                insert.setString(1, reactor);
                insert.setLong(2, position);
                insert.executeUpdate();
            }
            return null;
        }, e -> SqlFailures.translate(action, e));
    }
}
