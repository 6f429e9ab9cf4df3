package nl.participatie.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import nl.participatie.core.API;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;

/**
 * A given/when/then specification of a process on the engine (<i>specificatie</i>), of one of the library's methods
 * or of a vendor's own: given commands (or nothing), when a command, then the events, a rejection with its codes,
 * the state, or notifications. One stream, an in-memory store, a {@link MutableClock} and sequential ids, so every
 * run is deterministic. A {@code given} command that is refused fails the test at once, with the codes it got.
 *
 * <p>From the README's "Testing your own process", where a vendor's play-spot request is specified:
 * <pre>{@code
 * Spec.of(PlaySpotRequests.DEFINITION)
 *         .given(RESIDENT, new Ask("Grasveld achter de Linde"))
 *         .given(OFFICER, new Assess())
 *         .when(RESIDENT, new Decide(true, "Mag van mij"))
 *         .thenRejected("workflow.role-not-allowed");
 * }</pre>
 *
 * @param <C> commands
 * @param <E> events
 * @param <S> state
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Spec<C, E, S> {

    private final ProcessEngine<C, E, S> engine;
    private final MutableClock clock;
    private final StreamId stream;

    private Spec(ProcessDefinition<C, E, S, ?> definition, MutableClock clock) {
        this.clock = clock;
        this.engine = ProcessEngine.builder(definition).store(new InMemoryEventStore()).clock(clock)
                .ids(IdGenerator.sequential("id")).build();
        this.stream = StreamId.of(definition.streamType(), "spec-1");
    }

    public static <C, E, S> Spec<C, E, S> of(ProcessDefinition<C, E, S, ?> definition) {
        return new Spec<>(definition, MutableClock.startingMonday());
    }

    public static <C, E, S> Spec<C, E, S> of(ProcessDefinition<C, E, S, ?> definition, MutableClock clock) {
        return new Spec<>(definition, clock);
    }

    /** Handles the commands in order; each must be accepted. */
    @SafeVarargs
    public final Spec<C, E, S> given(Actor actor, C... commands) {
        for (C c : commands) {
            Outcome<E, S> o = handle(actor, c);
            assertThat(o.violations()).as("given %s by %s", c, actor).isEmpty();
        }
        return this;
    }

    /** Handles the commands in order as the system ({@code handleAsSystem}); each must be accepted. */
    @SafeVarargs
    public final Spec<C, E, S> givenSystem(C... commands) {
        for (C c : commands) {
            Outcome<E, S> o = engine.handleAsSystem(stream, c);
            assertThat(o.violations()).as("given %s by the system", c).isEmpty();
        }
        return this;
    }

    /** Moves the clock on. */
    public Spec<C, E, S> after(Duration duration) {
        clock.advance(duration);
        return this;
    }

    /**
     * Handles the command and returns what to check. {@link Actor#SYSTEM} itself goes through
     * {@code handleAsSystem}, as an integration's would; any other actor through {@code handle}, where a forged
     * system actor is refused.
     */
    public Then when(Actor actor, C command) {
        return new Then(handle(actor, command));
    }

    private Outcome<E, S> handle(Actor actor, C command) {
        return actor.isSystem() ? engine.handleAsSystem(stream, command) : engine.handle(stream, actor, command);
    }

    /** Handles the command as the system ({@code handleAsSystem}, as an integration would) and returns what to check. */
    public Then whenSystem(C command) {
        return new Then(engine.handleAsSystem(stream, command));
    }

    /** Fires whatever is due now as the system and returns the last outcome. */
    public Then whenDeadlinesPass() {
        List<Outcome<E, S>> fired = engine.fireDue(stream);
        assertThat(fired).as("commands due at %s", clock.instant()).isNotEmpty();
        return new Then(fired.get(fired.size() - 1));
    }

    public S state() {
        return engine.load(stream);
    }

    public ProcessEngine<C, E, S> engine() {
        return engine;
    }

    public StreamId stream() {
        return stream;
    }

    public MutableClock clock() {
        return clock;
    }

    /** What a command came to. */
    public final class Then {
        private final Outcome<E, S> outcome;

        Then(Outcome<E, S> outcome) {
            this.outcome = outcome;
        }

        /** Accepted, with exactly these events. */
        @SafeVarargs
        public final Then thenEvents(E... expected) {
            assertThat(outcome.violations()).as("violations").isEmpty();
            List<Object> events = outcome.orElseThrow().events().stream().map(RecordedEvent::event).collect(Collectors.toList());
            assertThat(events).containsExactly((Object[]) expected);
            return this;
        }

        /** Accepted; the events are checked by the consumer. */
        public Then thenAccepted(Consumer<List<E>> check) {
            assertThat(outcome.violations()).as("violations").isEmpty();
            List<E> events = outcome.orElseThrow().events().stream().map(RecordedEvent::event).collect(Collectors.toList());
            check.accept(events);
            return this;
        }

        /** Rejected with exactly these violation codes (in order), each with a Dutch and an English message. */
        public Then thenRejected(String... codes) {
            assertThat(outcome.isAccepted()).as("accepted, expected rejection %s", Arrays.toString(codes)).isFalse();
            assertThat(outcome.violations()).extracting(Violation::code).containsExactly(codes);
            for (Violation v : outcome.violations()) {
                assertThat(v.message().nl()).as("Dutch message of %s", v.code()).isNotBlank();
                assertThat(v.message().en()).as("English message of %s", v.code()).isNotBlank();
            }
            return this;
        }

        /** The state after the command. */
        public Then thenState(Consumer<S> check) {
            check.accept(engine.load(stream));
            return this;
        }

        /** The notifications the command called for. */
        public Then thenNotified(Consumer<List<Notification>> check) {
            check.accept(outcome.orElseThrow().notifications());
            return this;
        }

        public Outcome<E, S> outcome() {
            return outcome;
        }

        public List<Violation> violations() {
            return outcome.violations();
        }
    }

    /** The actor a spec uses for a person in a role. */
    public static Actor actor(String person, nl.participatie.core.value.Role role) {
        return Actor.of(person, role);
    }
}
