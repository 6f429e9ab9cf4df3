package nl.participatie.core.trust;

import java.util.List;

import nl.participatie.core.API;

/**
 * The heads of all streams of a store at one moment, with the feed position they were read at
 * (<i>stand van de opslag</i>): what a checkpoint signs.
 *
 * @param feedPosition the global feed's last position the heads include (for a store without a feed: the number of
 *                     events it holds)
 * @param heads        every stream's head, in {@link StreamHead#ORDER}
 */
@API(status = API.Status.EXPERIMENTAL)
public record StoreHeads(long feedPosition, List<StreamHead> heads) {

    public StoreHeads {
        heads = Checkpoint.sorted(heads);
        if (feedPosition < 0) {
            throw new IllegalArgumentException("a feed position is not negative");
        }
    }
}
