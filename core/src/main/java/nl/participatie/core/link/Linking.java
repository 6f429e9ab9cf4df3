package nl.participatie.core.link;

import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.value.StreamLink;

/**
 * An event that links its stream to another (<i>koppelende gebeurtenis</i>): an initiative started from an idea, an
 * action funded by a budget line. When the engine records such an event it checks the link against the
 * {@link LinkTypes registry} (types, existence, cardinality, cycles), anchors it in the other stream's chain (the
 * record's {@link nl.participatie.core.RecordedEvent#cause() cause}) and has the store index it both ways in the same
 * transaction as the append. Events of older versions that hold a {@link StreamLink} without implementing this
 * interface stay readable; they were never indexed.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface Linking {

    /**
     * The link this event makes, if any: its relation is the name of a registered {@link LinkType}, its target the
     * stream at the other end (which is the link's source or target as the type's {@link LinkType.Direction} says).
     */
    Optional<StreamLink> link();
}
