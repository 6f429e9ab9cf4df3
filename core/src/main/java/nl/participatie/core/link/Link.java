package nl.participatie.core.link;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamId;

/**
 * One link between two process instances as the store indexes it (<i>koppeling</i>): of which type, from which
 * source to which target, made by which record, and anchored in the other end's chain by which record (the linking
 * record's {@link nl.participatie.core.RecordedEvent#cause() cause}). {@link LinkVerifier} checks both ends.
 *
 * @param type       the name of its {@link LinkType}
 * @param source     where the link starts (an idea)
 * @param target     where it points (the initiative it became)
 * @param recordedBy the record that made the link, in the source's or the target's stream
 * @param anchor     the record of the other end that the linking record names as its cause
 */
@API(status = API.Status.EXPERIMENTAL)
public record Link(String type, StreamId source, StreamId target, RecordReference recordedBy, RecordReference anchor) {

    public Link {
        InvalidValueException.requireNonNull(type, "type");
        InvalidValueException.requireNonNull(source, "source");
        InvalidValueException.requireNonNull(target, "target");
        InvalidValueException.requireNonNull(recordedBy, "recordedBy");
        InvalidValueException.requireNonNull(anchor, "anchor");
        if (!recordedBy.stream().equals(source) && !recordedBy.stream().equals(target)) {
            throw new InvalidValueException("link.recorded-elsewhere", recordedBy);
        }
    }

    /** The end that did not record the link: the stream of its {@link #anchor}. */
    public StreamId otherEnd() {
        return recordedBy.stream().equals(source) ? target : source;
    }

    /** {@code source -type-> target}. */
    @Override
    public String toString() {
        return source + " -" + type + "-> " + target;
    }
}
