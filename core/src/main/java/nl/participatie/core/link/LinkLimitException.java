package nl.participatie.core.link;

import java.util.Objects;

import nl.participatie.core.API;

/**
 * Thrown by a store's append when a link would go beyond a {@link LinkLimit} that the links already indexed reach:
 * another append made the one link allowed between the engine's check and this append. Nothing was appended; the
 * engine turns it into a rejection with {@code link.cardinality}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class LinkLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LinkLimit limit;

    /** The limit reached. */
    public LinkLimitException(LinkLimit limit) {
        super("At " + Objects.requireNonNull(limit, "limit").stream() + " (the " + limit.end().name().toLowerCase(java.util.Locale.ROOT)
                + ") there is already a " + limit.type() + " link: nothing was appended");
        this.limit = limit;
    }

    /** The limit reached. */
    public LinkLimit limit() {
        return limit;
    }
}
