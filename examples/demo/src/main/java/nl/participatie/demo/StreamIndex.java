package nl.participatie.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.value.StreamId;

/**
 * The list of instances per kind (<i>overzicht</i>), as a vendor's system keeps one: a projection of the store's
 * global feed, read on from where it was on every refresh. The engines load one instance; listing is the vendor's.
 */
@Component
public class StreamIndex {

    private static final int PAGE = 500;

    private final EventStore store;
    private final Set<StreamId> streams = new LinkedHashSet<>();
    private long position;

    public StreamIndex(EventStore store) {
        this.store = store;
    }

    /** Reads what was appended since the last refresh. */
    public synchronized void refresh() {
        if (store instanceof JdbcEventStore jdbc) {
            List<FeedEntry> page;
            do {
                page = jdbc.readAll(position, PAGE);
                for (FeedEntry entry : page) {
                    streams.add(entry.event().stream());
                    position = entry.position();
                }
            } while (page.size() == PAGE);
        } else if (store instanceof InMemoryEventStore memory) {
            streams.addAll(memory.streams());
        }
    }

    /** The instances of a stream type, in the order they were first appended to. */
    public synchronized List<StreamId> of(String streamType) {
        refresh();
        List<StreamId> out = new ArrayList<>();
        for (StreamId s : streams) {
            if (s.isOfType(streamType)) {
                out.add(s);
            }
        }
        return out;
    }
}
