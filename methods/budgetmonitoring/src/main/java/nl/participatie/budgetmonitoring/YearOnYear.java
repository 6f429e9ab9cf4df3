package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;

/**
 * Last year beside this year per taakveld (<i>jaarvergelijking</i>), across a change of the taakveld list: last year's
 * realisation, translated by the {@link Crosswalk} into this year's taakvelden, beside this year's adopted and
 * projected expenditure from the {@link Monitoring}. Columns: realised last year, adopted, projected, change
 * (projected minus realised last year). Reserve mutations (taakveld 0.10) are left out. The translation conserves
 * last year's total to the cent, and the groups add up to the total exactly.
 *
 * <pre>{@code
 * YearOnYear yoy = YearOnYear.of(budget2024, realisation2024, monitoring2025, Crosswalk.standard(2024, 2025));
 * String nl = yoy.toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param municipality the municipality
 * @param previousYear last year
 * @param year         this year
 * @param byTaakveld   the groups per taakveld of this year
 * @param total        the grand total
 */
@API(status = API.Status.EXPERIMENTAL)
public record YearOnYear(MunicipalityCode municipality, int previousYear, int year, List<Totals> byTaakveld, Totals total) {

    /** Column of last year's realisation, in this year's taakvelden. */
    public static final int PREVIOUS = 0;
    /** Column of this year's adopted amount. */
    public static final int ADOPTED = 1;
    /** Column of this year's projection. */
    public static final int PROJECTED = 2;
    /** Column of the change, projected minus realised last year. */
    public static final int CHANGE = 3;

    public YearOnYear {
        InvalidValueException.requireNonNull(municipality, "municipality");
        byTaakveld = List.copyOf(InvalidValueException.requireNonNull(byTaakveld, "byTaakveld"));
        InvalidValueException.requireNonNull(total, "total");
    }

    /**
     * Puts last year's realisation beside this year's monitoring.
     *
     * @param previousBudget      last year's budget, whose lines give the realisation's taakvelden
     * @param previousRealisation last year's realisation
     * @param current             this year's monitoring
     * @param crosswalk           from last year's taakvelden to this year's
     * @throws InvalidValueException {@code budgetmonitoring.rule-invalid} when the years do not fit together,
     *                               {@code budgetmonitoring.line-id-invalid} for a realised line last year's budget lacks
     */
    public static YearOnYear of(Budget previousBudget, Realisation previousRealisation, Monitoring current, Crosswalk crosswalk) {
        InvalidValueException.requireNonNull(previousBudget, "previousBudget");
        InvalidValueException.requireNonNull(previousRealisation, "previousRealisation");
        InvalidValueException.requireNonNull(current, "current");
        InvalidValueException.requireNonNull(crosswalk, "crosswalk");
        if (crosswalk.fromYear() != previousBudget.year() || previousRealisation.year() != previousBudget.year()) {
            throw ValueRejection.RULE_INVALID.exception(String.valueOf(previousRealisation.year()), "previousYear");
        }
        if (crosswalk.toYear() != current.year()) {
            throw ValueRejection.RULE_INVALID.exception(String.valueOf(current.year()), "year");
        }
        Map<String, BudgetLine> lines = previousBudget.byId();
        Map<TaakveldCode, Long> realised = new TreeMap<>();
        for (Realisation.Amount a : previousRealisation.amounts()) {
            BudgetLine line = lines.get(a.line());
            if (line == null) {
                throw ValueRejection.LINE_ID_INVALID.exception(a.line());
            }
            if (!line.isReserves()) {
                realised.merge(line.taakveld(), a.lasten().cents(), Math::addExact);
            }
        }
        Map<TaakveldCode, Money> amounts = new TreeMap<>();
        realised.forEach((code, cents) -> amounts.put(code, Money.ofCents(cents)));
        Grouping groups = new Grouping(4);
        long[] total = new long[4];
        crosswalk.translate(amounts).forEach((code, m) -> add(groups, total, code.value(), m.cents(), 0, 0));
        for (Totals t : current.byTaakveld()) {
            add(groups, total, t.key(), 0, t.amount(Monitoring.ADOPTED).cents(), t.amount(Monitoring.PROJECTED).cents());
        }
        return new YearOnYear(current.municipality(), previousBudget.year(), current.year(), groups.totals(), Grouping.totals("total", total));
    }

    private static void add(Grouping groups, long[] total, String key, long previous, long adopted, long projected) {
        long[] cents = {previous, adopted, projected, projected - previous};
        groups.add(key, cents);
        for (int c = 0; c < cents.length; c++) {
            total[c] = Math.addExact(total[c], cents[c]);
        }
    }

    /** The comparison as a Markdown table per taakveld with its total, in Dutch or English ({@code en}). */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        String previous = String.valueOf(previousYear);
        String current = String.valueOf(year);
        md.heading(1, YearOnYearText.TITLE.in(locale, previous, current, municipality.value()));
        md.line(YearOnYearText.INTRO.in(locale, previous, current)).blank();
        List<Totals> rows = new ArrayList<>(byTaakveld);
        rows.add(total);
        ReportTables.groups(md, List.of(YearOnYearText.COLUMN_TAAKVELD.in(locale), YearOnYearText.COLUMN_NAME.in(locale)),
                List.of(YearOnYearText.COLUMN_PREVIOUS.in(locale, previous), YearOnYearText.COLUMN_ADOPTED.in(locale, current),
                        YearOnYearText.COLUMN_PROJECTED.in(locale, current), YearOnYearText.COLUMN_CHANGE.in(locale),
                        YearOnYearText.COLUMN_PERCENT.in(locale)),
                rows, t -> t == total ? List.of(YearOnYearText.TOTAL_ROW.in(locale), "")
                        : List.of(t.key(), md.escape(Taakvelden.standard().name(TaakveldCode.of(t.key()), year))),
                CHANGE, PREVIOUS, p -> percent(md, p));
        return md.toString();
    }

    private static String percent(MarkdownWriter md, BigDecimal p) {
        return p == null ? YearOnYearText.NO_PERCENT.in(md.locale()) : YearOnYearText.PERCENT.in(md.locale(), md.number(p));
    }
}
