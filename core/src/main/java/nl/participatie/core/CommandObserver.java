package nl.participatie.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import nl.participatie.core.value.StreamId;

/**
 * Told of every command an engine handled, for metrics and logs (<i>waarnemer</i>): what it came to, how many
 * concurrency conflicts were retried on the way and how long it took. Given to an engine with
 * {@code ProcessEngine.Builder.observer}; each method's facade passes its own on to its engines.
 *
 * <p>The engine calls it on the calling thread, once per {@link ProcessEngine#handle}, {@link ProcessEngine#handleAsSystem}
 * and per command {@link ProcessEngine#fireDue} fires, after the outcome is known (so after the events were stored).
 * Keep it quick and let it not throw: what it throws reaches the caller of {@code handle}, whose command was then
 * stored all the same.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface CommandObserver {

    /** The observer that does nothing: the default of every engine. */
    CommandObserver NONE = new CommandObserver() {
        @Override
        public void handled(StreamId stream, Object command, Outcome<?, ?> outcome, int conflictsRetried, Duration took) {
            // Nothing is observed.
        }
    };

    /**
     * A command came to an outcome: accepted, or rejected with its violations.
     *
     * @param stream           the instance (its {@link StreamId#type()} names the process)
     * @param command          the command
     * @param outcome          what it came to
     * @param conflictsRetried how many times another command was recorded on the instance first, so that the engine
     *                         read it again and decided anew
     * @param took             the time from the call to the outcome, pauses between attempts included
     */
    void handled(StreamId stream, Object command, Outcome<?, ?> outcome, int conflictsRetried, Duration took);

    /**
     * A command failed with an exception instead of an outcome: a {@link nl.participatie.core.store.StoreException}
     * (among them the {@link nl.participatie.core.store.ConcurrencyConflictException} after the last attempt) or a
     * programming error. The exception is thrown to the caller after this returns. Does nothing by default.
     */
    default void failed(StreamId stream, Object command, RuntimeException failure, int conflictsRetried, Duration took) {
    }

    /** Every one of the observers, in order; {@link #NONE} for none. */
    static CommandObserver all(List<? extends CommandObserver> observers) {
        List<CommandObserver> each = List.copyOf(observers);
        if (each.isEmpty()) {
            return NONE;
        }
        if (each.size() == 1) {
            return each.get(0);
        }
        return new CommandObserver() {
            @Override
            public void handled(StreamId stream, Object command, Outcome<?, ?> outcome, int conflictsRetried, Duration took) {
                for (CommandObserver o : each) {
                    o.handled(stream, command, outcome, conflictsRetried, took);
                }
            }

            @Override
            public void failed(StreamId stream, Object command, RuntimeException failure, int conflictsRetried,
                               Duration took) {
                Objects.requireNonNull(failure, "failure");
                for (CommandObserver o : each) {
                    o.failed(stream, command, failure, conflictsRetried, took);
                }
            }
        };
    }
}
