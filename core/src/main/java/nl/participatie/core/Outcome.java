package nl.participatie.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.participatie.core.value.StreamId;

/**
 * What handling a command came to (<i>uitkomst</i>): accepted, with the recorded events, the new state and the
 * notifications to deliver; or rejected, with the violations. Nothing was stored for a rejection. Typed by the
 * events as well as the state, so the recorded events of an accepted outcome are as typed as
 * {@link ProcessEngine#history}.
 *
 * @param <E> the event type
 * @param <S> the state type
 */
@API(status = API.Status.STABLE)
public sealed interface Outcome<E, S> permits Outcome.Accepted, Outcome.Rejected {

    /** The process instance. */
    StreamId stream();

    /** Whether the command was accepted. */
    boolean isAccepted();

    /** The violations; empty when accepted. */
    List<Violation> violations();

    /** The accepted outcome, or a {@link RejectedException} that lists the violations. */
    Accepted<E, S> orElseThrow();

    /**
     * The command was accepted and its events are stored.
     *
     * @param stream        the instance
     * @param events        the recorded events, in order
     * @param state         the state after them
     * @param notifications who should be told what
     * @param <E>           the event type
     * @param <S>           the state type
     */
    record Accepted<E, S>(StreamId stream, List<RecordedEvent<E>> events, S state, List<Notification> notifications)
            implements Outcome<E, S> {
        public Accepted {
            Objects.requireNonNull(stream, "stream");
            events = List.copyOf(events);
            Objects.requireNonNull(state, "state");
            notifications = List.copyOf(notifications);
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public List<Violation> violations() {
            return List.of();
        }

        @Override
        public Accepted<E, S> orElseThrow() {
            return this;
        }
    }

    /**
     * The command was refused; nothing was stored.
     *
     * @param stream     the instance
     * @param violations why
     * @param <E>        the event type
     * @param <S>        the state type
     */
    record Rejected<E, S>(StreamId stream, List<Violation> violations) implements Outcome<E, S> {
        public Rejected {
            Objects.requireNonNull(stream, "stream");
            violations = List.copyOf(violations);
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public Accepted<E, S> orElseThrow() {
            throw new RejectedException(stream, violations);
        }

        /** The violation codes, in order: handy in tests. */
        public List<String> codes() {
            return violations.stream().map(Violation::code).collect(Collectors.toList());
        }
    }

    /** Thrown by {@link #orElseThrow()} for a rejected command. */
    final class RejectedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Violation> violations;

        RejectedException(StreamId stream, List<Violation> violations) {
            super("Command on " + stream + " rejected: " + violations);
            this.violations = violations;
        }

        /** Why the command was rejected. */
        public List<Violation> violations() {
            return violations;
        }
    }
}
