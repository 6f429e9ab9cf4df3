package nl.participatie.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import nl.participatie.core.internal.Erasures;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.link.Link;
import nl.participatie.core.link.LinkLimit;
import nl.participatie.core.link.LinkLimitException;
import nl.participatie.core.link.LinkRules;
import nl.participatie.core.link.LinkTypes;
import nl.participatie.core.link.Linking;
import nl.participatie.core.link.RecordReference;
import nl.participatie.core.store.ConcurrencyConflictException;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.StoredHistory;
import nl.participatie.core.validation.CommandValidation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.core.value.StreamId;

/**
 * The entry point a vendor calls for one kind of process instance (<i>procesmotor</i>): hand it a command and it
 * loads the instance, checks the command, lets the decider decide, records the events in the hash-chained audit
 * trail, appends them and returns the {@link Outcome}.
 *
 * <pre>{@code
 * ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives =
 *     ProcessEngine.builder(BurgersAanHetStuurWorkflow.INITIATIVES)
 *         .store(new JdbcEventStore(dataSource))   // receives the engine's format when the engine is built
 *         .format(ParticipatieJson.defaults())     // the default; the one place the event format is set
 *         .validation(CommandValidation.shared())  // the default
 *         .cacheStates(10_000)                     // default 1,000 instances; 0 turns the cache off
 *         .clock(clock)
 *         .build();
 * Outcome<InitiativeEvent, Initiative> outcome = initiatives.handle(stream, actor, command);
 * }</pre>
 * ({@code BurgersAanHetStuurWorkflow} is in {@code participatie-burgers-aan-het-stuur}. Every example in this
 * Javadoc is compiled by a test in {@code examples}.)
 *
 * <p><b>Order of checks</b> in {@link #handle}: (1) the stream and the command type (programming errors, thrown);
 * (2) Bean Validation of the command by the engine's {@link CommandValidation} (codes {@code constraint.*}, e.g.
 * {@code constraint.NotBlank}); (3) the {@link Workflow}, through {@link ProcessDefinition#authorise} on the current
 * state ({@code workflow.command-unknown}, {@code workflow.step-not-allowed}, {@code workflow.role-not-allowed});
 * (4) the {@link Decider}'s own rules (the method's codes, e.g. {@code burgersaanhetstuur.*}); (5) recording: each
 * event is wrapped in a {@link RecordedEvent} and hashed with the engine's {@link EventFormat} — an event that makes a
 * link ({@link Linking}) is first checked against the engine's {@link LinkTypes} ({@code link.type.unknown},
 * {@code link.type.mismatch}, {@code link.target.missing}, {@code link.cardinality}, {@code link.cycle}) and names the
 * other stream's record as its cause — and the step change is checked against the workflow
 * ({@link ProcessDefinition#permitsMove}; a decider that breaks it is an {@link IllegalStateException}); (6) the append
 * with the version read in step 3, with the links in the same transaction, where the store checks the link types'
 * cardinality again ({@code link.cardinality} when another engine made the one link allowed meanwhile). A rejection in
 * (2)–(6) is returned as {@link Outcome.Rejected} and stores nothing. On a {@link ConcurrencyConflictException} in (6) steps
 * 3–6 run again on the fresh state (validation does not depend on the state). These are the only codes that come
 * from the engine itself; every other code comes from the decider.
 *
 * <p><b>Threading.</b> An engine is immutable after {@link Builder#build()} and thread-safe: share one per
 * definition in the application. It holds no locks and keeps nothing between calls but the optional state cache;
 * concurrency is the store's expected version, so many threads and many application nodes may share one store
 * (the library's stores are thread-safe too). On a conflict the engine reads the fresh state and decides again,
 * after a short random pause that grows with each try, at most {@link Builder#maxAttempts} times in all, then throws
 * {@link ConcurrencyConflictException} (see {@link #handle}). The library starts no threads: the vendor's scheduler
 * calls {@link #fireDue} for time-driven transitions.
 *
 * <p><b>Technology edges.</b> The engine is given its {@link EventFormat} ({@link Builder#format}, default
 * {@link ParticipatieJson#defaults()}) and its {@link CommandValidation} ({@link Builder#validation}, default
 * {@link CommandValidation#shared()}), and hands the format to the store ({@link EventStore#withFormat}) when it is
 * built: the format is set in one place, and {@link #store()} is the store as the engine uses it. A
 * {@link CommandObserver} ({@link Builder#observer}) is told of every command handled, for the vendor's metrics.
 *
 * <p><b>Which cache.</b> There is one: {@link Builder#cacheStates}, the engine's cache of folded states, on by default
 * for the {@value #DEFAULT_CACHED_STREAMS} most recently used instances. With it a command on a cached instance reads
 * nothing from the store: it is decided on the cached state and appended at the cached version, which the store refuses
 * when another engine appended meanwhile (then the engine reads what it appended and decides again). Without it every
 * command reads and folds the instance's whole history. The stores cache nothing.
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
    private final int maxAttempts;
    private final long baseDelayNanos;
    private final long maxDelayNanos;
    private final StateCache<S> cache;
    private final CommandObserver observer;
    private final LinkRules linkRules;

    /** How many instances an engine's state cache keeps unless {@link Builder#cacheStates} says otherwise. */
    public static final int DEFAULT_CACHED_STREAMS = 1_000;
    /** How long a cached state is used before it is folded afresh from the store, unless {@link Builder#cacheStates} says otherwise. */
    public static final Duration DEFAULT_CACHE_MAX_AGE = Duration.ofMinutes(1);

    private ProcessEngine(Builder<C, E, S> b) {
        this.definition = b.definition;
        this.store = b.store;
        this.clock = b.clock;
        this.ids = b.ids;
        this.auditTrail = new AuditTrail(b.format);
        this.validation = b.validation;
        this.maxAttempts = b.maxAttempts;
        this.baseDelayNanos = b.baseDelay.toNanos();
        this.maxDelayNanos = b.maxDelay.toNanos();
        this.cache = b.cachedStreams > 0 ? new StateCache<>(b.cachedStreams, b.cacheMaxAge.toNanos()) : null;
        this.observer = b.observer;
        this.linkRules = new LinkRules(b.linkTypes);
    }

    /** Starts building an engine for the definition; defaults: in-memory store, UTC system clock, random ids. */
    public static <C, E, S> Builder<C, E, S> builder(ProcessDefinition<C, E, S, ?> definition) {
        return new Builder<>(definition);
    }

    /** The definition this engine runs. */
    public ProcessDefinition<C, E, S, ?> definition() {
        return definition;
    }

    /** The store this engine appends to, with the engine's format: use it to read the feed with the same format. */
    public EventStore store() {
        return store;
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
     * Handles a command: validate, authorise, decide, record, append. The actor is who the vendor's authentication
     * says it is; the system is not among them: an actor in the system role is refused with
     * {@code workflow.system-not-allowed} (deadlines are fired by {@link #fireDue}, integrations use
     * {@link #handleAsSystem}).
     *
     * <p><b>Concurrency.</b> When another command was recorded on the same instance between reading it and
     * appending (the store's {@link ConcurrencyConflictException}), nothing was stored, and the engine tries again
     * on the fresh state: it reads the instance, validates, authorises and decides anew, so a command that is no
     * longer allowed is then rejected rather than recorded. Between tries it pauses for a random time up to a delay
     * that doubles per try (from {@link Builder#retryDelays base delay} to its maximum), so that writers on one busy
     * instance spread out instead of colliding again. Only conflicts are retried: a rejection is returned, and every
     * other failure (for example a {@link nl.participatie.core.store.StoreException} when the database is down) is
     * thrown at once.
     *
     * <p>With the defaults (50 attempts, pauses up to 2 ms growing to up to 100 ms), eight threads that keep firing
     * at one instance all get through. A {@link ConcurrencyConflictException} still escapes when the instance changed under every one of
     * the {@link Builder#maxAttempts} attempts: nothing of that command was stored, and the caller may retry the
     * whole command later (or tell the user that someone else changed the instance first). The calling thread
     * sleeps during the pauses; an interrupt ends them, and the conflict is thrown with the interrupt flag set.
     *
     * @return accepted (recorded events, new state, notifications) or rejected (violations; nothing stored)
     * @throws ConcurrencyConflictException when the instance changed under every attempt; nothing was stored
     * @throws nl.participatie.core.store.StoreException when the store failed otherwise; nothing was stored (unless
     *                                      the exception says the outcome of a commit is unknown)
     * @throws IllegalArgumentException     when the stream is of another type than this engine's
     */
    public Outcome<E, S> handle(StreamId stream, Actor actor, C command) {
        Objects.requireNonNull(actor, "actor");
        if (actor.role().equals(Role.SYSTEM) || actor.person().equals(PersonId.SYSTEM)) {
            // The system is not a role a caller can claim: it acts only through fireDue and handleAsSystem.
            return observed(stream, command, conflicts -> {
                checkStream(stream);
                return new Outcome.Rejected<>(stream, List.of(Violation.of("workflow.system-not-allowed", "")));
            });
        }
        return handleAs(stream, actor, command);
    }

    /**
     * Handles a command as the system ({@link Actor#SYSTEM}): the explicit entry point for what no person does, such
     * as an external system reporting that a forwarded report could not be delivered. Recorded and audited as the
     * system, like the commands {@link #fireDue} fires; the workflow decides which commands the system may fire.
     * Call it only from the vendor's own integrations, never with input that a person could choose.
     */
    public Outcome<E, S> handleAsSystem(StreamId stream, C command) {
        return handleAs(stream, Actor.SYSTEM, command, null);
    }

    /**
     * Handles a command as the system because of a record in another stream: what a
     * {@link nl.participatie.core.link.Reactor reaction} fires. Every event recorded names {@code cause} as its
     * {@link RecordedEvent#cause() cause}, inside its hash, so the reaction is anchored in both chains and a reactor
     * can see that it already fired. Call it only with a cause read from the store, never with input a person chose.
     */
    public Outcome<E, S> handleAsSystem(StreamId stream, C command, RecordReference cause) {
        return handleAs(stream, Actor.SYSTEM, command, Objects.requireNonNull(cause, "cause"));
    }

    private Outcome<E, S> handleAs(StreamId stream, Actor actor, C command) {
        return handleAs(stream, actor, command, null);
    }

    private Outcome<E, S> handleAs(StreamId stream, Actor actor, C command, RecordReference cause) {
        if (observer == CommandObserver.NONE) {
            // Nobody to tell: no clock readings and no call object for every command.
            return decideWithRetries(stream, actor, command, cause, new Conflicts());
        }
        return observed(stream, command, conflicts -> decideWithRetries(stream, actor, command, cause, conflicts));
    }

    /** Counts the conflicts one call retried, for its {@link CommandObserver}. */
    private static final class Conflicts {
        int retried;
    }

    /** Runs one call and tells the observer what it came to and how long it took. */
    private Outcome<E, S> observed(StreamId stream, C command, Function<Conflicts, Outcome<E, S>> call) {
        long start = System.nanoTime();
        Conflicts conflicts = new Conflicts();
        Outcome<E, S> outcome;
        try {
            outcome = call.apply(conflicts);
        } catch (RuntimeException failure) {
            observer.failed(stream, command, failure, conflicts.retried, Duration.ofNanos(System.nanoTime() - start));
            throw failure;
        }
        observer.handled(stream, command, outcome, conflicts.retried, Duration.ofNanos(System.nanoTime() - start));
        return outcome;
    }

    private Outcome<E, S> decideWithRetries(StreamId stream, Actor actor, C command, RecordReference cause, Conflicts conflicts) {
        Objects.requireNonNull(command, "command");
        checkStream(stream);
        if (!definition.commandType().isInstance(command)) {
            throw new IllegalArgumentException(command.getClass().getName() + " is not a " + definition.commandType().getName());
        }
        List<Violation> invalid = validation.validate(command);
        if (!invalid.isEmpty()) {
            return new Outcome.Rejected<>(stream, invalid);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(stream, actor, command, cause);
            } catch (CachedStateBehind behind) {
                // The first attempt's cached state was merely behind: try again at once. Later ones collided with
                // another writer again, and pause as any conflict does.
                if (attempt >= maxAttempts || attempt > 1 && !pause(attempt - 1)) {
                    throw behind.conflict();
                }
                conflicts.retried++;
            } catch (ConcurrencyConflictException conflict) {
                if (cache != null) {
                    // The cached state lost a race (or the stream was set back, e.g. restored): read it afresh.
                    cache.forget(stream);
                }
                if (attempt >= maxAttempts || !pause(attempt)) {
                    throw conflict;
                }
                conflicts.retried++;
            }
        }
    }

    /**
     * Sleeps before the next attempt: a random time up to {@code base * 2^(attempt-1)}, at most the maximum ("full
     * jitter"). The randomness keeps writers that collided from colliding again in lock-step. False when interrupted.
     */
    private boolean pause(int attempt) {
        long ceiling = baseDelayNanos << Math.min(attempt - 1, 30);
        if (ceiling <= 0 || ceiling > maxDelayNanos) {
            ceiling = maxDelayNanos;
        }
        if (ceiling <= 0) {
            return true;
        }
        long nanos = ThreadLocalRandom.current().nextLong(ceiling + 1);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One attempt at a command. With a cached state the engine decides without reading the store: the append names the
     * cached version, so the store refuses it when another engine (node) appended since, and then the command is
     * decided again, at once, on what the store holds. An accepted outcome has always been appended at the version it
     * was decided on. A rejection (or an acceptance without events, which appends nothing) on a cached state is checked
     * against the store before it is returned, as nothing else would tell that the cached state was behind.
     */
    private Outcome<E, S> attempt(StreamId stream, Actor actor, C command, RecordReference cause) {
        StateCache.Snapshot<S> cached = cache == null ? null : cache.get(stream);
        if (cached == null) {
            return decide(stream, actor, command, cause, current(stream));
        }
        Outcome<E, S> outcome;
        try {
            outcome = decide(stream, actor, command, cause, cached);
        } catch (ConcurrencyConflictException behind) {
            // Fold what the other engine appended after the cached version into the cache, for the next attempt; a
            // stream that holds no more than the cached version (set back, e.g. a restored backup) is read afresh then.
            if (current(stream).version() <= cached.version()) {
                cache.forget(stream);
            }
            throw new CachedStateBehind(behind);
        }
        if (outcome instanceof Outcome.Accepted<E, S> accepted && !accepted.events().isEmpty()) {
            return outcome;
        }
        // Nothing was appended, so the store checked nothing: ask it for the stream's version. The same version means
        // the same events (a stream only grows); a shorter stream was set back (a restored backup) and is read afresh.
        long stored = store.version(stream);
        if (stored == cached.version()) {
            return outcome;
        }
        if (stored < cached.version()) {
            cache.forget(stream);
        }
        return decide(stream, actor, command, cause, current(stream));
    }

    /**
     * A decision on a cached state that the store refused because another engine appended first: the cache now holds
     * what the store has, and the next attempt decides on it (at once when it was the first attempt). It counts as an
     * attempt like any conflict.
     */
    private static final class CachedStateBehind extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CachedStateBehind(ConcurrencyConflictException conflict) {
            super(conflict.getMessage(), conflict, false, false);
        }

        ConcurrencyConflictException conflict() {
            return (ConcurrencyConflictException) getCause();
        }
    }

    /** Authorises, decides, records and appends on the given state at its version. */
    private Outcome<E, S> decide(StreamId stream, Actor actor, C command, RecordReference cause,
                                  StateCache.Snapshot<S> current) {
        S state = current.state();
        long version = current.version();
        Decider<C, E, S> decider = definition.decider();
        String step = definition.stepOf(state).name();
        List<Violation> denied = definition.authorise(command, state, actor);
        if (!denied.isEmpty()) {
            return new Outcome.Rejected<>(stream, denied);
        }
        Instant now = clock.instant();
        Decision<E> decision = decider.decide(command, state, new DecisionContext(stream, actor, now, version, ids));
        if (decision instanceof Decision.Reject<E> reject) {
            return new Outcome.Rejected<>(stream, reject.violations());
        }
        Decision.Accept<E> accept = (Decision.Accept<E>) decision;
        List<RecordedEvent<E>> recorded = new ArrayList<>(accept.events().size());
        RecordedEvent<?> previous = current.last();
        S next = state;
        // Made only for an event that links: most commands make no link.
        List<Link> links = List.of();
        List<LinkLimit> limits = List.of();
        for (E event : accept.events()) {
            Objects.requireNonNull(event, "the decider returned a null event");
            LinkRules.Planned link = null;
            if (event instanceof Linking linking && linking.link().isPresent()) {
                LinkRules.Checked checked = linkRules.check(stream, linking.link().get(), cause, store);
                if (checked.violation() != null) {
                    return new Outcome.Rejected<>(stream, List.of(checked.violation()));
                }
                link = checked.planned();
            }
            RecordedEvent<E> r = auditTrail.record(stream, previous, now, actor, step, event,
                    link != null ? link.anchor() : cause);
            if (link != null) {
                if (links.isEmpty()) {
                    links = new ArrayList<>(1);
                    limits = new ArrayList<>(0);
                }
                links.add(link.recordedBy(r));
                limits.addAll(link.limits());
            }
            recorded.add(r);
            previous = r;
            next = decider.evolve(next, event);
        }
        if (recorded.size() == 1) {
            // Most commands record one event: an immutable list of one, which the outcome keeps without copying.
            recorded = List.of(recorded.get(0));
        }
        if (!recorded.isEmpty()) {
            if (!definition.permitsMove(command, state, next)) {
                throw new IllegalStateException("The decider of " + definition.streamType() + " moved from " + step
                        + " to " + definition.stepOf(next) + " on " + command.getClass().getSimpleName()
                        + ", which the workflow does not declare");
            }
            if (links.isEmpty()) {
                store.append(stream, version, recorded);
            } else if (limits.isEmpty()) {
                store.append(stream, version, recorded, links);
            } else {
                try {
                    store.append(stream, version, recorded, links, limits);
                } catch (LinkLimitException reached) {
                    // Another engine made the one link allowed after this one's check: nothing was stored.
                    return new Outcome.Rejected<>(stream, List.of(reached.limit().violation()));
                }
            }
            if (cache != null) {
                cache.put(stream, current.then(version + recorded.size(), next, previous));
            }
        }
        return new Outcome.Accepted<>(stream, recorded, next, accept.notifications());
    }

    /** The current state of an instance: the fold of its events (the initial state for an unknown stream). */
    public S load(StreamId stream) {
        checkStream(stream);
        return current(stream).state();
    }

    /**
     * The state and version of a stream: folded from the store, or from a cached snapshot plus the events the store
     * has after it. The store stays the only truth: events appended by other nodes are always read, and a store
     * that no longer continues the cached hash chain is folded from the start.
     */
    private StateCache.Snapshot<S> current(StreamId stream) {
        Decider<C, E, S> decider = definition.decider();
        StateCache.Snapshot<S> known = cache == null ? null : cache.get(stream);
        // Taken before the store is read: an erasure after this makes the cache fold the state afresh.
        long erasures = Erasures.count();
        long foldedAt = System.nanoTime();
        List<RecordedEvent<?>> newer = known == null ? store.read(stream) : store.read(stream, known.version() + 1);
        if (known != null && !newer.isEmpty() && !newer.get(0).previousHash().equals(known.last().hash())) {
            cache.forget(stream);
            known = null;
            erasures = Erasures.count();
            foldedAt = System.nanoTime();
            newer = store.read(stream);
        }
        S state = known == null ? decider.initialState() : known.state();
        long version = known == null ? 0 : known.version();
        RecordedEvent<?> last = known == null ? null : known.last();
        for (RecordedEvent<?> r : newer) {
            state = decider.evolve(state, definition.eventType().cast(r.event()));
            last = r;
        }
        StateCache.Snapshot<S> snapshot = known == null
                ? new StateCache.Snapshot<>(newer.size(), state, last, foldedAt, erasures)
                : known.then(version + newer.size(), state, last);
        if (cache != null && !newer.isEmpty()) {
            cache.put(stream, snapshot);
        }
        return snapshot;
    }

    /** The recorded events of an instance, in order. */
    public List<RecordedEvent<E>> history(StreamId stream) {
        checkStream(stream);
        List<RecordedEvent<?>> stored = store.read(stream);
        List<RecordedEvent<E>> typed = new ArrayList<>(stored.size());
        for (RecordedEvent<?> r : stored) {
            typed.add(typed(r));
        }
        return List.copyOf(typed);
    }

    /** The record as one of this engine's events; a record of another type is a ClassCastException naming it. */
    private RecordedEvent<E> typed(RecordedEvent<?> r) {
        return new RecordedEvent<>(r.stream(), r.sequence(), r.recordedAt(), r.actor(), r.step(),
                definition.eventType().cast(r.event()), r.previousHash(), r.hash(), r.cause(), r.canonical());
    }

    /**
     * Verifies the instance's audit trail as stored: read from the store itself (not from a read cache), so a
     * changed row is found. A stored record that can no longer be read back (JSON or type id damaged) makes the
     * trail broken at that record, named in the reason by stream and sequence; records before it are checked first.
     */
    public AuditTrail.Verification verify(StreamId stream) {
        checkStream(stream);
        StoredHistory stored = store.readStored(stream);
        AuditTrail.Verification readable = auditTrail.verify(stored.readable());
        if (!readable.valid() || stored.isComplete()) {
            return readable;
        }
        return new AuditTrail.Verification(false, stored.unreadableSequence(), "entry " + stream + "#"
                + stored.unreadableSequence() + " cannot be read: " + stored.unreadableReason());
    }

    /** The commands the system should fire on the instance at {@code now} because a deadline passed. */
    public List<C> due(StreamId stream, Instant now) {
        return definition.decider().due(load(stream), now);
    }

    /** {@link #fireDue(StreamId, Instant)} at the engine clock's current time. */
    public List<Outcome<E, S>> fireDue(StreamId stream) {
        return fireDue(stream, clock.instant());
    }

    /**
     * Fires every command that is due at {@code now}, one after another as {@link Actor#SYSTEM}, each validated,
     * authorised, recorded and audited like any other. Stops at the first rejection (which is returned too) and
     * after at most 100 commands, so a decider that keeps finding work cannot loop forever.
     */
    public List<Outcome<E, S>> fireDue(StreamId stream, Instant now) {
        List<Outcome<E, S>> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            List<C> due = due(stream, now);
            if (due.isEmpty()) {
                break;
            }
            Outcome<E, S> outcome = handleAs(stream, Actor.SYSTEM, due.get(0));
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
        private CommandValidation validation;
        private int maxAttempts = 50;
        private Duration baseDelay = Duration.ofMillis(2);
        private Duration maxDelay = Duration.ofMillis(100);
        private int cachedStreams = DEFAULT_CACHED_STREAMS;
        private Duration cacheMaxAge = DEFAULT_CACHE_MAX_AGE;
        private CommandObserver observer = CommandObserver.NONE;
        private LinkTypes linkTypes = LinkTypes.defaults();

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

        /**
         * The event format: what the audit trail hashes and what the store writes and reads, handed to the store
         * by {@link #build()} ({@link EventStore#withFormat}); default {@link ParticipatieJson#defaults()}. Give a
         * {@link ParticipatieJson#of ParticipatieJson of your own} for modules that are not on the class path.
         */
        public Builder<C, E, S> format(EventFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /** The Bean Validation of commands, run before the workflow; default {@link CommandValidation#shared()}. */
        public Builder<C, E, S> validation(CommandValidation value) {
            this.validation = Objects.requireNonNull(value, "validation");
            return this;
        }

        /**
         * How many times in all {@link ProcessEngine#handle} tries a command when the instance changes under it
         * (a {@link ConcurrencyConflictException}); default 50, at least 1. With 1 every conflict reaches the caller.
         */
        public Builder<C, E, S> maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /**
         * The pause between attempts after a conflict: before try {@code n + 1} the engine sleeps a random time
         * between 0 and {@code base * 2^(n-1)}, capped at {@code max}. Defaults 2 ms and 100 ms; zero for both
         * retries at once (as a test with an in-memory store may want).
         */
        public Builder<C, E, S> retryDelays(Duration base, Duration max) {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(max, "max");
            if (base.isNegative() || max.isNegative() || base.compareTo(max) > 0) {
                throw new IllegalArgumentException("retry delays must be 0 or more with base <= max, were " + base
                        + " and " + max);
            }
            this.baseDelay = base;
            this.maxDelay = max;
            return this;
        }

        /**
         * The engine's state cache, the library's only cache: keeps the folded state of up to {@code streams}
         * recently used instances (least recently used leave first), each with its version and last record. A command
         * on a cached instance is decided on the cached state without reading the store; one on an instance that is not
         * cached reads and folds its history, and caches the result. Default {@value ProcessEngine#DEFAULT_CACHED_STREAMS}; 0 turns
         * the cache off, and then every command reads and folds the whole history.
         *
         * <p><b>Memory.</b> Bounded by the number of instances: each entry holds the instance's state (a record of the
         * method), its last {@link RecordedEvent} and the stream id. Measured with JOL ({@code benchmarks/README.md},
         * Memory): about 2.2 KB per entry for Burgers aan het stuur initiatives after a whole cycle, so about 2.2 MB for
         * a full cache at the default bound. A method whose state grows with its history (a campaign with thousands of
         * reports) costs that state's size per entry.
         *
         * <p><b>Several engines (nodes) on one database.</b> The store stays the only truth. A decision is appended
         * with the version of the state it was made on, so when another engine appended meanwhile the store's version
         * check refuses it ({@link ConcurrencyConflictException}); the engine then folds in the events after the cached
         * version (or, for a stream that was set back, the whole history) and decides again at once. An accepted
         * outcome is therefore never decided on a state older than the version it was appended at. A rejection on a
         * cached state is checked against the store before it is returned (a rejection appends nothing, so the store
         * cannot refuse it), and {@link ProcessEngine#load}, {@link ProcessEngine#due} and {@link ProcessEngine#verify}
         * read the store. After restoring a database from a backup, restart the engines: a stream restored to exactly
         * the length an engine cached, but with other events, is the one change the version check cannot see.
         *
         * <p><b>Erasure.</b> A cached state holds the values its events held, decrypted. When an erasure key is
         * destroyed in this JVM ({@link nl.participatie.core.trust.ErasureKeys#erasePerson}, a retention's
         * {@code expireStream}) every engine of the JVM folds its cached states afresh before it uses them; an engine
         * on another node does so once the state's maximum age has passed since it was folded from the start (one
         * minute by default, see {@link #cacheStates(int, Duration)}).
         */
        public Builder<C, E, S> cacheStates(int streams) {
            return cacheStates(streams, cacheMaxAge);
        }

        /**
         * {@link #cacheStates(int)} with the longest time a cached state is used before it is folded afresh from the
         * store: the bound on how long a value erased on another node stays in this engine's cache (default
         * {@link ProcessEngine#DEFAULT_CACHE_MAX_AGE one minute}; an erasure in this JVM empties the cache at once). A longer age
         * saves a read of a busy instance's history once per age; zero folds every command's state from the store.
         */
        public Builder<C, E, S> cacheStates(int streams, Duration maxAge) {
            if (streams < 0) {
                throw new IllegalArgumentException("streams must be 0 or more, was " + streams);
            }
            Objects.requireNonNull(maxAge, "maxAge");
            if (maxAge.isNegative()) {
                throw new IllegalArgumentException("maxAge must be 0 or more, was " + maxAge);
            }
            this.cachedStreams = streams;
            this.cacheMaxAge = maxAge;
            return this;
        }

        /**
         * Who is told of every command this engine handled, with its outcome, the conflicts retried and the time it
         * took (metrics, logs); default {@link CommandObserver#NONE}.
         */
        public Builder<C, E, S> observer(CommandObserver value) {
            this.observer = Objects.requireNonNull(value, "observer");
            return this;
        }

        /**
         * The link types this engine accepts for events that make links ({@link Linking}); default
         * {@link LinkTypes#defaults()}, the links between the five methods.
         */
        public Builder<C, E, S> links(LinkTypes value) {
            this.linkTypes = Objects.requireNonNull(value, "links");
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
            if (validation == null) {
                validation = CommandValidation.shared();
            }
            if (format.erasureKeys().isEmpty() && store.erasureKeys().isPresent()) {
                // Erasable personal data is sealed with the store's keys, and hashed as sealed: one format for both.
                format = format.withErasureKeys(store.erasureKeys().get());
            }
            store = Objects.requireNonNull(store.withFormat(format), "the store's withFormat returned null");
            return new ProcessEngine<>(this);
        }
    }
}
