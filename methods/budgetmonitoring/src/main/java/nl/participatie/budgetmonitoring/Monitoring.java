package nl.participatie.budgetmonitoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;

/**
 * Realisation against the adopted budget (<i>monitoring</i>), per line and grouped by taakveld, social domain and
 * area: columns adopted, realised so far, projected for the year, deviation (projected minus adopted). The year-end
 * projection is linear (realised × periods in the year / periods passed), or follows a <b>seasonal profile</b> when
 * last year's realisation is given: realised so far / the share of last year's expenditure that fell in the same
 * periods (when that share is below 1 %, or nothing was spent, the profile is not used and the projection is linear).
 * Each projection is rounded to the cent half-even; groups are sums of their lines, exactly.
 *
 * <p>A line is flagged when its deviation is above the rules' percentage of the adopted amount or above its amount
 * (either suffices), as over- or underspending; a line that received an adopted reallocation and has no realisation
 * yet is flagged too. Reserve mutations (taakveld 0.10) are left out.
 *
 * <p>As a report: {@link #toMarkdown} in Dutch or English, and {@link #toCsv} for a spreadsheet.
 *
 * @param municipality  the municipality
 * @param year          the budget year
 * @param periodicity   months or quarters
 * @param throughPeriod the last period realised
 * @param seasonal      whether the projection followed last year's seasonal profile
 * @param lines         one row per line, in budget order
 * @param byTaakveld    the groups per taakveld
 * @param byDomain      the groups per social domain
 * @param byArea        the groups per area
 * @param total         the grand total
 */
