package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * Exact allocation of an amount by weights (<i>verdeling naar rato</i>), by the largest-remainder method: each part
 * first gets its exact share rounded down to the cent; the cents left over go one each to the parts with the largest
 * remainders, and between equal remainders to the earlier part. The parts always add up to the amount to the cent:
 * € 1.000.000,00 over three equal buurten is € 333.333,34, € 333.333,33 and € 333.333,33. A negative amount is
 * allocated as its opposite, negated.
 *
 * <pre>{@code
 * List<Money> parts = Allocation.byWeights(Money.of("1000000.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Allocation {

    private Allocation() {
    }

    /**
     * The amount split by the weights, in the weights' order.
     *
     * @param amount  what to allocate
     * @param weights one per part, none negative, at least one above zero
     * @throws InvalidValueException {@code budgetmonitoring.shares-invalid} for no, negative or only zero weights
     */
    public static List<Money> byWeights(Money amount, List<BigDecimal> weights) {
        InvalidValueException.requireNonNull(amount, "amount");
        InvalidValueException.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw ValueRejection.SHARES_INVALID.exception(weights);
        }
        int scale = 0;
        for (BigDecimal w : weights) {
            if (w == null || w.signum() < 0) {
                throw ValueRejection.SHARES_INVALID.exception(w);
            }
            scale = Math.max(scale, Math.max(0, w.stripTrailingZeros().scale()));
        }
        if (scale > 12) {
            throw ValueRejection.SHARES_INVALID.exception(weights);
        }
        // Whole weights, so every share is a fraction of integers and nothing is rounded but the final cents.
        BigInteger[] whole = new BigInteger[weights.size()];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < whole.length; i++) {
            whole[i] = weights.get(i).movePointRight(scale).toBigIntegerExact();
            sum = sum.add(whole[i]);
        }
        if (sum.signum() == 0) {
            throw ValueRejection.SHARES_INVALID.exception(weights);
        }
        BigInteger total = BigInteger.valueOf(Math.abs(amount.cents()));
        long[] cents = new long[whole.length];
        BigInteger[] remainder = new BigInteger[whole.length];
        long given = 0;
        for (int i = 0; i < whole.length; i++) {
            BigInteger[] qr = total.multiply(whole[i]).divideAndRemainder(sum);
            cents[i] = qr[0].longValueExact();
            remainder[i] = qr[1];
            given += cents[i];
        }
        long left = total.longValueExact() - given;
        Integer[] order = new Integer[whole.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> remainder[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            cents[order[k]]++;
        }
        long sign = amount.isNegative() ? -1 : 1;
        List<Money> out = new ArrayList<>(cents.length);
        for (long c : cents) {
            out.add(Money.ofCents(sign * c));
        }
        return List.copyOf(out);
    }

    /** A budget line's expenditure split over areas by their percentages (which need not add up to 100). */
    public static List<Money> toAreas(Money amount, List<AreaShare> shares) {
        return byWeights(amount, shares.stream().map(AreaShare::percent).toList());
    }
}
