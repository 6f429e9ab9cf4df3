package nl.participatie.burgersaanhetstuur;

import java.time.Clock;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.CommandObserver;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;

/**
 * Burgers aan het stuur as one entry point (<i>burgers aan het stuur</i>): the engine of citizen initiatives on the
 * vendor's event store and clock, with the municipality's rules, so a vendor never writes its type parameters.
 *
 * <pre>{@code
 * ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives = BurgersAanHetStuur.builder()
 *     .store(new JdbcEventStore(dataSource)).clock(Clock.systemUTC()).build().initiatives();
 * var started = initiatives.handle(initiatives.newStream(), anna, new StartInitiative(...));
 * }</pre>
 *
 * <p>Immutable and thread-safe, like its engine.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BurgersAanHetStuur {

    private final ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives;
    private final InitiativeRules rules;

    private BurgersAanHetStuur(Builder b) {
        this.rules = b.rules;
        this.initiatives = ProcessEngine.builder(BurgersAanHetStuurWorkflow.initiatives(b.rules)).store(b.store)
                .clock(b.clock).ids(b.ids).observer(b.observer).build();
    }

    /** Starts the configuration; defaults: an in-memory store, the UTC system clock, random ids, default rules. */
    public static Builder builder() {
        return new Builder();
    }

    /** The engine of citizen initiatives. */
    public ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives() {
        return initiatives;
    }

    /** The rules of initiatives: the decider's, and the ones to give {@link StallDiagnosis#of}. */
    public InitiativeRules rules() {
        return rules;
    }

    /** The stall diagnosis with these rules. */
    public StallDiagnosis diagnosis() {
        return StallDiagnosis.of(rules);
    }

    /** Configures {@link BurgersAanHetStuur}. */
    public static final class Builder {
        private EventStore store = new InMemoryEventStore();
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private CommandObserver observer = CommandObserver.NONE;
        private InitiativeRules rules = InitiativeRules.defaults();

        private Builder() {
        }

        /** The event store of the initiatives, e.g. core's {@code JdbcEventStore}. */
        public Builder store(EventStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** The clock of record times and deadlines. */
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

        /** The municipality's rules of initiatives. */
        public Builder rules(InitiativeRules value) {
            this.rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** Builds it. */
        public BurgersAanHetStuur build() {
            return new BurgersAanHetStuur(this);
        }
    }
}
