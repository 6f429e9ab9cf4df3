package nl.participatie.core.link;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;

/**
 * A limit a link type's cardinality sets at one end (<i>koppelingsgrens</i>): at {@code stream}, as the link's
 * source or target, there may be at most one link of {@code type}. The engine checks limits before it records and
 * hands them to the store's {@link nl.participatie.core.store.EventStore#append(StreamId, long, List, List, List)
 * append}, which checks them again where two appends cannot interleave, so two engines racing to make the second
 * {@code became} of one idea cannot both store it.
 *
 * @param type   the link type's name
 * @param stream the end that may have one link of the type
 * @param end    which end of the link that stream is
 */
@API(status = API.Status.EXPERIMENTAL)
public record LinkLimit(String type, StreamId stream, End end) {

    /** Which end of a link a limit is at. */
    public enum End {
        /** The stream is the link's source: it may point to one target. */
        SOURCE,
        /** The stream is the link's target: one source may point to it. */
        TARGET
    }

    public LinkLimit {
        InvalidValueException.requireNonNull(type, "type");
        InvalidValueException.requireNonNull(stream, "stream");
        InvalidValueException.requireNonNull(end, "end");
    }

    /** Whether a link counts against this limit: of its type, with this stream at this end. */
    public boolean counts(Link link) {
        return link.type().equals(type) && (end == End.SOURCE ? link.source() : link.target()).equals(stream);
    }

    /**
     * Checks the limits against the links indexed at their streams and the links about to be indexed, for a store's
     * append (under its lock, where it has one).
     *
     * @param from the links indexed from a stream, e.g. {@code store::linksFrom}
     * @param to   the links indexed to a stream
     * @throws LinkLimitException at the first limit reached
     */
    public static void check(List<LinkLimit> limits, List<Link> adding, java.util.function.Function<StreamId, List<Link>> from,
                             java.util.function.Function<StreamId, List<Link>> to) {
        for (LinkLimit limit : limits) {
            long added = adding.stream().filter(limit::counts).count();
            List<Link> indexed = limit.end() == End.SOURCE ? from.apply(limit.stream()) : to.apply(limit.stream());
            if (added + indexed.stream().filter(limit::counts).count() > 1) {
                throw new LinkLimitException(limit);
            }
        }
    }

    /**
     * The limit's violation as the engine reports it: {@code link.cardinality}, as when the engine's own check finds it.
     */
    public nl.participatie.core.Violation violation() {
        return nl.participatie.core.Violation.of("link.cardinality", "link", type, stream, end == End.SOURCE ? "source" : "target");
    }
}
