package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.UUID;

/**
 * The identity of one process instance (<i>dossier</i>): an initiative, a campaign, a single report. It is
 * typed by its aggregate ({@code burgersaanhetstuur.initiative}), so an id of a report can never be used to
 * load a campaign, and two aggregates of different kinds may share the local id.
 *
 * @param type the aggregate's stream type, lower case with dots and dashes, e.g. {@code buurtschouw.report}
 * @param id   the local id, 1 to 64 characters of letters, digits, {@code -}, {@code _} or {@code .}
 */
@API(status = API.Status.STABLE)
public record StreamId(String type, String id) {

    public StreamId {
        InvalidValueException.requireNonNull(type, "type");
        InvalidValueException.requireNonNull(id, "id");
        if (type.length() > 64 || !IdSyntax.isStreamType(type)) {
            throw new InvalidValueException("streamId.type.invalid", type);
        }
        if (!IdSyntax.isLocalId(id, '-')) {
            throw new InvalidValueException("streamId.id.invalid", id);
        }
    }

    /** The stream of the given type and id. */
    public static StreamId of(String type, String id) {
        return new StreamId(type, id);
    }

    /** A new stream of the given type with a random id. */
    public static StreamId random(String type) {
        return new StreamId(type, UUID.randomUUID().toString());
    }

    /** Parses the form {@code type/id} produced by {@link #toString()}. */
    public static StreamId parse(String text) {
        InvalidValueException.requireNonNull(text, "streamId");
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException("streamId.invalid", text);
        }
        return new StreamId(text.substring(0, slash), text.substring(slash + 1));
    }

    /** Whether this stream is of the given type. */
    public boolean isOfType(String streamType) {
        return type.equals(streamType);
    }

    /** {@code type/id}. */
    @Override
    public String toString() {
        return type + "/" + id;
    }
}
