package nl.participatie.core.link;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.participatie.core.API;

/**
 * Where a {@link Reactor} keeps how far it has handled the feed (<i>leespositie</i>), per reactor name. Durable in
 * {@code participatie_reactor_position} with {@code JdbcReactorPositions}; in memory for tests.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface ReactorPositions {

    /** The position of the last feed entry the reactor handled; 0 when it never ran. */
    long position(String reactor);

    /** Records that the reactor handled the feed up to and including {@code position}. */
    void save(String reactor, long position);

    /** Positions kept in memory only: lost with the process, so for tests and examples. */
    static ReactorPositions inMemory() {
        Map<String, Long> positions = new ConcurrentHashMap<>();
        return new ReactorPositions() {
            @Override
            public long position(String reactor) {
                return positions.getOrDefault(reactor, 0L);
            }

            @Override
            public void save(String reactor, long position) {
                positions.put(reactor, position);
            }
        };
    }
}
