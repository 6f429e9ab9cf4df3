package nl.participatie.core.link;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.store.jdbc.FeedEntry;

/**
 * The global feed a {@link Reactor} reads (<i>gebeurtenissenfeed</i>): every recorded event of every stream in the
 * feed order, with increasing positions that no late commit ever falls behind (consecutive from 1 in memory and on H2;
 * made from transaction ids on PostgreSQL, see {@code core/STORAGE.md}). Both stores of the library have one:
 * {@code jdbcEventStore::readAll} and {@code inMemoryEventStore::readAll}.
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface EventFeed {

    /** At most {@code limit} entries after {@code afterPosition}, in position order; empty when up to date. */
    List<FeedEntry> readAll(long afterPosition, int limit);
}
