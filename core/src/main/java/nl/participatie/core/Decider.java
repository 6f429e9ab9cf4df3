package nl.participatie.core;

import java.time.Instant;
import java.util.List;

/**
 * The rules of one kind of process instance (<i>procesregels</i>) as three pure functions: the state of a new
 * instance, what a command causes in a given state, and how an event changes the state. The engine does
 * everything else: validation, authorisation against the {@link Workflow}, the audit trail and storage.
 *
 * <p>{@code decide} must not change anything and must take time and ids only from the context, so replaying a
 * history always gives the same state. Business rules that need the state live here; rules about who may fire
 * what in which step live in the workflow, which the engine consults first.
 *
 * @param <C> the commands, a sealed interface of records
 * @param <E> the events, a sealed interface of records
 * @param <S> the state, an immutable record
 */
@API(status = API.Status.STABLE)
public interface Decider<C, E, S> {

    /** The state of an instance that has no events yet. */
    S initialState();

    /** Decides what the command causes in the given state. */
    Decision<E> decide(C command, S state, DecisionContext context);

    /** The state after the event. */
    S evolve(S state, E event);

    /**
     * The commands the system should fire at {@code now} because a deadline passed (a reaction window
     * expired, a phase ended). Fired by the engine as {@link nl.participatie.core.value.Actor#SYSTEM}, recorded
     * and audited like any other command. None by default.
     */
    default List<C> due(S state, Instant now) {
        return List.of();
    }

    /** Folds the events into a state, starting from the given one. */
    default S fold(S state, Iterable<? extends E> events) {
        S s = state;
        for (E e : events) {
            s = evolve(s, e);
        }
        return s;
    }
}
