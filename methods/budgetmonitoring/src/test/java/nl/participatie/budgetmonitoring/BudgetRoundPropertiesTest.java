package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import nl.participatie.core.value.Money;

/** What holds for every budget, reallocation and allocation: amounts are conserved to the cent. */
class BudgetRoundPropertiesTest {

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
