package nl.participatie.core.link;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;

/**
 * A kind of link between two process instances (<i>koppelingssoort</i>), declared as data: its name (the relation of
 * a {@link nl.participatie.core.value.StreamLink}), which end's record makes it, the stream types allowed at each end
 * and how many links an instance may have of it. Every link points from its source to its target: an idea
 * {@code became} an initiative, an action is {@code funded-by} a budget line.
 *
 * @param name        lower case with dashes, e.g. {@code became}
 * @param direction   which end's record makes the link
 * @param sourceTypes the stream types a source may have
 * @param targetTypes the stream types a target may have
 * @param cardinality how many links of this type one source and one target may have
 */
@API(status = API.Status.EXPERIMENTAL)
public record LinkType(String name, Direction direction, Set<String> sourceTypes, Set<String> targetTypes,
                       Cardinality cardinality) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** Which end of a link records it (<i>vastleggende kant</i>). */
    public enum Direction {
        /** The source's record names the target: an initiative records that an action is funded by a budget line. */
        RECORDED_BY_SOURCE,
        /** The target's record names the source: an initiative records the idea it came from. */
        RECORDED_BY_TARGET
    }

    /** How many links of one type an instance may have (<i>kardinaliteit</i>). */
    public enum Cardinality {
        /** A source has at most one target and a target at most one source. */
        ONE_TO_ONE,
        /** A source may have many targets; a target has at most one source. */
        ONE_TO_MANY,
        /** A source has at most one target; a target may have many sources. */
        MANY_TO_ONE,
        /** No limit at either end. */
        MANY_TO_MANY;

        /** Whether a source may have more than one target. */
        public boolean manyTargets() {
            return this == ONE_TO_MANY || this == MANY_TO_MANY;
        }

        /** Whether a target may have more than one source. */
        public boolean manySources() {
            return this == MANY_TO_ONE || this == MANY_TO_MANY;
        }
    }

    public LinkType {
        InvalidValueException.requireNonNull(name, "name");
        InvalidValueException.requireNonNull(direction, "direction");
        InvalidValueException.requireNonNull(sourceTypes, "sourceTypes");
        InvalidValueException.requireNonNull(targetTypes, "targetTypes");
        InvalidValueException.requireNonNull(cardinality, "cardinality");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException("streamLink.relation.invalid", name);
        }
        sourceTypes = Set.copyOf(sourceTypes);
        targetTypes = Set.copyOf(targetTypes);
        if (sourceTypes.isEmpty() || targetTypes.isEmpty()) {
            throw new InvalidValueException("linkType.types.missing", name);
        }
        for (String type : sourceTypes) {
            StreamId.of(type, "x");
        }
        for (String type : targetTypes) {
            StreamId.of(type, "x");
        }
    }

    /** A link type; see the record's parameters. */
    public static LinkType of(String name, Direction direction, Set<String> sourceTypes, Set<String> targetTypes,
                              Cardinality cardinality) {
        return new LinkType(name, direction, sourceTypes, targetTypes, cardinality);
    }

    /** Whether a link of this type may go from a stream of the one type to a stream of the other. */
    public boolean fits(StreamId source, StreamId target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        return sourceTypes.contains(source.type()) && targetTypes.contains(target.type());
    }
}
