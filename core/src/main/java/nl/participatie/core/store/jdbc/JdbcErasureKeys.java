package nl.participatie.core.store.jdbc;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import nl.participatie.core.internal.Erasures;

import nl.participatie.core.API;
import nl.participatie.core.trust.ErasureKeys;

/**
 * The keys of erasable personal data in a database table of their own (<i>sleutels voor wisbare gegevens</i>),
 * {@code participatie_erasure_key} (schema version 2, created by {@link SchemaMigration#migrate}). A
 * {@link JdbcEventStore} keeps its keys here, in its own database, unless it is given others
 * ({@link JdbcEventStore#withErasureKeys}): give it a {@code JdbcErasureKeys} on another data source to keep the
 * keys in a database with its own, shorter backup retention. {@link #destroy} is a real {@code DELETE}; keys are
 * not cached, so a key destroyed by one application node is gone for every node at once. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JdbcErasureKeys implements ErasureKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;

    /** The keys in the database of {@code dataSource}, migrated with {@link SchemaMigration#migrate}. */
    public JdbcErasureKeys(DataSource dataSource) {
        this(new Database(dataSource));
    }

    JdbcErasureKeys(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Clock.systemUTC();
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreUnavailableException when the database cannot be reached
     */
    @Override
    public byte[] obtain(String scope) {
        Optional<byte[]> known = find(scope);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        String action = "creating the erasure key " + scope;
        try {
            database.transaction(action, c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO participatie_erasure_key (scope, key_bytes, created_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, scope);
                    ps.setBytes(2, key);
                    ps.setObject(3, now);
                    ps.executeUpdate();
                }
                return null;
            }, e -> SqlFailures.isConflict(e) ? new KeyRace(e) : SqlFailures.translate(action, e));
            return key;
        } catch (KeyRace race) {
            // Another node created the key first: use that one.
            return find(scope).orElseThrow(() -> new StoreIntegrityException(
                    "The erasure key " + scope + " was created and destroyed at the same time", race.getCause()));
        }
    }

    @Override
    public Optional<byte[]> find(String scope) {
        Objects.requireNonNull(scope, "scope");
        return database.call("reading the erasure key " + scope, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT key_bytes FROM participatie_erasure_key WHERE scope = ?")) {
                ps.setString(1, scope);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    @Override
    public boolean destroy(String scope) {
        Objects.requireNonNull(scope, "scope");
        String action = "destroying the erasure key " + scope;
        boolean destroyed = database.transaction(action, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM participatie_erasure_key WHERE scope = ?")) {
                ps.setString(1, scope);
                return ps.executeUpdate() > 0;
            }
        }, e -> SqlFailures.translate(action, e));
        // Counted once the key is gone: a state an engine folds after this count was read without the key.
        Erasures.keyDestroyed();
        return destroyed;
    }

    /** Two nodes created one key at once. */
    private static final class KeyRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyRace(SQLException cause) {
            super(cause);
        }
    }
}
