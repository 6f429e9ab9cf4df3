package nl.participatie.core.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.EventFormat;
import nl.participatie.core.RecordedEvent;
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

    /** A verifier reading the store and recomputing hashes with the format the engines record with. */
    public LinkVerifier(EventStore store, EventFormat format) {
        this.store = Objects.requireNonNull(store, "store");
        this.trail = new AuditTrail(Objects.requireNonNull(format, "format"));
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
