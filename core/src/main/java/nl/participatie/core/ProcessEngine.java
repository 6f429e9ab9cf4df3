package nl.participatie.core;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.ConcurrencyConflictException;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.validation.CommandValidation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * The entry point a vendor calls for one kind of process instance (<i>procesmotor</i>): hand it a command and it
 * loads the instance, validates the command, checks the workflow (step and role), lets the decider decide, records
 * the events in the hash-chained audit trail, appends them and returns the {@link Outcome}.
 *
 * <pre>{@code
 * ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives =
 *     ProcessEngine.builder(Initiatives.DEFINITION).store(store).clock(clock).build();
 * Outcome<Initiative> outcome = initiatives.handle(id, actor, new StartInitiative(...));
 * }</pre>
 *
 * <p>Stateless between calls and thread-safe: many application nodes may share one store. Concurrency is the
 * store's expected version: on a conflict the engine reads the fresh state and decides again, at most
 * {@code maxRetries} times, then throws {@link ConcurrencyConflictException}. The library starts no threads:
 * the vendor's scheduler calls {@link #fireDue} for time-driven transitions.
 *
 * @param <C> commands
 * @param <E> events
 * @param <S> state
 */
@API(status = API.Status.STABLE)
public final class ProcessEngine<C, E, S> {

    private final ProcessDefinition<C, E, S, ?> definition;
    private final EventStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private final AuditTrail auditTrail;
    private final CommandValidation validation;
    private final int maxRetries;
    private final StateCache<S> cache;

    private ProcessEngine(Builder<C, E, S> b) {
        this.definition = b.definition;
        this.store = b.store;
        this.clock = b.clock;
        this.ids = b.ids;
        this.auditTrail = new AuditTrail(b.format);
        this.validation = CommandValidation.shared();
        this.maxRetries = b.maxRetries;
        this.cache = b.cachedStreams > 0 ? new StateCache<>(b.cachedStreams) : null;
    }

    /** Starts building an engine for the definition; defaults: in-memory store, UTC system clock, random ids. */
    public static <C, E, S> Builder<C, E, S> builder(ProcessDefinition<C, E, S, ?> definition) {
        return new Builder<>(definition);
    }

    /** The definition this engine runs. */
    public ProcessDefinition<C, E, S, ?> definition() {
        return definition;
    }

    /** The audit trail that records and verifies this engine's events. */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** A new stream id of this engine's type. */
    public StreamId newStream() {
        return StreamId.of(definition.streamType(), ids.next());
    }

