package nl.participatie.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a method's {@link Decider} answers to a command: the events it causes and the notifications they call
 * for, or the violations that refuse it. A rejection is a value, not an exception.
 *
 * @param <E> the method's event type
 */
@API(status = API.Status.STABLE)
public sealed interface Decision<E> permits Decision.Accept, Decision.Reject {

    /** Accepts with the given events (none is allowed: a command that changes nothing). */
    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accept<>(Arrays.asList(events), List.of());
    }

    /** Accepts with the given events. */
    static <E> Decision<E> accept(List<? extends E> events) {
        return new Accept<>(List.copyOf(events), List.of());
    }

    /**
     * Refuses with one violation: the code, the path of the offending field ({@code ""} for the command as a whole)
     * and the arguments of its message in the catalogue.
     */
    static <E> Decision<E> reject(Code code, String path, Object... args) {
        return new Reject<>(List.of(Violation.of(code, path, args)));
    }

    /** Refuses with the given violations (at least one). */
    static <E> Decision<E> reject(List<Violation> violations) {
        return new Reject<>(violations);
    }

    /** Whether the command is accepted. */
    boolean isAccepted();

    /** This decision, with a notification added when accepted; a rejection stays as it is. */
    Decision<E> notify(Notification notification);

    /** This decision, with notifications added when accepted; a rejection stays as it is. */
    Decision<E> notify(List<Notification> notifications);

    /**
     * The command is accepted.
     *
     * @param events        the events, in order
     * @param notifications who should be told what
     * @param <E>           the event type
     */
    record Accept<E>(List<E> events, List<Notification> notifications) implements Decision<E> {
        public Accept {
            events = List.copyOf(events);
            notifications = List.copyOf(notifications);
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public Decision<E> notify(Notification notification) {
            return notify(List.of(notification));
        }

        @Override
        public Decision<E> notify(List<Notification> more) {
            if (more.isEmpty()) {
                return this;
            }
            List<Notification> all = new ArrayList<>(notifications.size() + more.size());
            all.addAll(notifications);
            all.addAll(more);
            return new Accept<>(events, all);
        }
    }

    /**
     * The command is refused.
     *
     * @param violations why, at least one
     * @param <E>        the event type
     */
    record Reject<E>(List<Violation> violations) implements Decision<E> {
        public Reject {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("A rejection needs at least one violation");
            }
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public Decision<E> notify(Notification notification) {
            return this;
        }

        @Override
        public Decision<E> notify(List<Notification> notifications) {
            return this;
        }
    }
}
