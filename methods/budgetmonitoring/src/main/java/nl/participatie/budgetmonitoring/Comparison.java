package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;

/**
 * The municipality's budget against the residents' alternative (<i>vergelijking</i>), per line and grouped by
 * taakveld, social domain and area: columns municipality, residents, difference. Reserve mutations (taakveld 0.10)
 * are left out: they are not spending. Lines translated to areas are split over them exactly ({@link Allocation});
 * lines with neither an area nor a translation are grouped under {@code -}.
 *
 * <p>As a report: {@link #toMarkdown} in Dutch or English, and {@link #toCsv} for a spreadsheet.
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

    /**
     * The comparison as a Markdown report in Dutch or English ({@code en}): the total, the lines that change, and the
     * groups per social domain, taakveld and area, with Dutch or English money. Programme names and line ids are
     * escaped.
     */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(1, ComparisonText.TITLE.in(locale, String.valueOf(year), municipality.value()));
        md.line(ComparisonText.INTRO.in(locale)).blank();
        List<String> amounts = List.of(ComparisonText.COLUMN_MUNICIPALITY.in(locale), ComparisonText.COLUMN_RESIDENTS.in(locale),
                ComparisonText.COLUMN_DIFFERENCE.in(locale), ComparisonText.COLUMN_PERCENT.in(locale));
        java.util.function.Function<BigDecimal, String> percent = p -> p == null ? ComparisonText.NO_PERCENT.in(locale)
                : ComparisonText.PERCENT.in(locale, md.number(p));

        md.heading(2, ComparisonText.TOTAL.in(locale));
        ReportTables.groups(md, List.of(""), amounts, List.of(total), t -> List.of(ComparisonText.TOTAL_ROW.in(locale)),
                DIFFERENCE, MUNICIPALITY, percent);

        md.heading(2, ComparisonText.CHANGED_LINES.in(locale));
        List<Row> changed = lines.stream().filter(r -> !r.difference().isZero()).toList();
        if (changed.isEmpty()) {
            md.line(ComparisonText.NO_CHANGES.in(locale)).blank();
        } else {
            md.alignedTableHeader("lllrrrr", ComparisonText.COLUMN_LINE.in(locale), ComparisonText.COLUMN_PROGRAMME.in(locale),
                    ComparisonText.COLUMN_TAAKVELD.in(locale), amounts.get(0), amounts.get(1), amounts.get(2), amounts.get(3));
            for (Row r : changed) {
                md.row(md.escape(r.line()), md.escape(r.programme()), r.taakveld().value(), md.money(r.municipality()),
                        md.money(r.residents()), md.money(r.difference()), percent.apply(Totals.percent(r.difference(), r.municipality())));
            }
            md.blank();
        }

        ReportTables.groupings(md, new ReportTables.Words(ComparisonText.BY_DOMAIN.in(locale), ComparisonText.BY_TAAKVELD.in(locale),
                ComparisonText.BY_AREA.in(locale), ComparisonText.COLUMN_DOMAIN.in(locale), ComparisonText.COLUMN_TAAKVELD.in(locale),
                ComparisonText.COLUMN_NAME.in(locale), ComparisonText.COLUMN_AREA.in(locale), ComparisonText.NO_AREA.in(locale)),
                year, amounts, List.of(byDomain, byTaakveld, byArea), DIFFERENCE, MUNICIPALITY, percent);
        return md.toString();
    }

    /**
     * The comparison per line as CSV for a spreadsheet: one header row in Dutch or English, then one row per line
     * (line, taakveld, programme, social domain, municipality, residents, difference). The separator is {@code ;}, as
     * Dutch Excel expects (the comma is the Dutch decimal sign); records end with CRLF; amounts are plain numbers with
     * the language's decimal sign. Text cells that a spreadsheet would take for a formula (starting with {@code =},
     * {@code +}, {@code -}, {@code @}, tab or CR) are prefixed with {@code '} and quoted, so they are shown, never
     * evaluated.
     */
    public String toCsv(Locale locale) {
        StringBuilder csv = new StringBuilder(64 + lines.size() * 80);
        ReportTables.record(csv, ReportTables.text(ComparisonText.COLUMN_LINE.in(locale)), ReportTables.text(ComparisonText.COLUMN_TAAKVELD.in(locale)),
                ReportTables.text(ComparisonText.COLUMN_PROGRAMME.in(locale)), ReportTables.text(ComparisonText.COLUMN_DOMAIN.in(locale)),
                ReportTables.text(ComparisonText.COLUMN_MUNICIPALITY.in(locale)), ReportTables.text(ComparisonText.COLUMN_RESIDENTS.in(locale)),
                ReportTables.text(ComparisonText.COLUMN_DIFFERENCE.in(locale)));
        for (Row r : lines) {
            ReportTables.record(csv, ReportTables.text(r.line()), r.taakveld().value(), ReportTables.text(r.programme()),
                    ReportTables.text(LabelText.domain(r.domain(), locale)), ReportTables.amount(r.municipality(), locale),
                    ReportTables.amount(r.residents(), locale), ReportTables.amount(r.difference(), locale));
        }
        return csv.toString();
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
