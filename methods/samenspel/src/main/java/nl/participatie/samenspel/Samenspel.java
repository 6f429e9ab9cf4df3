package nl.participatie.samenspel;

import java.time.Clock;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.CommandObserver;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;

/**
 * Samenspel as one entry point (<i>samenspel gemeente–inwoner</i>): the engine of change trajectories on the vendor's
 * event store and clock, with the municipality's rules and its source of staff evidence, so a vendor never writes
 * its type parameters.
 *
 * <pre>{@code
 * Samenspel samenspel = Samenspel.builder().store(new JdbcEventStore(dataSource)).evidence(myEvidence).build();
 * var trajectories = samenspel.trajectories();
 * var drafted = trajectories.handle(trajectories.newStream(), civilServant, new DraftTrajectory(gm0627, design));
 * }</pre>
 *
 * <p>Immutable and thread-safe, like its engine.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Samenspel {

    private final ProcessEngine<TrajectoryCommand, TrajectoryEvent, Trajectory> trajectories;
    private final TrajectoryRules rules;

    private Samenspel(Builder b) {
        this.rules = b.rules;
        this.trajectories = ProcessEngine.builder(SamenspelWorkflow.trajectories(b.rules, b.evidence)).store(b.store)
                .clock(b.clock).ids(b.ids).observer(b.observer).build();
    }

    /** Starts the configuration; defaults: an in-memory store, the UTC system clock, random ids, default rules, no evidence. */
    public static Builder builder() {
        return new Builder();
    }

    /** The engine of change trajectories. */
    public ProcessEngine<TrajectoryCommand, TrajectoryEvent, Trajectory> trajectories() {
        return trajectories;
    }

    /** The rules of trajectories. */
    public TrajectoryRules rules() {
        return rules;
    }

    /** Configures {@link Samenspel}. */
    public static final class Builder {
        private EventStore store = new InMemoryEventStore();
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private CommandObserver observer = CommandObserver.NONE;
        private TrajectoryRules rules = TrajectoryRules.defaults();
        private StaffEvidence evidence = StaffEvidence.NONE;

        private Builder() {
        }

        /** The event store, e.g. core's {@code JdbcEventStore}. */
        public Builder store(EventStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The clock of record times. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Who is told of every command the engines handle, e.g. the vendor's metrics; default none. */
        public Builder observer(CommandObserver value) {
            this.observer = Objects.requireNonNull(value, "observer");
            return this;
        }

        /** Where new stream ids come from. */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** The municipality's rules of trajectories. */
        public Builder rules(TrajectoryRules value) {
            this.rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** Where the evaluation reads what the change asks of the staff, from the other methods. */
        public Builder evidence(StaffEvidence value) {
            this.evidence = Objects.requireNonNull(value, "evidence");
            return this;
        }

        /** Builds it. */
        public Samenspel build() {
            return new Samenspel(this);
        }
    }
}
