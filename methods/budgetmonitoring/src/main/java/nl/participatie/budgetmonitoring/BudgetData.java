package nl.participatie.budgetmonitoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * Where a budget round finds its figures (<i>begrotingsgegevens</i>): the budgets and realisations the municipality
 * supplied, by reference. The round's events name a reference; the thousands of lines stay here. This in-memory
 * holder is the default; a vendor backs it with its own storage by overriding {@link #budget} and
 * {@link #realisation}. Thread-safe.
 *
 * <pre>{@code
 * BudgetData data = new BudgetData();
 * data.put("begroting-2026", BudgetImport.read(csv, municipality, 2026).budget());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public class BudgetData {

    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
    private final Map<String, Realisation> realisations = new ConcurrentHashMap<>();

    /** The budget under {@code reference}, or {@code null}. */
    public Budget budget(String reference) {
        return reference == null ? null : budgets.get(reference);
    }

    /** The realisation under {@code reference}, or {@code null}. */
    public Realisation realisation(String reference) {
        return reference == null ? null : realisations.get(reference);
    }

    /** Supplies a budget under a reference; a reference is supplied once, so a round's figures never change under it. */
    public BudgetData put(String reference, Budget budget) {
        InvalidValueException.requireNonNull(budget, "budget");
        if (budgets.putIfAbsent(InvalidValueException.requireNonNull(reference, "reference"), budget) != null) {
            throw ValueRejection.REFERENCE_TAKEN.exception(reference);
        }
        return this;
    }

    /** Supplies a realisation under a reference, once. */
    public BudgetData put(String reference, Realisation realisation) {
        InvalidValueException.requireNonNull(realisation, "realisation");
        if (realisations.putIfAbsent(InvalidValueException.requireNonNull(reference, "reference"), realisation) != null) {
            throw ValueRejection.REFERENCE_TAKEN.exception(reference);
        }
        return this;
    }
}
