package nl.participatie.budgetmonitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;

/**
 * A municipal budget (<i>begroting</i>) of one budget year: its lines, every taakveld valid in that year. Reference
 * data, imported ({@link BudgetImport}) and referred to by the budget round, never copied into its events.
 *
 * @param municipality the municipality (CBS {@code GM} code)
 * @param year         the budget year (<i>boekjaar</i>)
 * @param lines        the lines, ids unique
 */
@API(status = API.Status.EXPERIMENTAL)
public record Budget(MunicipalityCode municipality, int year, List<BudgetLine> lines) {

    public Budget {
        InvalidValueException.requireNonNull(municipality, "municipality");
        Taakvelden.standard().requireYear(year);
        lines = List.copyOf(InvalidValueException.requireNonNull(lines, "lines"));
        Set<String> ids = new HashSet<>();
        for (BudgetLine line : lines) {
            if (!ids.add(line.id())) {
                throw ValueRejection.LINE_ID_INVALID.exception(line.id());
            }
            if (!Taakvelden.standard().isValid(line.taakveld(), year)) {
                throw ValueRejection.TAAKVELD_NOT_IN_YEAR.exception(line.taakveld(), year);
            }
        }
    }

    /** The line with this id, or {@code null}. */
    public BudgetLine line(String id) {
        for (BudgetLine l : lines) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }

    /** The lines by id, in budget order. */
    public Map<String, BudgetLine> byId() {
        Map<String, BudgetLine> out = new HashMap<>(lines.size() * 2);
        lines.forEach(l -> out.put(l.id(), l));
        return out;
    }

    /** The programmes, in order of first appearance. */
    public Set<String> programmes() {
        Set<String> out = new LinkedHashSet<>();
        lines.forEach(l -> out.add(l.programme()));
        return out;
    }

    /** Total expenditure, reserve mutations (taakveld 0.10) excluded: they are not spending. */
    public Money totalLasten() {
        long cents = 0;
        for (BudgetLine l : lines) {
            if (!l.isReserves()) {
                cents = Math.addExact(cents, l.lasten().cents());
            }
        }
        return Money.ofCents(cents);
    }

    /**
     * This budget with reallocations applied, exactly: each moves its amount from its source line and to its target
     * line. The adopted budget is the municipality's budget with the adopted reallocations at their adopted amounts.
     */
    public Budget apply(List<Reallocation> reallocations) {
        Map<String, Long> delta = new HashMap<>();
        for (Reallocation r : reallocations) {
            long cents = r.amount().cents();
            if (r.from() != null) {
                delta.merge(r.from(), -cents, Math::addExact);
            }
            if (r.to() != null) {
                delta.merge(r.to(), cents, Math::addExact);
            }
        }
        List<BudgetLine> out = new ArrayList<>(lines.size());
        for (BudgetLine l : lines) {
            Long d = delta.get(l.id());
            out.add(d == null ? l : l.withLasten(Money.ofCents(Math.addExact(l.lasten().cents(), d))));
        }
        return new Budget(municipality, year, out);
    }
}
