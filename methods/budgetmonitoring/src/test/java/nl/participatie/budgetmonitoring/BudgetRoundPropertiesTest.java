package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static nl.participatie.budgetmonitoring.Fixtures.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.*;
import nl.participatie.core.Outcome;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Money;
import nl.participatie.testkit.Spec;

/**
 * What holds for every budget, reallocation, allocation, realisation and crosswalk: amounts are conserved to the cent
 * and every grouping adds up to its total; and for every history of a round: replaying its events gives the state the
 * engine returned, the adopted budget is the budget plus the adopted reallocations, and state and events read back
 * from JSON as themselves.
 */
class BudgetRoundPropertiesTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();
    private static final List<Actor> ACTORS = List.of(FATIMA_R, JOOP_R, KEES_R, SANNE_SP, AMBTENAAR, GRIFFIER);

    private static final List<String> TAAKVELDEN = List.of("0.1", "0.10", "1.2", "6.1", "6.3", "6.711", "6.751", "8.3");
    private static final List<String> AREAS = List.of("BU03070101", "BU03070102", "WK030701");

    @Example
    void aMillionOverThreeEqualBuurtenIsOneCentMoreForTheFirst() {
        assertThat(Allocation.byWeights(Money.of("1000000.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(Money.of("333333.34"), Money.of("333333.33"), Money.of("333333.33"));
    }

    @Property
    void anAllocationAlwaysAddsUpToTheAmount(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long cents,
                                             @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1_000_000) Integer> weights) {
        List<BigDecimal> w = weights.stream().map(i -> BigDecimal.valueOf(i, 4)).toList();
        if (w.stream().allMatch(x -> x.signum() == 0)) {
            return;
        }
        List<Money> parts = Allocation.byWeights(Money.ofCents(cents), w);
        assertThat(parts.stream().mapToLong(Money::cents).sum()).isEqualTo(cents);
        assertThat(parts).hasSize(weights.size());
    }

    @Property
    void budgetNeutralReallocationsConserveTheTotalToTheCent(@ForAll("budgets") Budget budget, @ForAll("seeds") List<Long> seeds) {
        List<Reallocation> moves = reallocations(budget, seeds, true);
        assertThat(budget.apply(moves).totalLasten()).isEqualTo(budget.totalLasten());
    }

    @Property
    void theAdoptedBudgetIsTheBudgetPlusTheAdoptedReallocations(@ForAll("budgets") Budget budget, @ForAll("seeds") List<Long> seeds) {
        List<Reallocation> changes = reallocations(budget, seeds, false);
        Budget adopted = budget.apply(changes);
        Money change = changes.stream().map(Reallocation::totalChange).reduce(Money.ZERO, Money::plus);
        assertThat(adopted.totalLasten()).isEqualTo(budget.totalLasten().plus(change));
        for (int i = 0; i < budget.lines().size(); i++) {
            String id = budget.lines().get(i).id();
            long delta = 0;
            for (Reallocation r : changes) {
                delta += (id.equals(r.to()) ? r.amount().cents() : 0) - (id.equals(r.from()) ? r.amount().cents() : 0);
            }
            assertThat(adopted.lines().get(i).lasten().cents()).isEqualTo(budget.lines().get(i).lasten().cents() + delta);
        }
    }

    @Property
    void everyGroupingOfTheComparisonAddsUpToTheGrandTotal(@ForAll("budgets") Budget budget, @ForAll("seeds") List<Long> seeds) {
        List<Reallocation> changes = reallocations(budget, seeds, false);
        List<LineAllocation> toAreas = budget.lines().isEmpty() ? List.of() : List.of(new LineAllocation(budget.lines().get(0).id(),
                List.of(AreaShare.of("BU03070101", "33.3333"), AreaShare.of("BU03070102", "66.6667"))));
        Comparison c = Comparison.of(budget, changes, toAreas, SocialDomains.defaults());
        for (List<Totals> grouping : List.of(c.byTaakveld(), c.byDomain(), c.byArea())) {
            for (int col = 0; col < 3; col++) {
                int column = col;
                assertThat(grouping.stream().mapToLong(t -> t.amount(column).cents()).sum()).isEqualTo(c.total().amount(column).cents());
            }
        }
        assertThat(c.total().amount(Comparison.MUNICIPALITY)).isEqualTo(budget.totalLasten());
        assertThat(c.total().amount(Comparison.RESIDENTS)).isEqualTo(budget.apply(changes).totalLasten());
    }

    @Property
    void everyGroupingOfTheMonitoringAddsUpToTheGrandTotal(@ForAll("budgets") Budget budget, @ForAll("seeds") List<Long> seeds,
                                                          @ForAll @IntRange(min = 1, max = 4) int through, @ForAll boolean seasonal) {
        // given an adopted budget, a realisation drawn from the seeds and perhaps last year's profile
        List<Reallocation> adopted = reallocations(budget, seeds, false);
        Budget adoptedBudget = budget.apply(adopted);
        List<Realisation.Amount> amounts = new ArrayList<>();
        List<Realisation.Amount> lastYear = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            BudgetLine line = budget.lines().get((int) (seeds.get(i) % budget.lines().size()));
            amounts.add(new Realisation.Amount(line.id(), 1 + (int) (seeds.get(i) / 3 % through), Money.ofCents(seeds.get(i) % 1_000_000_00L)));
            lastYear.add(new Realisation.Amount(line.id(), 1 + (int) (seeds.get(i) / 5 % 4), Money.ofCents(1 + seeds.get(i) % 2_000_000_00L)));
        }
        Realisation realisation = new Realisation(2026, Realisation.Periodicity.QUARTER, amounts);
        Realisation previous = seasonal ? new Realisation(2025, Realisation.Periodicity.QUARTER, lastYear) : null;
        List<LineAllocation> toAreas = List.of(new LineAllocation(budget.lines().get(0).id(),
                List.of(AreaShare.of("BU03070101", "33.3333"), AreaShare.of("BU03070102", "33.3333"), AreaShare.of("WK030701", "33.3334"))));
        // when it is monitored
        Monitoring m = Monitoring.of(adoptedBudget, adopted, realisation, previous, toAreas, SocialDomains.defaults(), BudgetRoundRules.defaults());
        // then every grouping, and the lines, add up to the total in every column, and the adopted total is the adopted budget's
        List<List<Totals>> groupings = List.of(m.byTaakveld(), m.byDomain(), m.byArea());
        for (int col = 0; col < 4; col++) {
            int column = col;
            for (List<Totals> grouping : groupings) {
                assertThat(grouping.stream().mapToLong(t -> t.amount(column).cents()).sum()).isEqualTo(m.total().amount(column).cents());
            }
        }
        assertThat(m.lines().stream().mapToLong(r -> r.realised().cents()).sum()).isEqualTo(m.total().amount(Monitoring.REALISED).cents());
        assertThat(m.total().amount(Monitoring.ADOPTED)).isEqualTo(adoptedBudget.totalLasten());
        for (Totals t : groupings.stream().flatMap(List::stream).toList()) {
            assertThat(t.amount(Monitoring.DEVIATION)).isEqualTo(t.amount(Monitoring.PROJECTED).minus(t.amount(Monitoring.ADOPTED)));
        }
    }

    @Property
    void anAreaTranslationAddsUpToTheLineInEveryColumn(@ForAll @LongRange(min = 0, max = 50_000_000_000L) long cents,
                                                        @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 100_0000) Integer> weights) {
        // given percentages with four decimals that add up to 100
        long sum = weights.stream().mapToLong(Integer::longValue).sum();
        List<BigDecimal> percents = new ArrayList<>(Allocation.byWeights(Money.ofCents(100_0000), weights.stream().map(BigDecimal::valueOf).toList())
                .stream().map(m -> BigDecimal.valueOf(m.cents(), 4)).toList());
        List<AreaShare> shares = new ArrayList<>();
        for (int i = 0; i < percents.size(); i++) {
            shares.add(new AreaShare(AreaCode.of(String.format("BU0307%04d", i + 1)), percents.get(i)));
        }
        // when a line is translated to its areas
        List<Money> parts = Allocation.toAreas(Money.ofCents(cents), shares);
        // then the parts are the line, to the cent, and none is negative
        assertThat(sum).isPositive();
        assertThat(parts.stream().mapToLong(Money::cents).sum()).isEqualTo(cents);
        assertThat(parts).allMatch(p -> !p.isNegative());
    }

    @Property
    void theCrosswalkConservesTotalsToTheCent(@ForAll("amounts2024") Map<TaakveldCode, Money> amounts,
                                              @ForAll @IntRange(min = 1, max = 99) int share) {
        // given amounts in the taakvelden of 2024, and the shipped crosswalk and a municipality's own split of 6.2
        Crosswalk shipped = Crosswalk.standard(2024, 2025);
        Map<TaakveldCode, List<Crosswalk.Share>> own = new TreeMap<>(shipped.mappings());
        own.put(TaakveldCode.of("6.2"), List.of(new Crosswalk.Share(TaakveldCode.of("6.21"), BigDecimal.valueOf(share)),
                new Crosswalk.Share(TaakveldCode.of("6.23"), BigDecimal.valueOf(100 - share))));
        long total = amounts.values().stream().mapToLong(Money::cents).sum();
        for (Crosswalk crosswalk : List.of(shipped, Crosswalk.of(2024, 2025, own))) {
            // when they are translated to 2025
            Map<TaakveldCode, Money> translated = crosswalk.translate(amounts);
            // then the total is the same to the cent, and every code is one of 2025
            assertThat(translated.values().stream().mapToLong(Money::cents).sum()).isEqualTo(total);
            assertThat(translated.keySet()).allMatch(code -> Taakvelden.standard().isValid(code, 2025));
        }
    }

    @Provide
    Arbitrary<Map<TaakveldCode, Money>> amounts2024() {
        List<TaakveldCode> codes = Taakvelden.standard().of(2024).stream().map(Taakvelden.Entry::code).toList();
        return Arbitraries.maps(Arbitraries.of(codes), Arbitraries.longs().between(-1_000_000_00L, 900_000_000_00L).map(Money::ofCents))
                .ofMaxSize(60);
    }

    enum Kind { JOIN, VOTE, COUNT, AGREE, SELECT, ANALYSE, ALLOCATE, SURVEY, COMPLETE, MOVE, INCREASE, DECREASE, WITHDRAW, SUBMIT,
        PRESENT, DECIDE, REALISE, CLOSE,
        /** The command that moves the round on from its step. */
        NEXT }

    /**
     * One random move, turned into a command against the current state.
     *
     * @param kind  what to do
     * @param actor who does it, an index into the actors
     * @param a     a number to choose with: a member, an amount, a reallocation
     */
    record Move(Kind kind, int actor, int a) {
    }

    @Provide
    Arbitrary<List<Move>> histories() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(Kind.class)), Tuple.of(1, Arbitraries.just(Kind.NEXT)));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, ACTORS.size() - 1),
                Arbitraries.integers().between(0, 1_000_000)).as(Move::new).list().ofMinSize(1).ofMaxSize(120)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = true)
    void replayEqualsFoldAndTheAdoptedBudgetHoldsForEveryHistory(@ForAll("histories") List<Move> moves) {
        // given a started round and a random history of commands by random actors, most of them refused
        Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> spec = Fixtures.started();
        BudgetRound handled = spec.state();
        for (Move move : moves) {
            BudgetRoundCommand command = command(move, handled);
            Outcome<BudgetRoundEvent, BudgetRound> outcome = spec.engine().handle(spec.stream(), actor(move, command), command);
            if (outcome instanceof Outcome.Accepted<BudgetRoundEvent, BudgetRound> accepted) {
                handled = accepted.state();
                // then after every accepted command the adopted budget is the budget plus the adopted reallocations
                Money change = handled.adopted().stream().map(Reallocation::totalChange).reduce(Money.ZERO, Money::plus);
                assertThat(BUDGET.apply(handled.adopted()).totalLasten()).isEqualTo(BUDGET.totalLasten().plus(change));
                int proposed = handled.proposed();
                assertThat(handled.reallocations()).allMatch(r -> r.number() <= proposed);
            }
        }
        Statistics.collect(handled.step());
        // and replaying the recorded events gives the state the engine returned, and everything reads back from JSON
        assertThat(BudgetmonitoringWorkflow.ROUNDS.decider().fold(BudgetRound.INITIAL,
                spec.engine().history(spec.stream()).stream().map(RecordedEvent::event).toList())).as("fold").isEqualTo(handled);
        assertThat(spec.engine().load(spec.stream())).as("replay").isEqualTo(handled);
        assertThat(spec.engine().verify(spec.stream()).valid()).as("audit trail").isTrue();
        assertThat(JSON.read(JSON.write(handled), BudgetRound.class)).as("state JSON").isEqualTo(handled);
        for (RecordedEvent<BudgetRoundEvent> r : spec.engine().history(spec.stream())) {
            assertThat(JSON.read(JSON.write(r.event()), BudgetRoundEvent.class)).as("event JSON").isEqualTo(r.event());
        }
    }

    private static String pick(List<String> from, int a) {
        return from.isEmpty() ? "bestuur" : from.get(a % from.size());
    }

    /** The programmes with lines in the round's chosen domains. */
    private static List<String> inDomains(BudgetRound state) {
        return BUDGET.lines().stream().filter(l -> state.domains().contains(SocialDomains.defaults().of(l.taakveld())))
                .map(BudgetLine::programme).distinct().toList();
    }

    private static List<String> notAnalysed(BudgetRound state) {
        return state.programmes().stream().filter(p -> state.analyses().stream().noneMatch(a -> a.programme().equals(p))).toList();
    }

    /** The spending lines of the selected programmes. */
    private static List<String> selectedLines(BudgetRound state) {
        return BUDGET.lines().stream().filter(l -> !l.isReserves() && state.programmes().contains(l.programme())).map(BudgetLine::id).toList();
    }

    /** Mostly the actor whose command it is, so histories move on; one move in six by anyone. */
    private static Actor actor(Move m, BudgetRoundCommand command) {
        if (m.actor() == 0) {
            return ACTORS.get(m.a() % ACTORS.size());
        }
        if (command instanceof CastVote v) {
            return v.channel() == Vote.Channel.PAPER ? SANNE_SP : Actor.of(v.member(), BudgetmonitoringWorkflow.RESIDENT);
        }
        if (command instanceof JoinGroup j) {
            return Actor.of(j.member(), BudgetmonitoringWorkflow.RESIDENT);
        }
        if (command instanceof PresentToCouncil || command instanceof RecordCouncilDecision) {
            return GRIFFIER;
        }
        return command instanceof RecordRealisation ? AMBTENAAR : FATIMA_R;
    }

    /** The command of a move, steered by the state so histories reach the council and monitoring. */
    private static BudgetRoundCommand command(Move m, BudgetRound state) {
        List<Reallocation> standing = state.reallocations();
        Kind kind = m.kind() != Kind.NEXT ? m.kind() : switch (state.step()) {
            case DOMAIN_SELECTION -> state.votes().isEmpty() ? Kind.VOTE : Kind.COUNT;
            case PROGRAMME_SELECTION -> Kind.SELECT;
            case ANALYSIS -> state.analyses().size() < 2 ? Kind.ANALYSE : state.surveys().isEmpty() ? Kind.SURVEY : Kind.COMPLETE;
            case ALTERNATIVE_BUDGET -> standing.isEmpty() ? Kind.MOVE : Kind.SUBMIT;
            case COUNCIL_PROPOSAL -> Kind.PRESENT;
            case COUNCIL_DECISION -> Kind.DECIDE;
            case MONITORING -> state.realisations().isEmpty() ? Kind.REALISE : Kind.CLOSE;
            default -> Kind.JOIN;
        };
        return switch (kind) {
            case JOIN -> new JoinGroup(List.of(FATIMA, JOOP, KEES).get(m.a() % 3));
            case VOTE -> new CastVote(List.of(FATIMA, JOOP, KEES).get(m.a() % 3), List.of(List.of(POVERTY, YOUTH, CARE).get(m.a() % 3)),
                    m.a() % 2 == 0 ? Vote.Channel.DIGITAL : Vote.Channel.PAPER);
            case COUNT -> new CountVotes();
            case AGREE -> new AgreeOnDomains(List.of(POVERTY, YOUTH));
            case SELECT -> new SelectProgrammes(inDomains(state).isEmpty() ? List.of(MEEDOEN) : inDomains(state));
            case ANALYSE -> new AnalyseProgramme(pick(notAnalysed(state).isEmpty() ? List.of(MEEDOEN) : notAnalysed(state), m.a()), "Doel",
                    ProgrammeAnalysis.CycleMoment.BEGROTING);
            case ALLOCATE -> new AllocateToAreas(pick(selectedLines(state), m.a()), List.of(AreaShare.of("BU03070101", "60"),
                    AreaShare.of("BU03070102", "40")));
            case SURVEY -> SURVEY;
            case COMPLETE -> new CompleteAnalysis();
            case MOVE -> new ProposeReallocation(pick(selectedLines(state), m.a()), pick(selectedLines(state), m.a() / 7),
                    Money.ofCents(1 + m.a() * 1_000L), List.of(1));
            case INCREASE -> new ProposeReallocation(null, pick(selectedLines(state), m.a()), Money.ofCents(1 + m.a() * 100L), List.of(1));
            case DECREASE -> new ProposeReallocation(pick(selectedLines(state), m.a()), null, Money.ofCents(1 + m.a() * 100L), List.of(1));
            case WITHDRAW -> new WithdrawReallocation(standing.isEmpty() ? 1 : standing.get(m.a() % standing.size()).number());
            case SUBMIT -> new SubmitAlternativeBudget(standing.stream().map(Reallocation::totalChange).reduce(Money.ZERO, Money::plus));
            case PRESENT -> new PresentToCouncil(CouncilProposal.Form.RAADSADRES, LocalDate.of(2025, 11, 6), "RA-1");
            case DECIDE -> new RecordCouncilDecision(standing.stream().map(r -> switch ((r.number() + m.a()) % 3) {
                case 0 -> new Verdict(r.number(), Verdict.Outcome.ADOPTED, r.amount(), "Aangenomen", null);
                case 1 -> new Verdict(r.number(), Verdict.Outcome.ADOPTED_AMENDED, Money.ofCents(Math.max(1, r.amount().cents() / 2)), "Half", "A-1");
                default -> new Verdict(r.number(), Verdict.Outcome.REJECTED, Money.ZERO, "Geen dekking", null);
            }).toList());
            case REALISE -> new RecordRealisation("realisatie-2026-q1", null);
            case CLOSE -> new CloseRound();
            case NEXT -> throw new IllegalStateException("NEXT is always turned into another kind");
        };
    }

    @Provide
    Arbitrary<Budget> budgets() {
        Arbitrary<BudgetLine> line = Combinators.combine(Arbitraries.of(TAAKVELDEN), Arbitraries.of(AREAS).injectNull(0.5),
                Arbitraries.longs().between(0, 500_000_000_00L)).as((tv, area, cents) ->
                new BudgetLine("x", TaakveldCode.of(tv), "P" + tv.charAt(0), area == null ? null : AreaCode.of(area), Money.ofCents(cents), Money.ZERO));
        return line.list().ofMinSize(1).ofMaxSize(30).map(lines -> {
            List<BudgetLine> numbered = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                BudgetLine l = lines.get(i);
                numbered.add(new BudgetLine("r" + i, l.taakveld(), l.programme(), l.area(), l.lasten(), l.baten()));
            }
            return new Budget(Fixtures.GM, 2026, numbered);
        });
    }

    @Provide
    Arbitrary<List<Long>> seeds() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE).list().ofMaxSize(20);
    }

    /** Reallocations between spending lines drawn from the seeds; moves only when neutral. Never below zero. */
    private static List<Reallocation> reallocations(Budget budget, List<Long> seeds, boolean neutral) {
        List<BudgetLine> spending = budget.lines().stream().filter(l -> !l.isReserves()).toList();
        List<Reallocation> out = new ArrayList<>();
        if (spending.isEmpty()) {
            return out;
        }
        long[] left = spending.stream().mapToLong(l -> l.lasten().cents()).toArray();
        int n = 1;
        for (long seed : seeds) {
            int from = (int) (seed % spending.size());
            int to = (int) ((seed / 7) % spending.size());
            int kind = neutral ? 0 : (int) ((seed / 13) % 3);
            long amount = 1 + (seed / 17) % 10_000_000_00L;
            if (kind != 1 && amount > left[from]) {
                continue;
            }
            String f = kind == 1 ? null : spending.get(from).id();
            String t = kind == 2 ? null : spending.get(to).id();
            if (f != null && f.equals(t)) {
                continue;
            }
            if (f != null) {
                left[from] -= amount;
            }
            out.add(new Reallocation(n++, f, t, Money.ofCents(amount), List.of(1)));
        }
        return out;
    }
}
