package nl.participatie.core.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import nl.participatie.core.API;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.jdbc.FeedEntry;
import nl.participatie.core.value.StreamId;

/**
 * Runs {@link Reaction reactions} from the store's feed (<i>reactieverwerker</i>): for each new entry, each
 * reaction to it fires its command on each linked stream, as the system, with the entry as the cause of what it
 * records. The library starts no threads: the vendor's scheduler calls {@link #run()}.
 *
 * <pre>{@code
 * Reactor reactor = Reactor.builder("links", store::readAll, store)
 *         .positions(new JdbcReactorPositions(dataSource))
 *         .reaction(closeIdea)
 *         .notifications(outbox::send)          // the feedback to residents
 *         .build();
 * scheduler.scheduleWithFixedDelay(reactor::run, 1, 1, TimeUnit.SECONDS);
 * }</pre>
 *
 * <p><b>Once per causing event.</b> A reaction fires once per causing event and linked stream, also after a crash
 * and a restart: the reactor saves its position after each entry, and before firing it looks in the linked stream
 * for a record that already names the entry as its cause (a command that fired but whose position was not saved
 * yet). So at most one reaction may fire on one linked stream per causing event — {@link Builder#build()} refuses
 * two reactions to one event type with the same target stream type. A fired command that is rejected records nothing
 * and is reported in the {@link Run}; it is not retried. Run one reactor of a name at a time (one node, or a lock of
 * the vendor's): two running at once can both fire before either records.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Reactor {

    private static final int BATCH = 200;

    private final String name;
    private final EventFeed feed;
    private final EventStore store;
    private final ReactorPositions positions;
    private final List<Reaction<?, ?>> reactions;
    private final Consumer<Notification> notifications;

    private Reactor(Builder b) {
        this.name = b.name;
        this.feed = b.feed;
        this.store = b.store;
        this.positions = b.positions;
        this.reactions = List.copyOf(b.reactions);
        this.notifications = b.notifications;
    }

    /**
     * Starts building a reactor.
     *
     * @param name  its name, under which its position is kept
     * @param feed  the store's feed ({@code store::readAll})
     * @param store the store the links and linked streams are read from
     */
    public static Builder builder(String name, EventFeed feed, EventStore store) {
        return new Builder(name, feed, store);
    }

    /** The name its position is kept under. */
    public String name() {
        return name;
    }

    /**
     * Handles every entry of the feed after the saved position, until the feed is empty, and saves the position
     * after each entry.
     */
    public Run run() {
        long start = positions.position(name);
        long position = start;
        int fired = 0;
        int alreadyFired = 0;
        List<Outcome.Rejected<?, ?>> rejected = new ArrayList<>();
        List<Notification> told = new ArrayList<>();
        while (true) {
            List<FeedEntry> entries = feed.readAll(position, BATCH);
            if (entries.isEmpty()) {
                break;
            }
            for (FeedEntry entry : entries) {
                RecordedEvent<?> record = entry.event();
                for (Reaction<?, ?> reaction : reactions) {
                    if (!reaction.reactsTo(record)) {
                        continue;
                    }
                    RecordReference cause = RecordReference.of(record);
                    for (StreamId linked : linked(reaction, record.stream())) {
                        if (alreadyCaused(linked, cause)) {
                            alreadyFired++;
                            continue;
                        }
                        Outcome<?, ?> outcome = fire(reaction, record, linked, cause);
                        if (outcome == null) {
                            continue;
                        }
                        if (outcome instanceof Outcome.Rejected<?, ?> no) {
                            rejected.add(no);
                        } else if (outcome instanceof Outcome.Accepted<?, ?> yes) {
                            fired++;
                            for (Notification n : yes.notifications()) {
                                told.add(n);
                                notifications.accept(n);
                            }
                        }
                    }
                }
                position = entry.position();
                positions.save(name, position);
            }
        }
        return new Run(start, position, fired, alreadyFired, List.copyOf(rejected), List.copyOf(told));
    }

    private static <C> Outcome<?, ?> fire(Reaction<?, C> reaction, RecordedEvent<?> record, StreamId linked, RecordReference cause) {
        Optional<C> command = reaction.commandFor(record, linked);
        return command.map(c -> reaction.fire(linked, c, cause)).orElse(null);
    }

    /** The streams of the reaction's target type linked to the causing stream, each once, in a stable order. */
    private List<StreamId> linked(Reaction<?, ?> reaction, StreamId causing) {
        Set<StreamId> seen = new HashSet<>();
        List<StreamId> out = new ArrayList<>();
        if (reaction.direction() == Reaction.Direction.UPSTREAM_CHAIN) {
            java.util.Deque<StreamId> open = new java.util.ArrayDeque<>(List.of(causing));
            seen.add(causing);
            while (!open.isEmpty()) {
                for (Link link : store.linksTo(open.pop())) {
                    if (seen.add(link.source())) {
                        open.push(link.source());
                        if (link.source().isOfType(reaction.targetStreamType())) {
                            out.add(link.source());
                        }
                    }
                }
            }
        } else {
            boolean up = reaction.direction() == Reaction.Direction.UPSTREAM;
            for (Link link : up ? store.linksTo(causing) : store.linksFrom(causing)) {
                StreamId other = up ? link.source() : link.target();
                if (link.type().equals(reaction.linkType()) && other.isOfType(reaction.targetStreamType()) && seen.add(other)) {
                    out.add(other);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(StreamId::toString));
        return out;
    }

    /** Whether the linked stream already holds a record caused by this one: the reaction fired before a crash. */
    private boolean alreadyCaused(StreamId linked, RecordReference cause) {
        for (RecordedEvent<?> r : store.read(linked)) {
            if (cause.equals(r.cause())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What one {@link #run()} did (<i>verwerkingsronde</i>).
     *
     * @param from          the position it started after
     * @param to            the position it handled up to
     * @param fired         commands fired and recorded
     * @param alreadyFired  reactions skipped because their record was already there (after a crash)
     * @param rejected      fired commands that were rejected; nothing of them was recorded
     * @param notifications the notifications of the fired commands, also handed to the builder's consumer
     */
    public record Run(long from, long to, int fired, int alreadyFired, List<Outcome.Rejected<?, ?>> rejected,
                      List<Notification> notifications) {
    }

    /** Configures a {@link Reactor}. */
    public static final class Builder {
        private final String name;
        private final EventFeed feed;
        private final EventStore store;
        private ReactorPositions positions = ReactorPositions.inMemory();
        private final List<Reaction<?, ?>> reactions = new ArrayList<>();
        private Consumer<Notification> notifications = n -> { };

        private Builder(String name, EventFeed feed, EventStore store) {
            if (name == null || name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("A reactor's name must be 1 to 100 characters, was " + name);
            }
            this.name = name;
            this.feed = Objects.requireNonNull(feed, "feed");
            this.store = Objects.requireNonNull(store, "store");
        }

        /** Where the position is kept; default in memory (lost with the process). */
        public Builder positions(ReactorPositions value) {
            this.positions = Objects.requireNonNull(value, "positions");
            return this;
        }

        /** Adds a reaction. */
        public Builder reaction(Reaction<?, ?> value) {
            reactions.add(Objects.requireNonNull(value, "reaction"));
            return this;
        }

        /** Where the notifications of fired commands go (the feedback to residents); default nowhere. */
        public Builder notifications(Consumer<Notification> value) {
            this.notifications = Objects.requireNonNull(value, "notifications");
            return this;
        }

        /**
         * Builds the reactor.
         *
         * @throws IllegalArgumentException when two reactions react to one stream type with the same target stream
         *                                  type: their records could not be told apart after a crash
         */
        public Reactor build() {
            Set<String> pairs = new HashSet<>();
            for (Reaction<?, ?> r : reactions) {
                String pair = r.streamType() + " -> " + r.targetStreamType();
                if (!pairs.add(pair + " " + r.name().split(":")[1])) {
                    throw new IllegalArgumentException("Two reactions fire on " + r.targetStreamType() + " for "
                            + r.name() + ": a linked stream can hold one reaction's record per causing event");
                }
            }
            return new Reactor(this);
        }
    }
}
