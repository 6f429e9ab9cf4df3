package nl.participatie.core.link;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import nl.participatie.core.API;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.StreamId;

/**
 * A declared rule across streams (<i>reactie</i>, a process manager): when an event of a type is recorded in a
 * stream of one type, fire a command on each stream linked to it by a link type, in the direction given, that is of
 * the target engine's stream type. A {@link Reactor} runs it from the feed, as the system.
 *
 * <pre>{@code
 * Reaction<InitiativeStarted, ReportCommand> closeIdea = Reaction
 *         .when(LinkTypes.INITIATIVE, InitiativeStarted.class)
 *         .along("became", Reaction.Direction.UPSTREAM)
 *         .fire(reports, (started, idea) -> Optional.of(new ReportCommand.CloseAsInitiative(started.stream())));
 * }</pre>
 *
 * @param <E> the causing event's type
 * @param <C> the fired command's type
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Reaction<E, C> {

    /** Which way to follow the links from the causing stream (<i>richting</i>). */
    public enum Direction {
        /** To the sources of links that point at the causing stream: from an initiative back to its idea. */
        UPSTREAM,
        /** To the targets of links that start at the causing stream: from an initiative to its budget round. */
        DOWNSTREAM,
        /**
         * Upstream along links of every type, as far as they go: from a budget round to the initiatives it funds and
         * on to the ideas they came from. The feedback to the residents at the start of a chain.
         */
        UPSTREAM_CHAIN
    }

    /** The link type of a reaction up the chain: every type. */
    static final String ANY_LINK = "*";

    private final String name;
    private final String streamType;
    private final Class<E> eventType;
    private final String linkType;
    private final Direction direction;
    private final Target<C> target;
    private final BiFunction<RecordedEvent<E>, StreamId, Optional<C>> command;

    private Reaction(String name, String streamType, Class<E> eventType, String linkType, Direction direction, Target<C> target,
                     BiFunction<RecordedEvent<E>, StreamId, Optional<C>> command) {
        this.name = name;
        this.streamType = streamType;
        this.eventType = eventType;
        this.linkType = linkType;
        this.direction = direction;
        this.target = target;
        this.command = command;
    }

    /** Starts declaring a reaction to events of {@code eventType} in streams of {@code streamType}. */
    public static <E> When<E> when(String streamType, Class<E> eventType) {
        StreamId.of(Objects.requireNonNull(streamType, "streamType"), "x");
        return new When<>(streamType, Objects.requireNonNull(eventType, "eventType"));
    }

    /** Its name: the causing stream type, event class, link type and direction. */
    public String name() {
        return name;
    }

    /** The stream type of the causing event. */
    public String streamType() {
        return streamType;
    }

    /** The stream type the command is fired on. */
    public String targetStreamType() {
        return target.streamType();
    }

    /** The link type followed; {@code *} for every type (up the chain). */
    public String linkType() {
        return linkType;
    }

    /** Which way the link is followed. */
    public Direction direction() {
        return direction;
    }

    /** Whether this reaction reacts to the record. */
    boolean reactsTo(RecordedEvent<?> record) {
        return record.stream().isOfType(streamType) && eventType.isInstance(record.event());
    }

    /** The command to fire on the linked stream, if any. */
    @SuppressWarnings("unchecked")
    Optional<C> commandFor(RecordedEvent<?> record, StreamId linked) {
        return Objects.requireNonNull(command.apply((RecordedEvent<E>) record, linked), "a reaction returned null");
    }

    /** Fires the command as the system, caused by the record. */
    Outcome<?, ?> fire(StreamId linked, C fired, RecordReference cause) {
        return target.fire(linked, fired, cause);
    }

    /** Where a reaction's commands go. */
    private interface Target<C> {
        String streamType();

        Outcome<?, ?> fire(StreamId stream, C command, RecordReference cause);
    }

    /**
     * The first part of a declaration: the causing event.
     *
     * @param <E> the causing event's type
     */
    public static final class When<E> {
        private final String streamType;
        private final Class<E> eventType;

        private When(String streamType, Class<E> eventType) {
            this.streamType = streamType;
            this.eventType = eventType;
        }

        /**
         * Follows the links upstream, of every type and as far as they go ({@link Direction#UPSTREAM_CHAIN}): to tell
         * the residents at the start of the chain what happened downstream.
         */
        public Along<E> upTheChain() {
            return new Along<>(this, ANY_LINK, Direction.UPSTREAM_CHAIN);
        }

        /** Follows links of the type in the direction given from the causing stream. */
        public Along<E> along(String linkType, Direction direction) {
            return new Along<>(this, Objects.requireNonNull(linkType, "linkType"), Objects.requireNonNull(direction, "direction"));
        }
    }

    /**
     * The second part of a declaration: the link followed.
     *
     * @param <E> the causing event's type
     */
    public static final class Along<E> {
        private final When<E> when;
        private final String linkType;
        private final Direction direction;

        private Along(When<E> when, String linkType, Direction direction) {
            this.when = when;
            this.linkType = linkType;
            this.direction = direction;
        }

        /**
         * Fires the command the function gives (none when empty) on each linked stream of the engine's type, through
         * {@link ProcessEngine#handleAsSystem(StreamId, Object, RecordReference)}.
         */
        public <C> Reaction<E, C> fire(ProcessEngine<C, ?, ?> engine, BiFunction<RecordedEvent<E>, StreamId, Optional<C>> command) {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(command, "command");
            String type = engine.definition().streamType();
            Target<C> target = new Target<>() {
                @Override
                public String streamType() {
                    return type;
                }

                @Override
                public Outcome<?, ?> fire(StreamId stream, C fired, RecordReference cause) {
                    return engine.handleAsSystem(stream, fired, cause);
                }
            };
            String name = when.streamType + ":" + when.eventType.getSimpleName() + ":" + linkType + ":"
                    + direction.name().toLowerCase(java.util.Locale.ROOT) + ":" + type;
            return new Reaction<>(name, when.streamType, when.eventType, linkType, direction, target, command);
        }
    }
}
