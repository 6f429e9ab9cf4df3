package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;

/**
 * The municipality's budget against the residents' alternative (<i>vergelijking</i>), per line and grouped by
 * taakveld, social domain and area: columns municipality, residents, difference. Reserve mutations (taakveld 0.10)
 * are left out: they are not spending. Lines translated to areas are split over them exactly ({@link Allocation});
 * lines with neither an area nor a translation are grouped under {@code -}.
 *
 * @param municipality the municipality
 * @param year         the budget year
 * @param lines        one row per line that is not a reserve mutation, in budget order
 * @param byTaakveld   the groups per taakveld
 * @param byDomain     the groups per social domain
 * @param byArea       the groups per area
 * @param total        the grand total
 */
@API(status = API.Status.EXPERIMENTAL)
public record Comparison(MunicipalityCode municipality, int year, List<Row> lines, List<Totals> byTaakveld, List<Totals> byDomain,
                         List<Totals> byArea, Totals total) {

    /** Column of the municipality's amount. */
    public static final int MUNICIPALITY = 0;
    /** Column of the residents' amount. */
    public static final int RESIDENTS = 1;
    /** Column of the difference, residents minus municipality. */
    public static final int DIFFERENCE = 2;

    /**
     * One line compared.
     *
     * @param line         the line's id
     * @param taakveld     its taakveld
     * @param programme    its programme
     * @param domain       its social domain
     * @param municipality the municipality's expenditure
     * @param residents    the residents' expenditure
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Row(String line, TaakveldCode taakveld, String programme, SocialDomain domain, Money municipality, Money residents) {
        public Row {
            InvalidValueException.requireNonNull(line, "line");
        }

        /** Residents minus municipality. */
        public Money difference() {
            return residents.minus(municipality);
        }
    }

    public Comparison {
        lines = List.copyOf(lines);
        byTaakveld = List.copyOf(byTaakveld);
        byDomain = List.copyOf(byDomain);
        byArea = List.copyOf(byArea);
    }

    /**
     * Compares a budget with itself after the reallocations.
     *
     * @param budget        the municipality's budget
     * @param reallocations the residents' reallocations
     * @param allocations   the translations of lines to areas
     * @param domains       the grouping into social domains
     */
    public static Comparison of(Budget budget, List<Reallocation> reallocations, List<LineAllocation> allocations, SocialDomains domains) {
        Budget residents = budget.apply(reallocations);
        Map<String, LineAllocation> toAreas = byLine(allocations);
        List<Row> rows = new ArrayList<>(budget.lines().size());
        Grouping taakvelden = new Grouping(3);
        Grouping domainGroups = new Grouping(3);
        Grouping areas = new Grouping(3);
        long[] total = new long[3];
        for (int i = 0; i < budget.lines().size(); i++) {
            BudgetLine m = budget.lines().get(i);
            if (m.isReserves()) {
                continue;
            }
            BudgetLine r = residents.lines().get(i);
            SocialDomain domain = domains.of(m.taakveld());
            rows.add(new Row(m.id(), m.taakveld(), m.programme(), domain, m.lasten(), r.lasten()));
            long[] cents = {m.lasten().cents(), r.lasten().cents(), r.lasten().cents() - m.lasten().cents()};
            taakvelden.add(m.taakveld().value(), cents);
            domainGroups.add(domain.code(), cents);
            addToAreas(areas, m, toAreas.get(m.id()), cents, RESIDENTS, MUNICIPALITY);
            for (int c = 0; c < 3; c++) {
                total[c] = Math.addExact(total[c], cents[c]);
            }
        }
        return new Comparison(budget.municipality(), budget.year(), rows, taakvelden.totals(), domainGroups.totals(), areas.totals(),
                Grouping.totals("total", total));
    }

    /** The difference as a percentage of the municipality's amount, or {@code null} from nothing. */
    public static BigDecimal percent(Totals t) {
        return Totals.percent(t.amount(DIFFERENCE), t.amount(MUNICIPALITY));
    }

    static Map<String, LineAllocation> byLine(List<LineAllocation> allocations) {
        Map<String, LineAllocation> out = new HashMap<>();
        allocations.forEach(a -> out.put(a.line(), a));
        return out;
    }

    /**
     * A line's amounts to its area, to the areas of its translation, or to {@code -}. Split exactly column by column,
     * except the last, which is recomputed per area as {@code minuend - subtrahend}, so it stays their difference.
     */
    static void addToAreas(Grouping areas, BudgetLine line, LineAllocation allocation, long[] cents, int minuend, int subtrahend) {
        if (allocation == null) {
            areas.add(line.area() == null ? "-" : line.area().value(), cents);
            return;
        }
        int last = cents.length - 1;
        List<List<Money>> split = new ArrayList<>(last);
        for (int c = 0; c < last; c++) {
            split.add(Allocation.toAreas(Money.ofCents(cents[c]), allocation.shares()));
        }
        for (int a = 0; a < allocation.shares().size(); a++) {
            long[] part = new long[cents.length];
            for (int c = 0; c < last; c++) {
                part[c] = split.get(c).get(a).cents();
            }
            part[last] = part[minuend] - part[subtrahend];
            areas.add(allocation.shares().get(a).area().value(), part);
        }
    }
}
