package nl.participatie.core.link;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;

/**
 * The checks the engine makes of a link before recording it, and the anchor it gives it: the type is registered
 * ({@code link.type.unknown}), fits the two streams ({@code link.type.mismatch}), the other stream exists
 * ({@code link.target.missing}), neither end exceeds the type's cardinality ({@code link.cardinality}) and the link
 * closes no cycle of its type ({@code link.cycle}). The anchor is the other stream's newest record, or the cause the
 * record already has when that is a record of the other stream (a reaction's trigger).
 *
 * <p>The checks read the store before the append; two commands linking at the same moment on different streams can
 * both pass the cardinality check here. So the planned link carries its type's {@link LinkLimit limits}, which the
 * engine hands to the store's append to be checked again where appends do not interleave.
 *
 * <p>Internal: the engine's; not part of the public API.
 */
@API(status = API.Status.INTERNAL)
public final class LinkRules {

    private final LinkTypes types;

    /** Rules over the given registry. */
    public LinkRules(LinkTypes types) {
        this.types = Objects.requireNonNull(types, "types");
    }

    /** The registry these rules check against. */
    public LinkTypes types() {
        return types;
    }

    /**
     * Checks the link an event of {@code recording} makes.
     *
     * @param cause the cause the record will name anyway (a reaction's trigger), or {@code null}
     */
    public Checked check(StreamId recording, StreamLink link, RecordReference cause, EventStore store) {
        LinkType type = types.find(link.relation()).orElse(null);
        if (type == null) {
            return refused(Violation.of("link.type.unknown", "link.relation", link.relation()));
        }
        StreamId named = link.target();
        boolean bySource = type.direction() == LinkType.Direction.RECORDED_BY_SOURCE;
        StreamId source = bySource ? recording : named;
        StreamId target = bySource ? named : recording;
        if (!type.fits(source, target)) {
            return refused(Violation.of("link.type.mismatch", "link", type.name(), source.type(), target.type(),
                    String.join(", ", type.sourceTypes()), String.join(", ", type.targetTypes())));
        }
        if (source.equals(target)) {
            return refused(Violation.of("link.cycle", "link", type.name(), source, target));
        }
        long version = store.version(named);
        if (version == 0) {
            return refused(Violation.of("link.target.missing", "link.target", named));
        }
        RecordReference anchor;
        if (cause != null && cause.stream().equals(named)) {
            anchor = cause;
        } else if (cause != null) {
            throw new IllegalStateException("A record caused by " + cause + " cannot also be anchored in " + named
                    + ": a record names one cause; record the link in an event of its own");
        } else {
            RecordedEvent<?> head = store.read(named, version).get(0);
            anchor = RecordReference.of(head);
        }
        if (!type.cardinality().manyTargets() && store.linksFrom(source).stream().anyMatch(l -> l.type().equals(type.name()))) {
            return refused(Violation.of("link.cardinality", "link", type.name(), source, "source"));
        }
        if (!type.cardinality().manySources() && store.linksTo(target).stream().anyMatch(l -> l.type().equals(type.name()))) {
            return refused(Violation.of("link.cardinality", "link", type.name(), target, "target"));
        }
        if (reaches(store, type.name(), target, source)) {
            return refused(Violation.of("link.cycle", "link", type.name(), source, target));
        }
        List<LinkLimit> limits = new java.util.ArrayList<>(2);
        if (!type.cardinality().manyTargets()) {
            limits.add(new LinkLimit(type.name(), source, LinkLimit.End.SOURCE));
        }
        if (!type.cardinality().manySources()) {
            limits.add(new LinkLimit(type.name(), target, LinkLimit.End.TARGET));
        }
        return new Checked(null, new Planned(type.name(), source, target, anchor, List.copyOf(limits)));
    }

    /** Whether links of the type lead from {@code from} to {@code to}: then a link to → from would close a cycle. */
    private static boolean reaches(EventStore store, String type, StreamId from, StreamId to) {
        Set<StreamId> seen = new HashSet<>();
        Deque<StreamId> open = new ArrayDeque<>(List.of(from));
        while (!open.isEmpty()) {
            StreamId at = open.pop();
            if (at.equals(to)) {
                return true;
            }
            if (seen.add(at)) {
                store.linksFrom(at).stream().filter(l -> l.type().equals(type)).forEach(l -> open.push(l.target()));
            }
        }
        return false;
    }

    private static Checked refused(Violation violation) {
        return new Checked(violation, null);
    }

    /**
     * The outcome of a check: a violation, or the link to make.
     *
     * @param violation why the link is refused, or {@code null}
     * @param planned   the link without its record yet, or {@code null} when refused
     */
    public record Checked(Violation violation, Planned planned) {
    }

    /**
     * A link checked and anchored, waiting for the record that makes it.
     *
     * @param type   the link type's name
     * @param source its source
     * @param target its target
     * @param anchor the other end's record, which the linking record names as its cause
     * @param limits the limits its type's cardinality sets at its ends, to be checked again by the store's append
     */
    public record Planned(String type, StreamId source, StreamId target, RecordReference anchor, List<LinkLimit> limits) {

        /** The link as made by that record. */
        public Link recordedBy(RecordedEvent<?> record) {
            return new Link(type, source, target, RecordReference.of(record), anchor);
        }
    }
}
