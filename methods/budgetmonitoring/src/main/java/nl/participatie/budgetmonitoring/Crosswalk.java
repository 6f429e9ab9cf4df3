package nl.participatie.budgetmonitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;

/**
 * The crosswalk between the taakveld lists of two budget years (<i>omzettingstabel</i>): which code of the earlier
 * year goes to which codes of the later one, each with a percentage of its amount. A code valid in both years that is
 * not listed maps to itself. Amounts are translated exactly: each old code's amount is split over its new codes by
 * the largest-remainder method ({@link Allocation}), so the total of a translation is the total translated, to the
 * cent.
 *
 * <p>The library ships a default for each change of the list in {@code nl/participatie/budgetmonitoring/crosswalk.csv}
 * ({@link #standard}); its percentages where one code splits into several are an indicative default, since CBS gives
 * none. A municipality replaces it with its own ({@link #read}, {@link #of}).
 *
 * <pre>{@code
 * Crosswalk crosswalk = Crosswalk.standard(2024, 2025);
 * Map<TaakveldCode, Money> in2025 = crosswalk.translate(Map.of(TaakveldCode.of("6.2"), Money.euros(1_000_000)));
 * }</pre>
 *
 * @param fromYear the earlier budget year
 * @param toYear   the later budget year
 * @param mappings the listed codes of {@code fromYear}, each with its shares in codes of {@code toYear}
 */
