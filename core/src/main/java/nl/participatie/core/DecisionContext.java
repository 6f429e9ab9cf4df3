package nl.participatie.core;

import java.time.Instant;
import java.util.Objects;

import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * What a {@link Decider} may know besides the command and the state: which instance, who acts, the time
 * and a source of ids. Everything that would make a decision non-deterministic comes in here, so a replay or a
 * test gives the same result.
 *
 * @param stream  the process instance
 * @param actor   who fires the command
 * @param now     the moment of the decision, from the engine's clock
 * @param version the number of events in the stream before this command
 * @param ids     where new ids come from
 */
@API(status = API.Status.STABLE)
public record DecisionContext(StreamId stream, Actor actor, Instant now, long version, IdGenerator ids) {

    public DecisionContext {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ids, "ids");
    }

    /** A new id from the context's generator. */
    public String newId() {
        return ids.next();
    }
}
