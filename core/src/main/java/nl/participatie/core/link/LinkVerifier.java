package nl.participatie.core.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.StoredHistory;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;

/**
 * Checks links at both ends (<i>koppelingscontrole</i>): the linking record is in its stream's chain, with the hash
 * the index names, and its event makes exactly this link with the anchor as its cause; the anchor is in the other
 * stream's chain at that sequence with that hash. So changing either end — the idea or the initiative, by hand in
 * the database — is found, as is an index row that no record made. Streams are read as stored
 * ({@link EventStore#readStored}) and verified whole, as {@code ProcessEngine.verify} does.
 *
 * <p>{@link #verifyIndexOf} goes the other way: it compares the index rows a stream's records made with the links
 * those records make, and so finds a <b>deleted</b> or <b>altered</b> index row ({@code link.index.missing},
 * {@code link.index.extra}). Run it over every stream that records links to check the whole index.
 *
 * <pre>{@code
 * LinkVerifier verifier = new LinkVerifier(store, format);   // the store and format the engines use
 * for (Link link : store.linksTo(initiative)) {
 *     LinkVerifier.Result result = verifier.verify(link);
 *     if (!result.valid()) alarm(result.reason());
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class LinkVerifier {

    private final EventStore store;
    private final AuditTrail trail;
    private final LinkTypes types;

    /**
     * A verifier reading the store and recomputing hashes with the format the engines record with, knowing the
     * default link types ({@link LinkTypes#defaults()}).
     */
    public LinkVerifier(EventStore store, EventFormat format) {
        this(store, format, LinkTypes.defaults());
    }

    /** A verifier as above, knowing the link types the engines were built with (which end of each type records it). */
    public LinkVerifier(EventStore store, EventFormat format, LinkTypes types) {
        this.store = Objects.requireNonNull(store, "store");
        this.trail = new AuditTrail(Objects.requireNonNull(format, "format"));
        this.types = Objects.requireNonNull(types, "types");
    }

    /**
     * Compares the link index with the links the stream's own records make: every record that makes a link
     * ({@link Linking}, recorded with its anchor as cause) must have exactly its row, and every row the index holds as
     * made by one of the stream's records must be made by it. A row that is missing is {@code link.index.missing}, a
     * row no record of the stream makes (an altered row shows as one missing and one extra) is
     * {@code link.index.extra}; a record whose link type is not registered here is {@code link.type.unknown}. Rows
     * made by other streams' records are checked when those streams are. Records from before links were checked (no
     * cause) made no row and are not expected to have one.
     *
     * @return the problems, each with its code and the link as its path; empty when the index matches the records
     */
    public List<Violation> verifyIndexOf(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        List<Link> made = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (RecordedEvent<?> record : store.read(stream)) {
            if (record.cause() == null || !(record.event() instanceof Linking linking) || linking.link().isEmpty()) {
                continue;
            }
            StreamLink link = linking.link().get();
            Optional<LinkType> type = types.find(link.relation());
            if (type.isEmpty()) {
                problems.add(Violation.of("link.type.unknown", RecordReference.of(record).toString(), link.relation()));
                continue;
            }
            boolean bySource = type.get().direction() == LinkType.Direction.RECORDED_BY_SOURCE;
            made.add(new Link(link.relation(), bySource ? stream : link.target(), bySource ? link.target() : stream,
                    RecordReference.of(record), record.cause()));
        }
        List<Link> indexed = new ArrayList<>();
        for (Link row : store.linksFrom(stream)) {
            if (row.recordedBy().stream().equals(stream)) {
                indexed.add(row);
            }
        }
        for (Link row : store.linksTo(stream)) {
            if (row.recordedBy().stream().equals(stream)) {
                indexed.add(row);
            }
        }
        List<Link> extra = new ArrayList<>(indexed);
        for (Link link : made) {
            if (!extra.remove(link)) {
                problems.add(Violation.of("link.index.missing", link.toString(), link.recordedBy(), link));
            }
        }
        for (Link row : extra) {
            problems.add(Violation.of("link.index.extra", row.toString(), row.recordedBy(), row));
        }
        return problems;
    }

    /** Verifies one link at both ends. */
    public Result verify(Link link) {
        Objects.requireNonNull(link, "link");
        Located linking = locate(link.recordedBy());
        if (linking.problem != null) {
            return Result.broken(link, link.recordedBy().stream(), "the linking record " + linking.problem);
        }
        RecordedEvent<?> record = linking.record;
        Optional<StreamLink> made = record.event() instanceof Linking l ? l.link() : Optional.empty();
        if (made.isEmpty() || !made.get().relation().equals(link.type()) || !made.get().target().equals(link.otherEnd())) {
            return Result.broken(link, link.recordedBy().stream(), "the record " + link.recordedBy()
                    + " does not make this link (it makes " + made.map(StreamLink::toString).orElse("none") + ")");
        }
        if (!link.anchor().equals(record.cause())) {
            return Result.broken(link, link.recordedBy().stream(), "the record " + link.recordedBy()
                    + " names another cause than the link's anchor " + link.anchor());
        }
        Located anchor = locate(link.anchor());
        if (anchor.problem != null) {
            return Result.broken(link, link.anchor().stream(), "the anchor " + anchor.problem);
        }
        return new Result(link, true, null, "");
    }

    /** Verifies every link from and to the stream; the broken ones are returned, an empty list when all verify. */
    public List<Result> verifyLinksOf(StreamId stream) {
        List<Result> broken = new ArrayList<>();
        List<Link> all = new ArrayList<>(store.linksFrom(stream));
        all.addAll(store.linksTo(stream));
        for (Link link : all) {
            Result result = verify(link);
            if (!result.valid()) {
                broken.add(result);
            }
        }
        return broken;
    }

    /** The referred record, read from a stream whose whole chain verifies; or why not. */
    private Located locate(RecordReference ref) {
        StoredHistory stored = store.readStored(ref.stream());
        AuditTrail.Verification chain = trail.verify(stored.readable());
        if (!chain.valid()) {
            return new Located(null, ref + " is in a broken chain: entry " + chain.firstBroken() + ": " + chain.reason());
        }
        if (!stored.isComplete()) {
            return new Located(null, ref + " is in a chain whose entry " + stored.unreadableSequence() + " cannot be read: "
                    + stored.unreadableReason());
        }
        List<RecordedEvent<?>> history = stored.readable();
        if (ref.sequence() > history.size()) {
            return new Located(null, ref + " is missing: the stream has " + history.size() + " records");
        }
        RecordedEvent<?> found = history.get((int) ref.sequence() - 1);
        if (!ref.refersTo(found)) {
            return new Located(null, ref + " has hash " + found.hash() + " in its stream, not " + ref.hash());
        }
        return new Located(found, null);
    }

    private record Located(RecordedEvent<?> record, String problem) {
    }

    /**
     * The outcome of verifying one link (<i>controle-uitkomst van een koppeling</i>).
     *
     * @param link   the link verified
     * @param valid  whether both ends hold
     * @param where  the stream where the first problem was found, or {@code null} when valid
     * @param reason what does not hold; empty when valid
     */
    public record Result(Link link, boolean valid, StreamId where, String reason) {
        static Result broken(Link link, StreamId where, String reason) {
            return new Result(link, false, where, reason);
        }
    }
}