@API(status = API.Status.EXPERIMENTAL)
public record Crosswalk(int fromYear, int toYear, Map<TaakveldCode, List<Share>> mappings) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One new code's share of an old code (<i>aandeel</i>).
     *
     * @param to      the code in the later year
     * @param percent its percentage of the old code's amount: above 0, at most 100, at most four decimals
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Share(TaakveldCode to, BigDecimal percent) {
        public Share {
            InvalidValueException.requireNonNull(to, "to");
            InvalidValueException.requireNonNull(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 4) {
                throw ValueRejection.SHARES_INVALID.exception(percent);
            }
        }
    }

    /**
     * Checks the crosswalk against the taakveld list: both years known, the earlier first; every listed code valid in
     * {@code fromYear}, every new code valid in {@code toYear}, each code's percentages adding up to 100 with no new
     * code twice; and every code of {@code fromYear} that {@code toYear} does not have is listed.
     */
    public Crosswalk {
        Taakvelden list = Taakvelden.standard();
        list.requireYear(fromYear);
        list.requireYear(toYear);
        if (toYear <= fromYear) {
            throw ValueRejection.RULE_INVALID.exception(toYear, "toYear");
        }
        Map<TaakveldCode, List<Share>> copy = new LinkedHashMap<>();
        InvalidValueException.requireNonNull(mappings, "mappings").forEach((from, shares) -> {
            InvalidValueException.requireNonNull(from, "from");
            if (!list.isValid(from, fromYear)) {
                throw ValueRejection.TAAKVELD_NOT_IN_YEAR.exception(from.value(), String.valueOf(fromYear));
            }
            List<Share> s = List.copyOf(InvalidValueException.requireNonNull(shares, "shares"));
            Set<TaakveldCode> targets = new HashSet<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Share share : s) {
                if (!list.isValid(share.to(), toYear)) {
                    throw ValueRejection.TAAKVELD_NOT_IN_YEAR.exception(share.to().value(), String.valueOf(toYear));
                }
                if (!targets.add(share.to())) {
                    throw ValueRejection.SHARES_INVALID.exception(share.to().value());
                }
                sum = sum.add(share.percent());
            }
            if (sum.compareTo(HUNDRED) != 0) {
                throw ValueRejection.SHARES_INVALID.exception(from.value() + " " + sum.stripTrailingZeros().toPlainString());
            }
            copy.put(from, s);
        });
        for (Taakvelden.Entry e : list.of(fromYear)) {
            if (!copy.containsKey(e.code()) && !list.isValid(e.code(), toYear)) {
                throw ValueRejection.CROSSWALK_INCOMPLETE.exception(e.code().value(), String.valueOf(fromYear), String.valueOf(toYear));
            }
        }
        mappings = Collections.unmodifiableMap(copy);
    }

    /** The municipality's own crosswalk. */
    public static Crosswalk of(int fromYear, int toYear, Map<TaakveldCode, List<Share>> mappings) {
        return new Crosswalk(fromYear, toYear, mappings);
    }

    /**
     * The library's default crosswalk from {@code fromYear} to the next year, {@code toYear}.
     *
     * @throws InvalidValueException {@code budgetmonitoring.rule-invalid} when {@code toYear} is not the next year
     */
    public static Crosswalk standard(int fromYear, int toYear) {
        if (toYear != fromYear + 1) {
            throw ValueRejection.RULE_INVALID.exception(toYear, "toYear");
        }
        try (InputStream in = Crosswalk.class.getResourceAsStream("crosswalk.csv")) {
            return read(new String(Objects.requireNonNull(in, "crosswalk.csv").readAllBytes(), StandardCharsets.UTF_8), fromYear, toYear);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A crosswalk from CSV in the layout of the shipped file: a header {@code from_year,from,to,percent}, then one row
     * per share, separated by {@code ,} (percentages with a decimal point); rows starting with {@code #} are comments,
     * rows of other years are skipped.
     *
     * @throws InvalidValueException with the code of the first thing wrong: {@code budgetmonitoring.csv-malformed},
     *                               {@code budgetmonitoring.column-missing}, {@code budgetmonitoring.taakveld-invalid},
     *                               {@code budgetmonitoring.shares-invalid}, … naming the row's value
     */
    public static Crosswalk read(String csv, int fromYear, int toYear) {
        InvalidValueException.requireNonNull(csv, "csv");
        List<StrictCsv.Row> rows;
        try {
            rows = StrictCsv.read(csv, ',');
        } catch (StrictCsv.MalformedException e) {
            throw ValueRejection.CSV_MALFORMED.exception(e.line());
        }
        Map<TaakveldCode, List<Share>> mappings = new TreeMap<>();
        for (StrictCsv.Row row : rows.isEmpty() ? rows : rows.subList(1, rows.size())) {
            List<String> c = row.cells();
            if (c.get(0).startsWith("#")) {
                continue;
            }
            if (c.size() != 4) {
                throw ValueRejection.COLUMN_MISSING.exception(row.line(), "from_year,from,to,percent");
            }
            if (!c.get(0).strip().equals(String.valueOf(fromYear))) {
                continue;
            }
            BigDecimal percent;
            try {
                percent = new BigDecimal(c.get(3).strip());
            } catch (NumberFormatException e) {
                throw ValueRejection.SHARES_INVALID.exception(c.get(3));
            }
            mappings.computeIfAbsent(TaakveldCode.of(c.get(1)), k -> new ArrayList<>()).add(new Share(TaakveldCode.of(c.get(2)), percent));
        }
        return new Crosswalk(fromYear, toYear, mappings);
    }

    /** Where {@code from}'s amount goes: its listed shares, or all of it to itself when the later year has it too. */
    public List<Share> of(TaakveldCode from) {
        List<Share> listed = mappings.get(from);
        if (listed != null) {
            return listed;
        }
        if (!Taakvelden.standard().isValid(from, fromYear) || !Taakvelden.standard().isValid(from, toYear)) {
            throw ValueRejection.TAAKVELD_NOT_IN_YEAR.exception(from.value(), String.valueOf(fromYear));
        }
        return List.of(new Share(from, HUNDRED));
    }

    /**
     * Amounts per taakveld of {@code fromYear} as amounts per taakveld of {@code toYear}, in code order; each old
     * amount split exactly over its new codes, so the translation's total is the total given, to the cent.
     */
    public Map<TaakveldCode, Money> translate(Map<TaakveldCode, Money> amounts) {
        Map<TaakveldCode, Long> cents = new TreeMap<>();
        InvalidValueException.requireNonNull(amounts, "amounts").forEach((from, amount) -> {
            List<Share> shares = of(from);
            List<Money> parts = Allocation.byWeights(amount, shares.stream().map(Share::percent).toList());
            for (int i = 0; i < shares.size(); i++) {
                cents.merge(shares.get(i).to(), parts.get(i).cents(), Math::addExact);
            }
        });
        Map<TaakveldCode, Money> out = new LinkedHashMap<>();
        cents.forEach((code, c) -> out.put(code, Money.ofCents(c)));
        return Collections.unmodifiableMap(out);
    }
}
