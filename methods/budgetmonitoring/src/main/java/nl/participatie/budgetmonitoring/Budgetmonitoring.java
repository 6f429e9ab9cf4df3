package nl.participatie.budgetmonitoring;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import nl.participatie.core.API;
import nl.participatie.core.CommandObserver;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryEventStore;

/**
 * Budgetmonitoring as one entry point (<i>budgetmonitoring</i>): the engine of budget rounds on the vendor's event
 * store and clock, with the municipality's figures ({@link BudgetData}), rules and social domains, so a vendor never
 * writes the type parameters.
 *
 * <pre>{@code
 * Budgetmonitoring bm = Budgetmonitoring.builder().store(new JdbcEventStore(dataSource)).data(figures).build();
 * var started = bm.rounds().handle(bm.rounds().newStream(), fatima, new StartRound(...));
 * }</pre>
 *
 * <p>Immutable and thread-safe, like its engine.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Budgetmonitoring {

    private final ProcessEngine<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> rounds;
    private final BudgetData data;
    private final BudgetRoundRules rules;
    private final SocialDomains domains;
    private final Map<Integer, Crosswalk> crosswalks;

    private Budgetmonitoring(Builder b) {
        this.crosswalks = Map.copyOf(b.crosswalks);
        this.data = b.data;
        this.rules = b.rules;
        this.domains = b.domains;
        this.rounds = ProcessEngine.builder(BudgetmonitoringWorkflow.rounds(b.data, b.rules, b.domains)).store(b.store)
                .clock(b.clock).ids(b.ids).observer(b.observer).build();
    }

    /** Starts the configuration; defaults: in-memory store and figures, the UTC system clock, random ids, default rules, domains and crosswalks. */
    public static Builder builder() {
        return new Builder();
    }

    /** The engine of budget rounds. */
    public ProcessEngine<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> rounds() {
        return rounds;
    }

    /** The figures the rounds read. */
    public BudgetData data() {
        return data;
    }

    /** The comparison of a round's budget with its alternative, as it stands. */
    public Comparison comparison(BudgetRound round) {
        return Comparison.of(data.budget(round.budget()), round.reallocations(), round.allocations(), domains);
    }

    /** The monitoring of a round's adopted budget against its latest realisation; {@code null} before any. */
    public Monitoring monitoring(BudgetRound round) {
        if (round.latestRealisation() == null) {
            return null;
        }
        Budget budget = data.budget(round.budget());
        return Monitoring.of(budget.apply(round.adopted()), round.adopted(), data.realisation(round.latestRealisation()),
                data.realisation(round.previousYear()), round.allocations(), domains, rules);
    }

    /**
     * Last year's realisation (the round's {@code previousYear}) beside the monitoring of this year per taakveld,
     * translated into this year's taakvelden by the crosswalk of the year change; {@code null} before any realisation
     * or when no previous year was recorded.
     *
     * @param round          the round
     * @param previousBudget the reference of last year's budget in {@link #data()}, whose lines the realisation names
     */
    public YearOnYear yearOnYear(BudgetRound round, String previousBudget) {
        Monitoring monitoring = monitoring(round);
        if (monitoring == null || round.previousYear() == null) {
            return null;
        }
        Budget previous = data.budget(previousBudget);
        if (previous == null) {
            throw ValueRejection.RULE_INVALID.exception(previousBudget, "previousBudget");
        }
        return YearOnYear.of(previous, data.realisation(round.previousYear()), monitoring, crosswalk(round.year() - 1));
    }

    /** The crosswalk from {@code fromYear} to the next year: the municipality's own, or the library's default. */
    public Crosswalk crosswalk(int fromYear) {
        Crosswalk own = crosswalks.get(fromYear);
        return own != null ? own : Crosswalk.standard(fromYear, fromYear + 1);
    }

    /** Configures {@link Budgetmonitoring}. */
    public static final class Builder {
        private EventStore store = new InMemoryEventStore();
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids = IdGenerator.random();
        private CommandObserver observer = CommandObserver.NONE;
        private BudgetData data = new BudgetData();
        private BudgetRoundRules rules = BudgetRoundRules.defaults();
        private SocialDomains domains = SocialDomains.defaults();
        private final Map<Integer, Crosswalk> crosswalks = new HashMap<>();

        private Builder() {
        }

        /** The event store of the rounds, e.g. core's {@code JdbcEventStore}. */
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

        /** The municipality's budgets and realisations. */
        public Builder data(BudgetData value) {
            this.data = Objects.requireNonNull(value, "data");
            return this;
        }

        /** The municipality's rules of rounds. */
        public Builder rules(BudgetRoundRules value) {
            this.rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** The municipality's grouping of taakvelden into social domains. */
        public Builder domains(SocialDomains value) {
            this.domains = Objects.requireNonNull(value, "domains");
            return this;
        }

        /** The municipality's own crosswalk for a change of year, in place of the library's default. */
        public Builder crosswalk(Crosswalk value) {
            Objects.requireNonNull(value, "crosswalk");
            crosswalks.put(value.fromYear(), value);
            return this;
        }

        /** Builds it. */
        public Budgetmonitoring build() {
            return new Budgetmonitoring(this);
        }
    }
}
