package nl.participatie.budgetmonitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.participatie.core.value.Money;

/** Sums rows of cents into groups by key, exactly, in key order. */
final class Grouping {

    private final int columns;
    private final Map<String, long[]> groups = new TreeMap<>();

    Grouping(int columns) {
        this.columns = columns;
    }

    void add(String key, long... cents) {
        long[] sum = groups.computeIfAbsent(key, k -> new long[columns]);
        for (int i = 0; i < columns; i++) {
            sum[i] = Math.addExact(sum[i], cents[i]);
        }
    }

    List<Totals> totals() {
        List<Totals> out = new ArrayList<>(groups.size());
        groups.forEach((key, sum) -> out.add(totals(key, sum)));
        return out;
    }

    static Totals totals(String key, long[] sum) {
        List<Money> amounts = new ArrayList<>(sum.length);
        for (long c : sum) {
            amounts.add(Money.ofCents(c));
        }
        return new Totals(key, amounts);
    }
}
