package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.regex.Pattern;

/**
 * A link from one process instance to another (<i>koppeling</i>): this report belongs to that campaign, this
 * idea started that initiative. A first-class value in events, so links survive serialisation and replay.
 *
 * @param relation what the link means, lower case with dashes, e.g. {@code part-of} or {@code started}
 * @param target   the stream linked to
 */
@API(status = API.Status.STABLE)
public record StreamLink(String relation, StreamId target) {

    private static final Pattern RELATION = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public StreamLink {
        InvalidValueException.requireNonNull(relation, "relation");
        InvalidValueException.requireNonNull(target, "target");
        if (!RELATION.matcher(relation).matches()) {
            throw new InvalidValueException("streamLink.relation.invalid", relation);
        }
    }

    /** A link with the given relation to the target stream. */
    public static StreamLink of(String relation, StreamId target) {
        return new StreamLink(relation, target);
    }
}