    /**
     * Handles a command: validate, authorise, decide, record, append.
     *
     * @return accepted (recorded events, new state, notifications) or rejected (violations; nothing stored)
     * @throws ConcurrencyConflictException when the stream kept changing under it after every retry
     * @throws IllegalArgumentException     when the stream is of another type than this engine's
     */
    public Outcome<S> handle(StreamId stream, Actor actor, C command) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        checkStream(stream);
        if (!definition.commandType().isInstance(command)) {
            throw new IllegalArgumentException(command.getClass().getName() + " is not a " + definition.commandType().getName());
        }
        List<Violation> invalid = validation.validate(command);
        if (!invalid.isEmpty()) {
            return new Outcome.Rejected<>(stream, invalid);
        }
        ConcurrencyConflictException last = null;
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            try {
                return attempt(stream, actor, command);
            } catch (ConcurrencyConflictException conflict) {
                last = conflict;
                Thread.onSpinWait();
            }
        }
        throw last;
    }

    private Outcome<S> attempt(StreamId stream, Actor actor, C command) {
        StateCache.Snapshot<S> current = current(stream);
        S state = current.state();
        long version = current.version();
        Decider<C, E, S> decider = definition.decider();
        Enum<?> step = definition.stepOf(state);
        List<Violation> denied = check(step, command, actor);
        if (!denied.isEmpty()) {
            return new Outcome.Rejected<>(stream, denied);
        }
        Instant now = clock.instant();
        Decision<E> decision = decider.decide(command, state, new DecisionContext(stream, actor, now, version, ids));
        if (decision instanceof Decision.Reject<E> reject) {
            return new Outcome.Rejected<>(stream, reject.violations());
        }
        Decision.Accept<E> accept = (Decision.Accept<E>) decision;
        List<RecordedEvent<?>> recorded = new ArrayList<>(accept.events().size());
        RecordedEvent<?> previous = current.last();
        S next = state;
        for (E event : accept.events()) {
            Objects.requireNonNull(event, "the decider returned a null event");
            RecordedEvent<E> r = auditTrail.record(stream, previous, now, actor, step.name(), event);
            recorded.add(r);
            previous = r;
            next = decider.evolve(next, event);
        }
        if (!recorded.isEmpty()) {
            checkMove(command, step, definition.stepOf(next));
            store.append(stream, version, recorded);
            if (cache != null) {
                cache.put(stream, new StateCache.Snapshot<>(version + recorded.size(), next, previous));
            }
        }
        return new Outcome.Accepted<>(stream, recorded, next, accept.notifications());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Violation> check(Enum<?> step, C command, Actor actor) {
        return ((Workflow) definition.workflow()).check((Enum) step, command.getClass(), actor.role());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkMove(C command, Enum<?> from, Enum<?> to) {
        if (!((Workflow) definition.workflow()).permitsMove(command.getClass(), (Enum) from, (Enum) to)) {
            throw new IllegalStateException("The decider of " + definition.streamType() + " moved from " + from + " to " + to
                    + " on " + command.getClass().getSimpleName() + ", which the workflow does not declare");
        }
    }

    /** The current state of an instance: the fold of its events (the initial state for an unknown stream). */
    public S load(StreamId stream) {
        checkStream(stream);
        return current(stream).state();
    }

    /**
     * The state and version of a stream: folded from the store, or from a cached snapshot plus the events the store
     * has after it. The store stays the only truth: events appended by other nodes are always read.
     */
    private StateCache.Snapshot<S> current(StreamId stream) {
        Decider<C, E, S> decider = definition.decider();
        StateCache.Snapshot<S> known = cache == null ? null : cache.get(stream);
        S state = known == null ? decider.initialState() : known.state();
        long version = known == null ? 0 : known.version();
        RecordedEvent<?> last = known == null ? null : known.last();
        List<RecordedEvent<?>> newer = store.read(stream, version + 1);
        for (RecordedEvent<?> r : newer) {
            state = decider.evolve(state, definition.eventType().cast(r.event()));
            last = r;
        }
        StateCache.Snapshot<S> snapshot = new StateCache.Snapshot<>(version + newer.size(), state, last);
        if (cache != null && !newer.isEmpty()) {
            cache.put(stream, snapshot);
        }
        return snapshot;
    }

    /** The recorded events of an instance, in order. */
    @SuppressWarnings("unchecked")
    public List<RecordedEvent<E>> history(StreamId stream) {
        checkStream(stream);
        List<RecordedEvent<?>> raw = store.read(stream);
        for (RecordedEvent<?> r : raw) {
            definition.eventType().cast(r.event());
        }
        return (List<RecordedEvent<E>>) (List<?>) raw;
    }

    /** Verifies the instance's audit trail. */
    public AuditTrail.Verification verify(StreamId stream) {
        return auditTrail.verify(history(stream));
    }

    /** The commands the system should fire on the instance at {@code now} because a deadline passed. */
    public List<C> due(StreamId stream, Instant now) {
        return definition.decider().due(load(stream), now);
    }

    /** {@link #fireDue(StreamId, Instant)} at the engine clock's current time. */
    public List<Outcome<S>> fireDue(StreamId stream) {
        return fireDue(stream, clock.instant());
    }

    /**
     * Fires every command that is due at {@code now}, one after another as {@link Actor#SYSTEM}, each validated,
     * authorised, recorded and audited like any other. Stops at the first rejection (which is returned too) and
     * after at most 100 commands, so a decider that keeps finding work cannot loop forever.
     */
    public List<Outcome<S>> fireDue(StreamId stream, Instant now) {
        List<Outcome<S>> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            List<C> due = due(stream, now);
            if (due.isEmpty()) {
                break;
            }
            Outcome<S> outcome = handle(stream, Actor.SYSTEM, due.get(0));
            outcomes.add(outcome);
            if (!outcome.isAccepted()) {
                break;
            }
        }
        return outcomes;
    }

    private void checkStream(StreamId stream) {
        Objects.requireNonNull(stream, "stream");
        if (!stream.isOfType(definition.streamType())) {
            throw new IllegalArgumentException("Stream " + stream + " is not a " + definition.streamType());
        }
    }

    /**
     * Configures a {@link ProcessEngine}.
     *
     * @param <C> commands
     * @param <E> events
     * @param <S> state
     */
    public static final class Builder<C, E, S> {
        private final ProcessDefinition<C, E, S, ?> definition;
        private EventStore store;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private EventFormat format;
        private int maxRetries = 10;
        private int cachedStreams;

        private Builder(ProcessDefinition<C, E, S, ?> definition) {
            this.definition = Objects.requireNonNull(definition, "definition");
        }

        /** Where events are kept; default a new {@link InMemoryEventStore}. */
        public Builder<C, E, S> store(EventStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The clock of record times and deadlines; default the UTC system clock. */
        public Builder<C, E, S> clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Where new ids come from; default random UUIDs. */
        public Builder<C, E, S> ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** The event format the audit trail hashes with; default {@link ParticipatieJson#defaults()}. */
        public Builder<C, E, S> format(EventFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /** How often to re-decide after a concurrency conflict; default 10, at least 0. */
        public Builder<C, E, S> maxRetries(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, was " + value);
            }
            this.maxRetries = value;
            return this;
        }

        /**
         * Keeps the state of up to {@code streams} recently used instances in memory, so a command reads only the
         * events appended since (by this node or any other) instead of folding the whole history: for long-lived
         * instances. Off (0) by default. The store remains the only source of truth.
         */
        public Builder<C, E, S> cacheStates(int streams) {
            if (streams < 0) {
                throw new IllegalArgumentException("streams must be 0 or more, was " + streams);
            }
            this.cachedStreams = streams;
            return this;
        }

        /** Builds the engine. */
        public ProcessEngine<C, E, S> build() {
            if (store == null) {
                store = new InMemoryEventStore();
            }
            if (format == null) {
                format = ParticipatieJson.defaults();
            }
            return new ProcessEngine<>(this);
        }
    }
}