@API(status = API.Status.EXPERIMENTAL)
public record Monitoring(MunicipalityCode municipality, int year, Realisation.Periodicity periodicity, int throughPeriod, boolean seasonal,
                         List<Row> lines, List<Totals> byTaakveld, List<Totals> byDomain, List<Totals> byArea, Totals total) {

    /** Column of the adopted amount. */
    public static final int ADOPTED = 0;
    /** Column of the amount realised so far. */
    public static final int REALISED = 1;
    /** Column of the projection for the year. */
    public static final int PROJECTED = 2;
    /** Column of the deviation, projected minus adopted. */
    public static final int DEVIATION = 3;

    /** Why a line is flagged (<i>signaal</i>). */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Flag {
        /** Nothing to report. */
        NONE,
        /** Projected above the adopted amount beyond a threshold (<i>overschrijding</i>). */
        OVERSPENDING,
        /** Projected below the adopted amount beyond a threshold (<i>onderbesteding</i>). */
        UNDERSPENDING,
        /** An adopted reallocation went to this line and nothing has been spent on it (<i>niet uitgevoerd</i>). */
        NOT_STARTED;

        /** The flag's word in one language. */
        String label(Locale locale) {
            return switch (this) {
                case NONE -> MonitoringText.FLAG_NONE.in(locale);
                case OVERSPENDING -> MonitoringText.FLAG_OVERSPENDING.in(locale);
                case UNDERSPENDING -> MonitoringText.FLAG_UNDERSPENDING.in(locale);
                case NOT_STARTED -> MonitoringText.FLAG_NOT_STARTED.in(locale);
            };
        }
    }

    /**
     * One line monitored.
     *
     * @param line      the line's id
     * @param taakveld  its taakveld
     * @param programme its programme
     * @param domain    its social domain
     * @param adopted   the adopted expenditure
     * @param realised  realised so far
     * @param projected projected for the year
     * @param flag      why it is flagged, or {@link Flag#NONE}
     */
    @API(status = API.Status.EXPERIMENTAL)
    public record Row(String line, TaakveldCode taakveld, String programme, SocialDomain domain, Money adopted, Money realised,
                      Money projected, Flag flag) {
        public Row {
            InvalidValueException.requireNonNull(line, "line");
            InvalidValueException.requireNonNull(flag, "flag");
        }

        /** Projected minus adopted. */
        public Money deviation() {
            return projected.minus(adopted);
        }
    }

    public Monitoring {
        lines = List.copyOf(lines);
        byTaakveld = List.copyOf(byTaakveld);
        byDomain = List.copyOf(byDomain);
        byArea = List.copyOf(byArea);
    }

    /**
     * Monitors the adopted budget.
     *
     * @param adopted       the adopted budget: the municipality's budget with the adopted reallocations applied
     * @param reallocations the adopted reallocations (lines they went to are flagged while nothing is spent)
     * @param realisation   this year's realisation so far
     * @param previousYear  last year's realisation, the seasonal profile; {@code null} for a linear projection
     * @param allocations   the translations of lines to areas
     * @param domains       the grouping into social domains
     * @param rules         the thresholds
     */
    public static Monitoring of(Budget adopted, List<Reallocation> reallocations, Realisation realisation, Realisation previousYear,
                                List<LineAllocation> allocations, SocialDomains domains, BudgetRoundRules rules) {
        // One pass over the realisation (lines × periods), summing into a counter per line without boxing.
        Map<String, long[]> realised = new HashMap<>(adopted.lines().size() * 2);
        int through = 0;
        for (Realisation.Amount a : realisation.amounts()) {
            long[] sum = realised.computeIfAbsent(a.line(), k -> new long[1]);
            sum[0] = Math.addExact(sum[0], a.lasten().cents());
            through = Math.max(through, a.period());
        }
        Set<String> receiving = new HashSet<>();
        reallocations.forEach(r -> {
            if (r.to() != null && r.amount().isPositive()) {
                receiving.add(r.to());
            }
        });
        int periods = realisation.periodicity().periods();
        BigInteger[] profile = profile(adopted, previousYear, realisation.periodicity(), through);
        Map<String, LineAllocation> toAreas = Comparison.byLine(allocations);
        List<Row> rows = new ArrayList<>(adopted.lines().size());
        Grouping taakvelden = new Grouping(4);
        Grouping domainGroups = new Grouping(4);
        Grouping areas = new Grouping(4);
        long[] total = new long[4];
        for (BudgetLine line : adopted.lines()) {
            if (line.isReserves()) {
                continue;
            }
            long[] sum = realised.get(line.id());
            long spent = sum == null ? 0 : sum[0];
            long projected = project(spent, through, periods, profile);
            Money adoptedAmount = line.lasten();
            Flag flag = flag(adoptedAmount.cents(), projected, rules);
            if (flag == Flag.NONE && receiving.contains(line.id()) && spent == 0) {
                flag = Flag.NOT_STARTED;
            }
            SocialDomain domain = domains.of(line.taakveld());
            rows.add(new Row(line.id(), line.taakveld(), line.programme(), domain, adoptedAmount, Money.ofCents(spent),
                    Money.ofCents(projected), flag));
            long[] cents = {adoptedAmount.cents(), spent, projected, projected - adoptedAmount.cents()};
            taakvelden.add(line.taakveld().value(), cents);
            domainGroups.add(domain.code(), cents);
            Comparison.addToAreas(areas, line, toAreas.get(line.id()), cents, PROJECTED, ADOPTED);
            for (int c = 0; c < 4; c++) {
                total[c] = Math.addExact(total[c], cents[c]);
            }
        }
        return new Monitoring(adopted.municipality(), adopted.year(), realisation.periodicity(), through, profile != null, rows,
                taakvelden.totals(), domainGroups.totals(), areas.totals(), Grouping.totals("total", total));
    }

    /** The flagged lines. */
    public List<Row> flagged() {
        return lines.stream().filter(r -> r.flag() != Flag.NONE).toList();
    }

    /**
     * The monitoring as a Markdown report in Dutch or English ({@code en}): how far the year is realised and how it is
     * projected, the total, the flagged lines, and the groups per social domain, taakveld and area. Programme names
     * and line ids are escaped.
     */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(1, MonitoringText.TITLE.in(locale, String.valueOf(year), municipality.value()));
        MonitoringText through = periodicity == Realisation.Periodicity.QUARTER ? MonitoringText.THROUGH_QUARTER : MonitoringText.THROUGH_MONTH;
        md.line(through.in(locale, String.valueOf(throughPeriod), String.valueOf(periodicity.periods())) + " "
                + (seasonal ? MonitoringText.SEASONAL : MonitoringText.LINEAR).in(locale) + " " + MonitoringText.INTRO.in(locale)).blank();
        List<String> amounts = List.of(MonitoringText.COLUMN_ADOPTED.in(locale), MonitoringText.COLUMN_REALISED.in(locale),
                MonitoringText.COLUMN_PROJECTED.in(locale), MonitoringText.COLUMN_DEVIATION.in(locale), MonitoringText.COLUMN_PERCENT.in(locale));
        java.util.function.Function<BigDecimal, String> percent = p -> p == null ? MonitoringText.NO_PERCENT.in(locale)
                : MonitoringText.PERCENT.in(locale, md.number(p));

        md.heading(2, MonitoringText.TOTAL.in(locale));
        ReportTables.groups(md, List.of(""), amounts, List.of(total), t -> List.of(MonitoringText.TOTAL_ROW.in(locale)),
                DEVIATION, ADOPTED, percent);

        md.heading(2, MonitoringText.FLAGGED.in(locale));
        List<Row> flagged = flagged();
        if (flagged.isEmpty()) {
            md.line(MonitoringText.NO_FLAGS.in(locale)).blank();
        } else {
            md.alignedTableHeader("lllrrrrrl", MonitoringText.COLUMN_LINE.in(locale), MonitoringText.COLUMN_PROGRAMME.in(locale),
                    MonitoringText.COLUMN_TAAKVELD.in(locale), amounts.get(0), amounts.get(1), amounts.get(2), amounts.get(3),
                    amounts.get(4), MonitoringText.COLUMN_FLAG.in(locale));
            for (Row r : flagged) {
                md.row(md.escape(r.line()), md.escape(r.programme()), r.taakveld().value(), md.money(r.adopted()), md.money(r.realised()),
                        md.money(r.projected()), md.money(r.deviation()), percent.apply(Totals.percent(r.deviation(), r.adopted())),
                        r.flag().label(locale));
            }
            md.blank();
        }

        ReportTables.groupings(md, new ReportTables.Words(MonitoringText.BY_DOMAIN.in(locale), MonitoringText.BY_TAAKVELD.in(locale),
                MonitoringText.BY_AREA.in(locale), MonitoringText.COLUMN_DOMAIN.in(locale), MonitoringText.COLUMN_TAAKVELD.in(locale),
                MonitoringText.COLUMN_NAME.in(locale), MonitoringText.COLUMN_AREA.in(locale), MonitoringText.NO_AREA.in(locale)),
                year, amounts, List.of(byDomain, byTaakveld, byArea), DEVIATION, ADOPTED, percent);
        return md.toString();
    }

    /**
     * The monitoring per line as CSV for a spreadsheet: one header row in Dutch or English, then one row per line
     * (line, taakveld, programme, social domain, adopted, realised, projected, deviation, flag). The separator is
     * {@code ;}, as Dutch Excel expects (the comma is the Dutch decimal sign); records end with CRLF; amounts are
     * plain numbers with the language's decimal sign. Text cells that a spreadsheet would take for a formula
     * (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) are prefixed with {@code '} and quoted,
     * so they are shown, never evaluated.
     */
    public String toCsv(Locale locale) {
        StringBuilder csv = new StringBuilder(64 + lines.size() * 100);
        ReportTables.record(csv, ReportTables.text(MonitoringText.COLUMN_LINE.in(locale)), ReportTables.text(MonitoringText.COLUMN_TAAKVELD.in(locale)),
                ReportTables.text(MonitoringText.COLUMN_PROGRAMME.in(locale)), ReportTables.text(MonitoringText.COLUMN_DOMAIN.in(locale)),
                ReportTables.text(MonitoringText.COLUMN_ADOPTED.in(locale)), ReportTables.text(MonitoringText.COLUMN_REALISED.in(locale)),
                ReportTables.text(MonitoringText.COLUMN_PROJECTED.in(locale)), ReportTables.text(MonitoringText.COLUMN_DEVIATION.in(locale)),
                ReportTables.text(MonitoringText.COLUMN_FLAG.in(locale)));
        for (Row r : lines) {
            ReportTables.record(csv, ReportTables.text(r.line()), r.taakveld().value(), ReportTables.text(r.programme()),
                    ReportTables.text(LabelText.domain(r.domain(), locale)), ReportTables.amount(r.adopted(), locale),
                    ReportTables.amount(r.realised(), locale), ReportTables.amount(r.projected(), locale),
                    ReportTables.amount(r.deviation(), locale), ReportTables.text(r.flag().label(locale)));
        }
        return csv.toString();
    }

    /**
     * Last year's expenditure through the same period and in the whole year, {@code {part, whole}}; {@code null}
     * when there is no usable profile (none given, nothing spent in the year, or less than 1 % of it in those periods).
     */
    private static BigInteger[] profile(Budget adopted, Realisation previous, Realisation.Periodicity periodicity, int through) {
        if (previous == null || previous.periodicity() != periodicity) {
            return null;
        }
        Set<String> reserves = new HashSet<>();
        adopted.lines().forEach(l -> {
            if (l.isReserves()) {
                reserves.add(l.id());
            }
        });
        long part = 0;
        long whole = 0;
        for (Realisation.Amount a : previous.amounts()) {
            if (reserves.contains(a.line())) {
                continue;
            }
            whole = Math.addExact(whole, a.lasten().cents());
            if (a.period() <= through) {
                part = Math.addExact(part, a.lasten().cents());
            }
        }
        // A profile that put less than 1 % of last year in the periods passed would multiply this year's realisation more
        // than a hundredfold: it says more about last year's bookings than about this year, so the projection is linear.
        boolean usable = part > 0 && whole > 0 && BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)).compareTo(BigInteger.valueOf(whole)) >= 0;
        return usable ? new BigInteger[] {BigInteger.valueOf(part), BigInteger.valueOf(whole)} : null;
    }

    private static long project(long spent, int through, int periods, BigInteger[] profile) {
        if (through == 0) {
            return 0;
        }
        BigInteger numerator = BigInteger.valueOf(spent).multiply(profile == null ? BigInteger.valueOf(periods) : profile[1]);
        BigInteger denominator = profile == null ? BigInteger.valueOf(through) : profile[0];
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static Flag flag(long adopted, long projected, BudgetRoundRules rules) {
        long deviation = projected - adopted;
        if (deviation == 0) {
            return Flag.NONE;
        }
        boolean aboveAmount = Math.abs(deviation) > rules.deviationAmount().cents();
        // deviation / adopted > percent / 100, kept in integers: |deviation| * 100 > percent * |adopted|.
        boolean abovePercent = adopted == 0 || BigDecimal.valueOf(Math.abs(deviation)).multiply(BigDecimal.valueOf(100))
                .compareTo(rules.deviationPercent().multiply(BigDecimal.valueOf(Math.abs(adopted)))) > 0;
        if (!aboveAmount && !abovePercent) {
            return Flag.NONE;
        }
        return deviation > 0 ? Flag.OVERSPENDING : Flag.UNDERSPENDING;
    }
}
