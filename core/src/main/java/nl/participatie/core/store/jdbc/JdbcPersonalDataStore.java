package nl.participatie.core.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import nl.participatie.core.API;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.store.StoreException;

/**
 * The personal-data store on a relational database (<i>persoonsgegevens in de database</i>), H2 2.x or
 * PostgreSQL, in the same schema as the {@link JdbcEventStore} (create it with {@link SchemaMigration#migrate}).
 * It keeps what the events never hold: names, contact details, dates of birth, consent. It serves the rights of
 * the AVG/GDPR:
 * <ul>
 *   <li>access (<i>inzage</i>): {@link #get} returns everything held, {@link #held} also when it was stored;</li>
 *   <li>erasure (<i>vergetelheid</i>): {@link #erase} deletes the person's rows (a real {@code DELETE}); the
 *       events keep only the opaque {@link PersonId}, so every audit chain still verifies.</li>
 * </ul>
 * A {@link #put} replaces everything held about the person in one transaction; of two concurrent puts for one
 * person the last to commit wins. Note that a database keeps deleted rows physically until it reclaims the space
 * (PostgreSQL's autovacuum) and in its backups: the vendor's retention of those is part of erasure too.
 * Errors are the documented {@link StoreException}s. Thread-safe; it keeps no connection between calls.
 */
@API(status = API.Status.STABLE)
public final class JdbcPersonalDataStore implements PersonalDataStore {

    private static final int PUT_ATTEMPTS = 5;

    private final Database database;
    private final Clock clock;

    /** A store on the data source; times of storage from the UTC system clock. */
    public JdbcPersonalDataStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** A store on the data source with the clock that dates each {@link #put}. */
    public JdbcPersonalDataStore(DataSource dataSource, Clock clock) {
        this.database = new Database(dataSource);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreIntegrityException   when the database refuses a value (on PostgreSQL: a NUL character)
     * @throws StoreUnavailableException when the database cannot be reached; nothing was changed
     */
    @Override
    public void put(PersonalData data) {
        Objects.requireNonNull(data, "data");
        String action = "storing the personal data of " + data.person();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        for (int attempt = 1; ; attempt++) {
            try {
                database.transaction(action, c -> {
                    write(c, data, now);
                    return null;
                }, e -> SqlFailures.isConflict(e) ? new ConcurrentPut(e) : SqlFailures.translate(action, e));
                return;
            } catch (ConcurrentPut race) {
                // Two first puts of one person raced to insert the person row: the other committed; go again.
                if (attempt == PUT_ATTEMPTS) {
                    throw new StoreIntegrityException("Could not store the personal data of " + data.person()
                            + ": concurrent writes kept conflicting", race.getCause());
                }
            }
        }
    }

    @Override
    public Optional<PersonalData> get(PersonId person) {
        return held(person).map(HeldPersonalData::data);
    }

    /**
     * What is held about a person, with when it was stored: the answer to an access request (<i>inzageverzoek</i>).
     * Empty when nothing is held.
     */
    public Optional<HeldPersonalData> held(PersonId person) {
        Objects.requireNonNull(person, "person");
        return database.call("reading the personal data of " + person, c -> {
            Instant storedAt;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT stored_at FROM participatie_person WHERE person_id = ?")) {
                ps.setString(1, person.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    storedAt = rs.getObject(1, OffsetDateTime.class).toInstant();
                }
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT attribute, attribute_value"
                    + " FROM participatie_person_attribute WHERE person_id = ? ORDER BY attribute")) {
                ps.setString(1, person.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        attributes.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            try {
                return Optional.of(new HeldPersonalData(PersonalData.of(person, attributes), storedAt));
            } catch (RuntimeException e) {
                throw new StoreIntegrityException("The stored personal data of " + person + " cannot be read back: "
                        + e.getMessage(), e);
            }
        });
    }

    /**
     * {@inheritDoc} The rows are deleted in one transaction; afterwards no table of the library holds the
     * person's data.
     */
    @Override
    public boolean erase(PersonId person) {
        Objects.requireNonNull(person, "person");
        String action = "erasing the personal data of " + person;
        return database.transaction(action, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM participatie_person_attribute WHERE person_id = ?")) {
                ps.setString(1, person.value());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM participatie_person WHERE person_id = ?")) {
                ps.setString(1, person.value());
                return ps.executeUpdate() > 0;
            }
        }, e -> SqlFailures.translate(action, e));
    }

    private void write(Connection c, PersonalData data, OffsetDateTime now) throws SQLException {
        String person = data.person().value();
        // Inserting or updating the person row first locks it until commit: puts of one person take turns.
        try (PreparedStatement ps = c.prepareStatement(database.dialect().upsertPerson())) {
            ps.setString(1, person);
            ps.setObject(2, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM participatie_person_attribute WHERE person_id = ?")) {
            ps.setString(1, person);
            ps.executeUpdate();
        }
        if (data.attributes().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO participatie_person_attribute (person_id, attribute, attribute_value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> a : data.attributes().entrySet()) {
                ps.setString(1, person);
                ps.setString(2, a.getKey());
                ps.setString(3, a.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * What is held about one person (<i>vastgelegde persoonsgegevens</i>), as shown on an access request.
     *
     * @param data     everything held
     * @param storedAt when it was last stored, to the microsecond
     */
    public record HeldPersonalData(PersonalData data, Instant storedAt) {

        public HeldPersonalData {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(storedAt, "storedAt");
        }
    }

    /** Internal signal: a put lost a race on the person row and is tried again. */
    private static final class ConcurrentPut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConcurrentPut(SQLException cause) {
            super(cause);
        }
    }
}
