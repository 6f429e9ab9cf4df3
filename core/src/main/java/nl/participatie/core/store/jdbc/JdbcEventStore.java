package nl.participatie.core.store.jdbc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import nl.participatie.core.API;
import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.internal.AppendBatch;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.link.Link;
import nl.participatie.core.link.LinkLimit;
import nl.participatie.core.link.RecordReference;
import nl.participatie.core.store.ConcurrencyConflictException;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.StoreException;
import nl.participatie.core.store.StoredHistory;
import nl.participatie.core.trust.ErasureKeys;
import nl.participatie.core.trust.StoreHeads;
import nl.participatie.core.trust.StreamHead;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * The event store on a relational database (<i>gebeurtenissenopslag in de database</i>): an embedded H2 2.x
 * (file or in memory, the default of the examples) or PostgreSQL in production. The library never owns the
 * database: the vendor passes a {@link DataSource} (its own pool, or a plain data source) and creates the tables
 * once with {@link SchemaMigration#migrate}.
 *
 * <pre>{@code
 * SchemaMigration.migrate(dataSource);
 * EventStore store = new JdbcEventStore(dataSource);
 * ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine =
 *     ProcessEngine.builder(BurgersAanHetStuurWorkflow.INITIATIVES).store(store).build();   // participatie-burgers-aan-het-stuur
 * }</pre>
 * The store is given no format: the engine hands it its own when it is built ({@link #withFormat}), so the format
 * is configured once, on the engine. The store caches nothing; the engine's state cache
 * ({@code ProcessEngine.Builder.cacheStates}) is the one cache (see {@code core/STORAGE.md}).
 *
 * <p><b>Appends</b> are one transaction each: all events of the batch or none. A second append at the same
 * expected version fails on the database, not by luck: the primary key (stream type, stream id, sequence) refuses a
 * duplicate sequence, reported as {@link ConcurrencyConflictException}; the engine then decides again on the fresh
 * state. On <b>PostgreSQL</b> (schema version 4) appends to different streams take no common lock: each row is
 * inserted only after its predecessor in the stream, and its feed position is made from the appending transaction's
 * id (see {@link #readAll} and {@code core/STORAGE.md}). On <b>H2</b> appends take the feed's head row in turn
 * (by updating it) and check the stream's version under it, so its feed positions are consecutive and
 * in commit order; within one JVM they first wait for their turn in a fair lock per database, shared by all stores
 * on it, because H2 under contention now and then lets a second transaction take a row another one holds;
 * positions come from the larger of the head row and the highest stored position, so a head row that fell behind
 * (or was set back by hand) is repaired by the next append; a position found taken is never reported as a conflict
 * of the stream. Many application nodes can share the database.
 *
 * <p><b>One encoding per record</b> (schema version 5): a row keeps the record's canonical bytes, the bytes its hash
 * was computed over ({@link RecordedEvent#canonical()}, written once, by the audit trail), and the record is read
 * back from those bytes; the other columns are written from the same record as the index the store queries by. So
 * {@link nl.participatie.core.AuditTrail#verify} of a stream read back hashes exactly the bytes that were stored, and
 * a change to the bytes is found by it. Rows stored before version 5, and rows of a format that cannot read
 * canonical bytes back ({@link EventFormat#readsCanonicalBytes()}), keep the event's JSON (on PostgreSQL in a
 * {@code jsonb} column) and are read from their columns, which verify writes again to hash. Times are kept to the
 * microsecond, as {@link nl.participatie.core.AuditTrail#record} makes them.
 *
 * <p><b>The global feed</b> ({@link #readAll}) is the outbox for projections and for vendors who publish events
 * to their own message bus. To track your position, keep the position of the last entry you handled in your own
 * table, updated in the same transaction as the effect of handling it (or make handling idempotent), and poll:
 *
 * <pre>{@code
 * long position = myOffsets.load("bus-publisher");          // 0 the first time
 * for (FeedEntry entry : store.readAll(position, 500)) {
 *     bus.publish(entry.event());
 *     position = entry.position();
 *     myOffsets.save("bus-publisher", position);
 * }
 * }</pre>
 *
 * <p><b>Errors</b> are never swallowed: a database that cannot be reached gives {@link StoreUnavailableException},
 * a missing or outdated schema {@link SchemaMissingException} or {@link SchemaVersionException}, refused or
 * unreadable data {@link StoreIntegrityException}; a failed append has written nothing. Only when the connection
 * breaks during the commit itself is the outcome unknown (the exception says so): read the stream before retrying.
 * Thread-safe; it keeps no connection between calls.
 */
@API(status = API.Status.STABLE)
public final class JdbcEventStore implements EventStore {

    private static final String COLUMNS = "sequence_no, type_id, event_json, recorded_at, actor_person, actor_role, "
            + "step, previous_hash, hash, cause_stream_type, cause_stream_id, cause_sequence_no, cause_hash, canonical_record";
    private static final String READ_STREAM = "SELECT " + COLUMNS + " FROM participatie_event"
            + " WHERE stream_type = ? AND stream_id = ? AND sequence_no >= ? ORDER BY sequence_no";
    private static final String READ_ALL = "SELECT global_position, stream_type, stream_id, " + COLUMNS
            + " FROM participatie_event WHERE global_position > ? ORDER BY global_position LIMIT ?";
    /**
     * On PostgreSQL (schema version 4): the position below which no transaction still running, nor any that starts
     * later, can add an event. A position is the appending transaction's id times 2^20 plus the event's place in the
     * append; every running or later transaction has an id of at least the snapshot's xmin.
     */
    private static final String SETTLED_BOUND = "(pg_snapshot_xmin(pg_current_snapshot())::text::bigint << "
            + AppendPositions.SHIFT + ")";
    private static final String READ_ALL_SETTLED = "SELECT global_position, stream_type, stream_id, " + COLUMNS
            + " FROM participatie_event WHERE global_position > ? AND global_position < " + SETTLED_BOUND
            + " ORDER BY global_position LIMIT ?";
    private static final String LAST_POSITION_SETTLED = "SELECT COALESCE(MAX(global_position), 0) FROM participatie_event"
            + " WHERE global_position < " + SETTLED_BOUND;
    private static final String VERSION = "SELECT MAX(sequence_no) FROM participatie_event"
            + " WHERE stream_type = ? AND stream_id = ?";
    private static final String LAST_POSITION = "SELECT GREATEST(last_position, (SELECT COALESCE(MAX(global_position), 0)"
            + " FROM participatie_event)) FROM participatie_event_head WHERE id = 1";
    /**
     * Takes the head row (H2) and moves it on by the append's events, returning the new head: the update holds the
     * row until the append commits or rolls back, and a rollback puts the old value back.
     */
    private static final String TAKE_HEAD = "SELECT last_position FROM FINAL TABLE (UPDATE participatie_event_head"
            + " SET last_position = last_position + ? WHERE id = 1)";
    /** The highest stored position and the stream's version, read in a statement after the head row was taken. */
    private static final String POSITION_AND_VERSION = "SELECT (SELECT COALESCE(MAX(global_position), 0)"
            + " FROM participatie_event), (SELECT COALESCE(MAX(sequence_no), 0) FROM participatie_event"
            + " WHERE stream_type = ? AND stream_id = ?)";
    private static final String HEADS = "SELECT e.stream_type, e.stream_id, e.sequence_no, e.hash FROM participatie_event e"
            + " JOIN (SELECT stream_type, stream_id, MAX(sequence_no) AS last_no FROM participatie_event"
            + " WHERE global_position <= ? GROUP BY stream_type, stream_id) m"
            + " ON e.stream_type = m.stream_type AND e.stream_id = m.stream_id AND e.sequence_no = m.last_no";
    private static final String SET_HEAD = "UPDATE participatie_event_head SET last_position = ? WHERE id = 1";
    private static final String LINK_COLUMNS = "link_type, source_type, source_id, target_type, target_id,"
            + " recorded_stream_type, recorded_stream_id, recorded_sequence_no, recorded_hash,"
            + " anchor_stream_type, anchor_stream_id, anchor_sequence_no, anchor_hash";
    private static final String INSERT_LINK = "INSERT INTO participatie_link (" + LINK_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINKS_FROM = "SELECT " + LINK_COLUMNS + " FROM participatie_link"
            + " WHERE source_type = ? AND source_id = ?";
    private static final String LINKS_TO = "SELECT " + LINK_COLUMNS + " FROM participatie_link"
            + " WHERE target_type = ? AND target_id = ?";
    private static final String INSERT_COLUMNS = "INSERT INTO participatie_event (stream_type, stream_id, sequence_no,"
            + " global_position, type_id, event_json, recorded_at, actor_person, actor_role, step, previous_hash, hash,"
            + " cause_stream_type, cause_stream_id, cause_sequence_no, cause_hash, canonical_record)";
    /** The most rows one multi-row insert holds on PostgreSQL (17 parameters each, far below the driver's limit). */
    private static final int ROWS_PER_INSERT = 1000;
    /** A row of values of the multi-row insert: the columns of {@link #bindRow}, the position as the row's place. */
    private static final String VALUES_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** PostgreSQL's insert of a single event, the most common append, made once. */
    private static final String INSERT_ONE_AFTER_PREDECESSOR = insertAfterPredecessor(1);
    /** How often an append tries again when its feed position turns out to be taken; see {@link #append}. */
    private static final int POSITION_ATTEMPTS = 3;

    private final Database database;
    private final ErasureKeys keys;
    private final EventFormat format;
    private final boolean formatGiven;

    /**
     * A store on the data source, keeping the keys of erasable personal data in the same database
     * ({@link JdbcErasureKeys}). An engine given this store hands it the engine's format when it is built
     * ({@link #withFormat}); used on its own (the feed, a tool) it reads and writes with
     * {@link ParticipatieJson#defaults()} and these keys.
     */
    public JdbcEventStore(DataSource dataSource) {
        this(new Database(dataSource));
    }

    private JdbcEventStore(Database database) {
        this(database, new JdbcErasureKeys(database), null, false);
    }

    private JdbcEventStore(Database database, ErasureKeys keys, EventFormat format, boolean formatGiven) {
        this.database = database;
        this.keys = keys;
        this.format = format != null ? format : ParticipatieJson.defaults().withErasureKeys(keys);
        this.formatGiven = formatGiven;
    }

    /**
     * This store with its erasure keys elsewhere: for example a {@link JdbcErasureKeys} on a database of its own,
     * with a shorter backup retention than the events', or the vendor's key service. Call it before the store is
     * given to an engine.
     *
     * @throws IllegalStateException when this store was already given a format (the format seals with the keys)
     */
    public JdbcEventStore withErasureKeys(ErasureKeys other) {
        Objects.requireNonNull(other, "keys");
        if (formatGiven) {
            throw new IllegalStateException("Give a JdbcEventStore its erasure keys before its format (before the engine"
                    + " is built): the format seals erasable values with them");
        }
        return new JdbcEventStore(database, other, null, false);
    }

    /** The keys erasable personal data in this store is sealed with. */
    @Override
    public Optional<ErasureKeys> erasureKeys() {
        return Optional.of(keys);
    }

    /**
     * This store on the same database, writing and reading events with the given format, sealing erasable values
     * with this store's keys when the format has none of its own. The engine calls it with its own format when it
     * is built, so the format is configured in one place, the engine's builder; call it yourself only for a store
     * you use without an engine (for example to read the feed with a format of your own).
     *
     * @throws IllegalStateException when this store was already given another format: a store and its engine must
     *                               never disagree about how events are written, so the second format is refused
     */
    @Override
    public JdbcEventStore withFormat(EventFormat other) {
        Objects.requireNonNull(other, "format");
        if (other.erasureKeys().isEmpty()) {
            other = other.withErasureKeys(keys);
        }
        if (other == format) {
            return formatGiven ? this : new JdbcEventStore(database, keys, other, true);
        }
        if (formatGiven) {
            throw new IllegalStateException("This JdbcEventStore already writes events with " + format
                    + " and is now given " + other + ": set the format once, on the engine's builder (format(...)),"
                    + " and pass the store without one");
        }
        return new JdbcEventStore(database, keys, other, true);
    }

    /** The format this store writes and reads events with. */
    public EventFormat format() {
        return format;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException  when an event is of another stream, out of sequence, or has a time finer
     *                                   than a microsecond (which the database would round, breaking its hash)
     * @throws StoreUnavailableException when the database cannot be reached; nothing was written
     * @throws StoreIntegrityException   when the database refuses a value; nothing was written
     */
    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events) {
        append(stream, expectedVersion, events, List.of());
    }

    /** {@inheritDoc} The links are rows of {@code participatie_link}, inserted in the append's transaction. */
    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events, List<Link> links) {
        append(stream, expectedVersion, events, links, List.of());
    }

    /**
     * {@inheritDoc} The limits are checked against {@code participatie_link} where no other append's links can come
     * between the check and this append's insert: on H2 after the append has taken the row of
     * {@code participatie_event_head}, which every append holds until it commits; on PostgreSQL after it has taken a
     * transaction-scoped advisory lock per limit (so only appends that check the same limit wait for each other). The
     * PostgreSQL check relies on READ COMMITTED, PostgreSQL's default isolation, which the store's connections must
     * keep.
     */
    @Override
    public void append(StreamId stream, long expectedVersion, List<? extends RecordedEvent<?>> events, List<Link> links,
                       List<LinkLimit> limits) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(limits, "limits");
        AppendBatch.check(stream, expectedVersion, events);
        List<Row> rows = new ArrayList<>(events.size());
        for (RecordedEvent<?> event : events) {
            if (event.recordedAt().getNano() % 1000 != 0) {
                throw new IllegalArgumentException("Event " + stream + "#" + event.sequence() + " was recorded at "
                        + event.recordedAt() + ", finer than a microsecond: record it with AuditTrail.record");
            }
            rows.add(row(event));
        }
        if (rows.isEmpty()) {
            long actual = version(stream);
            if (actual != expectedVersion) {
                throw new ConcurrencyConflictException(stream, expectedVersion, actual);
            }
            return;
        }
        boolean headTaken = database.dialect().appendsTakeTheHead();
        if (!headTaken && rows.size() > AppendPositions.MAX_EVENTS) {
            throw new IllegalArgumentException("An append to " + stream + " holds " + rows.size()
                    + " events; on PostgreSQL one append holds at most " + AppendPositions.MAX_EVENTS);
        }
        String action = "appending to " + stream;
        ReentrantLock turn = headTaken ? database.appendTurn() : null;
        for (int attempt = 1; ; attempt++) {
            if (turn != null) {
                takeTurn(turn, action);
            }
            try {
                database.transaction(action, c -> {
                    if (!headTaken) {
                        insertAfterPredecessors(c, stream, expectedVersion, rows);
                        if (!limits.isEmpty()) {
                            lockLimits(c, limits);
                            checkLimits(c, limits, links);
                        }
                        if (!links.isEmpty()) {
                            insertLinks(c, links);
                        }
                        return null;
                    }
                    long first = takeHead(c, rows.size()) - rows.size() + 1;
                    long[] stored = positionAndVersion(c, stream);
                    if (stored[1] != expectedVersion) {
                        throw new ConcurrencyConflictException(stream, expectedVersion, stored[1]);
                    }
                    if (stored[0] >= first) {
                        // The head row was behind the stored events (set back by hand): it is repaired here.
                        first = stored[0] + 1;
                        setHead(c, first + rows.size() - 1);
                    }
                    insert(c, stream, rows, first);
                    if (!limits.isEmpty()) {
                        checkLimits(c, limits, links);
                    }
                    if (!links.isEmpty()) {
                        insertLinks(c, links);
                    }
                    return null;
                }, e -> SqlFailures.isUniqueViolation(e) ? new UniqueViolation(e)
                        : SqlFailures.isConflict(e) ? new ConcurrencyConflictException(stream, expectedVersion, -1, e)
                        : SqlFailures.translate(action, e));
                break;
            } catch (UniqueViolation violation) {
                // Either key: the primary key (another append took this sequence) or the feed's position. Only the
                // first is a conflict of the stream; the second must never reach the engine as one.
                long actual = version(stream);
                if (actual != expectedVersion) {
                    throw new ConcurrencyConflictException(stream, expectedVersion, actual, violation.getCause());
                }
                if (attempt == POSITION_ATTEMPTS) {
                    throw new StoreIntegrityException("The feed position for " + stream + " was taken " + attempt
                            + " times in a row although " + (headTaken ? "each append holds the row of participatie_event_head"
                            : "positions come from the appending transaction's id") + ": another writer appends to"
                            + " participatie_event outside this store"
                            + SqlFailures.detail((SQLException) violation.getCause()),
                            violation.getCause());
                }
            } finally {
                if (turn != null) {
                    turn.unlock();
                }
            }
        }
    }

    /** Waits for this JVM's turn to append to the H2 database (see {@code Database.appendTurn}). */
    private static void takeTurn(ReentrantLock turn, String action) {
        try {
            turn.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while waiting for the turn for " + action
                    + ": nothing was appended", e);
        }
    }

    @Override
    public List<RecordedEvent<?>> read(StreamId stream, long fromSequence) {
        Objects.requireNonNull(stream, "stream");
        return query(stream, Math.max(1, fromSequence));
    }

    private List<RecordedEvent<?>> query(StreamId stream, long fromSequence) {
        return database.call("reading " + stream, c -> {
            try (PreparedStatement ps = c.prepareStatement(READ_STREAM)) {
                ps.setString(1, stream.type());
                ps.setString(2, stream.id());
                ps.setLong(3, fromSequence);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Stored> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(stored(rs, stream, 1));
                    }
                    return out;
                }
            }
        }).stream().<RecordedEvent<?>>map(this::event).toList();
    }

    /** {@inheritDoc} Reads the rows themselves and reports the first one that can no longer be read. */
    @Override
    public StoredHistory readStored(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        List<Stored> rows = database.call("reading " + stream + " to verify it", c -> {
            try (PreparedStatement ps = c.prepareStatement(READ_STREAM)) {
                ps.setString(1, stream.type());
                ps.setString(2, stream.id());
                ps.setLong(3, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Stored> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(stored(rs, stream, 1));
                    }
                    return out;
                }
            }
        });
        List<RecordedEvent<?>> out = new ArrayList<>(rows.size());
        for (Stored row : rows) {
            try {
                out.add(event(row));
            } catch (StoreIntegrityException unreadable) {
                return new StoredHistory(out, row.sequence(), unreadable.getMessage());
            }
        }
        return StoredHistory.complete(out);
    }

    @Override
    public long version(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        return database.call("reading the version of " + stream, c -> version(c, stream));
    }

    /**
     * The global feed (outbox): at most {@code limit} events of every stream with a position after
     * {@code afterPosition}, in position order. Start with 0; then pass the position of the last entry handled.
     * An empty list means the reader is up to date. See the class documentation for tracking the position. No event
     * ever commits below a position this returned: on H2 because appends take the head row in turn; on PostgreSQL
     * because it returns only positions below the oldest transaction still running in the cluster, which every
     * append still open or yet to start is at or above ({@link #feedPositionsConsecutive()}).
     *
     * @param afterPosition the position of the last entry already handled, 0 to start at the beginning
     * @param limit         the most entries to return, 1 or more
     */
    public List<FeedEntry> readAll(long afterPosition, int limit) {
        if (afterPosition < 0) {
            throw new IllegalArgumentException("afterPosition must be 0 or more, was " + afterPosition);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        return database.call("reading the event feed after position " + afterPosition, c -> {
            String sql = database.dialect().appendsTakeTheHead() ? READ_ALL : READ_ALL_SETTLED;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, afterPosition);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Stored> out = new ArrayList<>();
                    while (rs.next()) {
                        StreamId stream = streamId(rs.getString(2), rs.getString(3), rs.getLong(1));
                        out.add(stored(rs, stream, 4));
                    }
                    return out;
                }
            }
        }).stream().map(row -> new FeedEntry(row.position(), event(row))).toList();
    }

    /**
     * The position of the newest event a feed reader can read now; 0 when the store is empty. For monitoring a reader's
     * lag: on H2 positions are consecutive, so it is also the number of events; on PostgreSQL they are not (see
     * {@link #feedPositionsConsecutive()}).
     */
    public long lastPosition() {
        return database.call("reading the last feed position", c -> {
            boolean headTaken = database.dialect().appendsTakeTheHead();
            try (PreparedStatement ps = c.prepareStatement(headTaken ? LAST_POSITION : LAST_POSITION_SETTLED);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SchemaMissingException("The row of participatie_event_head is missing: run "
                            + "SchemaMigration.migrate(dataSource)", null);
                }
                return rs.getLong(1);
            }
        });
    }

    /**
     * Whether the feed's positions are consecutive numbers from 1 (H2: every append takes the feed's head row in
     * turn), so that a missing number means a missing event. On PostgreSQL (schema version 4) appends to different
     * streams run at the same time and a position is made from the appending transaction's id: positions increase in
     * the feed's order, with holes between appends, and a reader still never skips an event that commits late
     * ({@code core/STORAGE.md}).
     */
    public boolean feedPositionsConsecutive() {
        return database.dialect().appendsTakeTheHead();
    }

    /**
     * {@inheritDoc} Read as of the feed's last position: the feed is gap-free and in commit order, so the heads of
     * every event up to that position are one consistent state, whatever commits meanwhile.
     */
    @Override
    public StoreHeads heads() {
        long position = lastPosition();
        return database.call("reading the heads of all streams up to feed position " + position, c -> {
            try (PreparedStatement ps = c.prepareStatement(HEADS)) {
                ps.setLong(1, position);
                try (ResultSet rs = ps.executeQuery()) {
                    List<StreamHead> heads = new ArrayList<>();
                    while (rs.next()) {
                        heads.add(new StreamHead(StreamId.of(rs.getString(1), rs.getString(2)), rs.getLong(3), rs.getString(4)));
                    }
                    return new StoreHeads(position, heads);
                }
            }
        });
    }

    @Override
    public List<Link> linksFrom(StreamId stream) {
        return links(LINKS_FROM, stream, "reading the links from " + stream);
    }

    @Override
    public List<Link> linksTo(StreamId stream) {
        return links(LINKS_TO, stream, "reading the links to " + stream);
    }

    private List<Link> links(String sql, StreamId stream, String action) {
        Objects.requireNonNull(stream, "stream");
        return database.call(action, c -> {
            try {
                return links(c, sql, stream);
            } catch (LinkQueryFailed f) {
                throw f.sql();
            }
        });
    }

    private static void checkLimits(Connection c, List<LinkLimit> limits, List<Link> links) throws SQLException {
        try {
            LinkLimit.check(limits, links, at -> links(c, LINKS_FROM, at), at -> links(c, LINKS_TO, at));
        } catch (LinkQueryFailed f) {
            throw f.sql();
        }
    }

    /**
     * PostgreSQL: takes a transaction-scoped advisory lock per limit, in a fixed order (no deadlock between two
     * appends with the same limits), so an append that checks a limit waits until every other append holding it has
     * committed or rolled back; under READ COMMITTED, PostgreSQL's default, the check that follows then sees the
     * other's links. Appends without limits take none of these locks. Two limits whose keys' hashes collide only wait
     * for each other, which costs time, never correctness.
     */
    private static void lockLimits(Connection c, List<LinkLimit> limits) throws SQLException {
        long[] keys = limits.stream().mapToLong(JdbcEventStore::limitKey).sorted().distinct().toArray();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            for (long key : keys) {
                ps.setLong(1, key);
                ps.execute();
            }
        }
    }

    private static long limitKey(LinkLimit limit) {
        String text = "participatie-link-limit\0" + limit.type() + "\0" + limit.end() + "\0"
                + limit.stream().type() + "\0" + limit.stream().id();
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        return ByteBuffer.wrap(digest).getLong();
    }

    private static List<Link> links(Connection c, String sql, StreamId stream) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, stream.type());
            ps.setString(2, stream.id());
            try (ResultSet rs = ps.executeQuery()) {
                List<Link> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(link(rs));
                }
                return List.copyOf(out);
            }
        } catch (SQLException e) {
            throw new LinkQueryFailed(e);
        }
    }

    private static Link link(ResultSet rs) throws SQLException {
        try {
            return new Link(rs.getString(1), StreamId.of(rs.getString(2), rs.getString(3)),
                    StreamId.of(rs.getString(4), rs.getString(5)),
                    new RecordReference(StreamId.of(rs.getString(6), rs.getString(7)), rs.getLong(8), rs.getString(9)),
                    new RecordReference(StreamId.of(rs.getString(10), rs.getString(11)), rs.getLong(12), rs.getString(13)));
        } catch (RuntimeException e) {
            throw new StoreIntegrityException("A stored link of " + rs.getString(6) + "/" + rs.getString(7) + "#"
                    + rs.getLong(8) + " cannot be read back: " + e.getMessage(), e);
        }
    }

    private static void insertLinks(Connection c, List<Link> links) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINK)) {
            for (Link l : links) {
                ps.setString(1, l.type());
                ps.setString(2, l.source().type());
                ps.setString(3, l.source().id());
                ps.setString(4, l.target().type());
                ps.setString(5, l.target().id());
                ps.setString(6, l.recordedBy().stream().type());
                ps.setString(7, l.recordedBy().stream().id());
                ps.setLong(8, l.recordedBy().sequence());
                ps.setString(9, l.recordedBy().hash());
                ps.setString(10, l.anchor().stream().type());
                ps.setString(11, l.anchor().stream().id());
                ps.setLong(12, l.anchor().sequence());
                ps.setString(13, l.anchor().hash());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Takes the head row of the feed until commit, moved on by {@code events}, and returns its new value. Taking the
     * row puts appends in turn, which keeps the feed in commit order; its value is only a lower bound (see
     * {@link #append}).
     */
    private static long takeHead(Connection c, int events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TAKE_HEAD)) {
            ps.setLong(1, events);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SchemaMissingException("The row of participatie_event_head is missing: run "
                            + "SchemaMigration.migrate(dataSource)", null);
                }
                return rs.getLong(1);
            }
        }
    }

    /** The highest stored feed position and the stream's version, as of now (a statement after the head row). */
    private static long[] positionAndVersion(Connection c, StreamId stream) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(POSITION_AND_VERSION)) {
            ps.setString(1, stream.type());
            ps.setString(2, stream.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static void setHead(Connection c, long last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SET_HEAD)) {
            ps.setLong(1, last);
            ps.executeUpdate();
        }
    }

    private static long version(Connection c, StreamId stream) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VERSION)) {
            ps.setString(1, stream.type());
            ps.setString(2, stream.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void insert(Connection c, StreamId stream, List<Row> rows, long firstPosition) throws SQLException {
        String sql = INSERT_COLUMNS + " VALUES (?, ?, ?, ?, ?, " + database.dialect().jsonParameter()
                + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            long position = firstPosition;
            for (Row row : rows) {
                bindRow(ps, 0, stream, row, position++);
                if (rows.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
            }
            if (rows.size() > 1) {
                ps.executeBatch();
            }
        }
    }

    /**
     * Inserts the rows without a lock beyond their own keys (PostgreSQL): only when the row before the first of them
     * in the stream is there (or it is the first of the stream), so an append behind or ahead of the stream inserts
     * nothing; two appends at the same version meet on the primary key, where the second waits for the first and
     * then fails. The position is the transaction's id, which PostgreSQL gives it at this first write, times 2^20
     * plus the row's place: an append that follows another in the stream wrote after that one committed, so it has
     * the larger id. A batch goes in as multi-row inserts of up to {@value #ROWS_PER_INSERT} rows: each after the one
     * before it, whose rows this transaction sees.
     */
    private void insertAfterPredecessors(Connection c, StreamId stream, long expectedVersion, List<Row> rows)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Row> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = part.size() == 1 ? INSERT_ONE_AFTER_PREDECESSOR : insertAfterPredecessor(part.size());
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int place = from;
                for (int i = 0; i < part.size(); i++) {
                    bindRow(ps, 17 * i, stream, part.get(i), place++);
                }
                bindPredecessor(ps, 17 * part.size(), stream, part.get(0));
                if (ps.executeUpdate() != part.size()) {
                    throw new ConcurrencyConflictException(stream, expectedVersion, version(c, stream));
                }
            }
        }
    }

    /** PostgreSQL's insert of {@code count} rows of values, after the first row's predecessor; see above. */
    private static String insertAfterPredecessor(int count) {
        StringBuilder sql = new StringBuilder(INSERT_COLUMNS.length() + 600 + count * (VALUES_ROW.length() + 2))
                .append(INSERT_COLUMNS)
                .append(" SELECT v.st, v.si, v.sn, (pg_current_xact_id()::text::bigint << ").append(AppendPositions.SHIFT)
                .append(") + v.place, v.ti, CAST(v.ej AS jsonb), v.ra, v.ap, v.ar, v.step, v.ph, v.h, v.cst, v.csi, v.csn,")
                .append(" v.ch, v.cr FROM (VALUES ");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append(VALUES_ROW);
        }
        return sql.append(") AS v(st, si, sn, place, ti, ej, ra, ap, ar, step, ph, h, cst, csi, csn, ch, cr)")
                .append(" WHERE ? OR EXISTS (SELECT 1 FROM participatie_event")
                .append(" WHERE stream_type = ? AND stream_id = ? AND sequence_no = ?)").toString();
    }

    /**
     * The condition of a PostgreSQL insert, the four parameters after {@code offset}: the row is its stream's first,
     * or its predecessor is stored.
     */
    private static void bindPredecessor(PreparedStatement ps, int offset, StreamId stream, Row row) throws SQLException {
        long sequence = row.event().sequence();
        ps.setBoolean(offset + 1, sequence == 1);
        ps.setString(offset + 2, stream.type());
        ps.setString(offset + 3, stream.id());
        ps.setLong(offset + 4, sequence - 1);
    }

    /**
     * The columns of one event row, parameters {@code offset + 1} to {@code offset + 17} of the inserts; the position
     * is parameter {@code offset + 4}.
     */
    private static void bindRow(PreparedStatement ps, int offset, StreamId stream, Row row, long position)
            throws SQLException {
        RecordedEvent<?> r = row.event();
        ps.setString(offset + 1, stream.type());
        ps.setString(offset + 2, stream.id());
        ps.setLong(offset + 3, r.sequence());
        ps.setLong(offset + 4, position);
        ps.setString(offset + 5, row.typeId());
        ps.setString(offset + 6, row.json());
        ps.setObject(offset + 7, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
        ps.setString(offset + 8, r.actor().person().value());
        ps.setString(offset + 9, r.actor().role().code());
        ps.setString(offset + 10, r.step());
        ps.setString(offset + 11, r.previousHash());
        ps.setString(offset + 12, r.hash());
        RecordReference cause = r.cause();
        ps.setString(offset + 13, cause == null ? null : cause.stream().type());
        ps.setString(offset + 14, cause == null ? null : cause.stream().id());
        if (cause == null) {
            ps.setNull(offset + 15, java.sql.Types.BIGINT);
        } else {
            ps.setLong(offset + 15, cause.sequence());
        }
        ps.setString(offset + 16, cause == null ? null : cause.hash());
        ps.setBytes(offset + 17, row.canonical());
    }

    /**
     * The columns of a stored event, taken out of the row as they are. Reads copy the rows first and decode them after
     * the connection is back in the pool: decoding an erasable value asks the erasure keys, which may take a connection
     * of their own, and a reader holding one connection while waiting for a second can exhaust a pool under load.
     */
    private record Stored(long position, StreamId stream, long sequence, String typeId, String json, OffsetDateTime at,
                          String person, String role, String step, String previousHash, String hash, String causeType,
                          String causeId, long causeSequence, String causeHash, byte[] canonical) {
    }

    /** The columns of the current row, whose sequence column is at {@code first} (the feed's position, if any, at 1). */
    private static Stored stored(ResultSet rs, StreamId stream, int first) throws SQLException {
        return new Stored(first > 1 ? rs.getLong(1) : 0, stream, rs.getLong(first), rs.getString(first + 1),
                rs.getString(first + 2), rs.getObject(first + 3, OffsetDateTime.class), rs.getString(first + 4),
                rs.getString(first + 5), rs.getString(first + 6), rs.getString(first + 7), rs.getString(first + 8),
                rs.getString(first + 9), rs.getString(first + 10), rs.getLong(first + 11), rs.getString(first + 12),
                rs.getBytes(first + 13));
    }

    /** The recorded event of stored columns; a failure of the store while decoding (an erasure key) stays one. */
    private RecordedEvent<?> event(Stored row) {
        try {
            if (row.canonical() != null) {
                return fromCanonicalBytes(row);
            }
            Object event = format.fromJson(row.typeId(), row.json());
            Instant recordedAt = row.at().toInstant();
            Actor actor = Actor.of(PersonId.of(row.person()), Role.of(row.role()));
            RecordReference cause = row.causeType() == null ? null : new RecordReference(
                    StreamId.of(row.causeType(), row.causeId()), row.causeSequence(), row.causeHash());
            return new RecordedEvent<>(row.stream(), row.sequence(), recordedAt, actor, row.step(), event,
                    row.previousHash(), row.hash(), cause);
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof StoreException failure && !(c instanceof StoreIntegrityException)) {
                    throw failure;
                }
            }
            throw new StoreIntegrityException("The stored event " + row.stream() + "#" + row.sequence() + " ("
                    + row.typeId() + ") cannot be read back: " + e.getMessage(), e);
        }
    }

    /**
     * The record read from the bytes its hash was computed over (schema version 5). The columns beside them are the
     * index the store and a vendor's queries go by, so they must say what the bytes say: a row whose time, actor, step,
     * previous hash or cause column was changed is refused, as a row whose bytes cannot be read is. A record filed under
     * another stream or sequence than its bytes name is returned as its bytes say, so that verifying the stream it was
     * filed in finds it as a record of another stream or out of sequence.
     */
    private RecordedEvent<?> fromCanonicalBytes(Stored row) {
        if (!format.readsCanonicalBytes()) {
            throw new IllegalStateException("it is stored as canonical bytes, and " + format
                    + " does not read records from those (EventFormat.readsCanonicalBytes)");
        }
        RecordedEvent<?> r = format.fromCanonicalBytes(row.canonical(), row.hash());
        RecordReference cause = r.cause();
        String differs = !r.recordedAt().equals(row.at().toInstant()) ? "recorded_at"
                : !r.actor().person().value().equals(row.person()) ? "actor_person"
                : !r.actor().role().code().equals(row.role()) ? "actor_role"
                : !r.step().equals(row.step()) ? "step"
                : !r.previousHash().equals(row.previousHash()) ? "previous_hash"
                : !Objects.equals(cause == null ? null : cause.stream().type(), row.causeType()) ? "cause_stream_type"
                : !Objects.equals(cause == null ? null : cause.stream().id(), row.causeId()) ? "cause_stream_id"
                : cause != null && cause.sequence() != row.causeSequence() ? "cause_sequence_no"
                : !Objects.equals(cause == null ? null : cause.hash(), row.causeHash()) ? "cause_hash"
                : null;
        if (differs != null) {
            throw new IllegalStateException("its column " + differs + " does not say what its canonical bytes say");
        }
        return r;
    }

    private static StreamId streamId(String type, String id, long position) {
        try {
            return StreamId.of(type, id);
        } catch (RuntimeException e) {
            throw new StoreIntegrityException("The stored event at position " + position + " has an invalid stream id "
                    + type + "/" + id, e);
        }
    }

    /** A unique violation during an append, told apart from a stream conflict after the rollback. */
    /** A failed query of the link index inside a function, carrying its SQLException out to be translated. */
    private static final class LinkQueryFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LinkQueryFailed(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        SQLException sql() {
            return (SQLException) getCause();
        }
    }

    private static final class UniqueViolation extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UniqueViolation(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** How positions are made on PostgreSQL from schema version 4: the transaction's id, shifted, plus a place. */
    private static final class AppendPositions {
        /** Bits for an event's place within its append. */
        static final int SHIFT = 20;
        /** The most events one append may hold on PostgreSQL. */
        static final int MAX_EVENTS = 1 << SHIFT;

        private AppendPositions() {
        }
    }

    /**
     * An event to insert, with its type id and body written before the transaction starts: the record's canonical
     * bytes (schema version 5), or, for a format that cannot read those back, the event's JSON.
     */
    private record Row(RecordedEvent<?> event, String typeId, String json, byte[] canonical) {
    }

    /**
     * The row of a record: its canonical bytes as the audit trail made them when the record carries them (the one
     * encoding of the event), else as the format writes them; the event's JSON only for a format that cannot read
     * canonical bytes back.
     */
    private Row row(RecordedEvent<?> event) {
        String typeId = format.typeId(event.event());
        if (!format.readsCanonicalBytes()) {
            return new Row(event, typeId, format.toJson(event.event()), null);
        }
        byte[] canonical = event.canonical() != null ? event.canonical().toByteArray() : format.canonicalBytes(event);
        return new Row(event, typeId, null, canonical);
    }
}
