package nl.participatie.buurtschouw.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import nl.participatie.core.value.DutchTime;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.QualityScore;
import nl.participatie.buurtschouw.Theme;

import nl.participatie.core.API;

/**
 * Analysis over many reports (<i>analyse van meldingen</i>), for the feedback of a walk and for the municipality's
 * management information: counts per neighbourhood, category, theme, kind, status and period; response times
 * (filed to first response, filed to handled) as median and 90th percentile; the share handled within the
 * service-level objective; quality assessments per theme against the target level; and the overdue reports.
 *
 * <p>Works on {@link ReportSummary} projections in one pass per question (hash maps, one sort for percentiles), so
 * a million reports take well under a second per question. Percentiles use the nearest-rank method: the p-th
 * percentile of n sorted values is the value at position ⌈p/100 × n⌉ (the median of 1, 2, 3, 4 is 2). Immutable;
 * thread-safe when the given collection is not changed.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReportAnalysis {

    private static final String UNKNOWN = "-";

    private final List<ReportSummary> reports;
    private final ZoneId zone;

    /** What to count by (<i>indeling</i>). */
    public enum Dimension {
        /** The CBS neighbourhood code; {@code -} when unknown. */
        NEIGHBOURHOOD,
        /** The CBS district code; {@code -} when unknown. */
        DISTRICT,
        /** The main category slug. */
        MAIN_CATEGORY,
        /** The category, {@code main/sub}. */
        CATEGORY,
        /** The theme code. */
        THEME,
        /** PROBLEM, IDEA or QUALITY_ASSESSMENT. */
        KIND,
        /** The report step, e.g. IN_PROGRESS. */
        STATUS,
        /** The month filed, {@code 2026-01}, in the analysis' time zone. */
        MONTH,
        /** The ISO week filed, {@code 2026-W02}, in the analysis' time zone. */
        WEEK
    }

    /**
     * Response times of a set of reports.
     *
     * @param count  how many reports have the time
     * @param median the median (nearest rank); {@link Duration#ZERO} when count is 0
     * @param p90    the 90th percentile (nearest rank); {@link Duration#ZERO} when count is 0
     */
    public record ResponseTimes(int count, Duration median, Duration p90) {
    }

    /**
     * How many handled reports were handled within their service-level objective.
     *
     * @param handled            handled reports
     * @param withinServiceLevel of which on time
     */
    public record ServiceLevelShare(int handled, int withinServiceLevel) {
        /** The share on time, 0 to 1; 0 when nothing was handled. */
        public double share() {
            return handled == 0 ? 0 : (double) withinServiceLevel / handled;
        }
    }

    /**
     * The quality assessments of one theme.
     *
     * @param theme         the theme
     * @param assessments   how many
     * @param meetingTarget how many reached the target level
     * @param averagePoints the average level, 5 (A+) to 1 (D)
     * @param levels        how often each level was observed
     */
    public record QualityStats(Theme theme, int assessments, int meetingTarget, double averagePoints,
                               Map<QualityLevel, Integer> levels) {
        public QualityStats {
            levels = Collections.unmodifiableMap(new EnumMap<>(levels));
        }

        /** The share that reached the target, 0 to 1. */
        public double shareMeetingTarget() {
            return assessments == 0 ? 0 : (double) meetingTarget / assessments;
        }

        /** The average as the nearest level (3.4 is B). */
        public QualityLevel averageLevel() {
            return QualityLevel.nearest(averagePoints);
        }
    }

    private ReportAnalysis(List<ReportSummary> reports, ZoneId zone) {
        this.reports = reports;
        this.zone = zone;
    }

    /** An analysis of the reports, with periods in Europe/Amsterdam. */
    public static ReportAnalysis of(Collection<ReportSummary> reports) {
        return of(reports, DutchTime.ZONE);
    }

    /** An analysis of the reports, with periods in the given zone. */
    public static ReportAnalysis of(Collection<ReportSummary> reports, ZoneId zone) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(zone, "zone");
        return new ReportAnalysis(reports instanceof List<ReportSummary> list ? list : new ArrayList<>(reports), zone);
    }

    /** The analysis of the reports that match, e.g. one campaign's. */
    public ReportAnalysis where(Predicate<ReportSummary> filter) {
        List<ReportSummary> kept = new ArrayList<>();
        for (ReportSummary r : reports) {
            if (filter.test(r)) {
                kept.add(r);
            }
        }
        return new ReportAnalysis(kept, zone);
    }

    /** The number of reports. */
    public int size() {
        return reports.size();
    }

    /** The reports. */
    public List<ReportSummary> reports() {
        return Collections.unmodifiableList(reports);
    }

    /** How many reports there are per value of the dimension, sorted by value. */
    public Map<String, Long> countBy(Dimension dimension) {
        Map<Object, long[]> counts = new HashMap<>();
        for (ReportSummary r : reports) {
            counts.computeIfAbsent(raw(dimension, r), k -> new long[1])[0]++;
        }
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.merge(text(k), v[0], Long::sum));
        return Collections.unmodifiableMap(out);
    }

    /** How many reports there are per pair of values (a cross table), sorted by the first value, then the second. */
    public Map<List<String>, Long> countBy(Dimension first, Dimension second) {
        Map<List<Object>, long[]> counts = new HashMap<>();
        for (ReportSummary r : reports) {
            counts.computeIfAbsent(Arrays.asList(raw(first, r), raw(second, r)), k -> new long[1])[0]++;
        }
        Map<List<String>, Long> out = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        counts.forEach((k, v) -> out.merge(List.of(text(k.get(0)), text(k.get(1))), v[0], Long::sum));
        return Collections.unmodifiableMap(out);
    }

    /** Filed to first status change, of the reports that had one. */
    public ResponseTimes firstResponseTimes() {
        long[] seconds = new long[reports.size()];
        int n = 0;
        for (ReportSummary r : reports) {
            if (r.firstResponseAt() != null) {
                seconds[n++] = r.firstResponseAt().getEpochSecond() - r.filedAt().getEpochSecond();
            }
        }
        return times(seconds, n);
    }

    /** Filed to handled, of the handled reports. */
    public ResponseTimes handlingTimes() {
        long[] seconds = new long[reports.size()];
        int n = 0;
        for (ReportSummary r : reports) {
            if (r.isHandled()) {
                seconds[n++] = r.closedAt().getEpochSecond() - r.filedAt().getEpochSecond();
            }
        }
        return times(seconds, n);
    }

    /** The share of handled reports handled by their expected moment. */
    public ServiceLevelShare withinServiceLevel() {
        int handled = 0;
        int onTime = 0;
        for (ReportSummary r : reports) {
            if (r.isHandled()) {
                handled++;
                if (!r.closedAt().isAfter(r.expectedBy())) {
                    onTime++;
                }
            }
        }
        return new ServiceLevelShare(handled, onTime);
    }

    /**
     * The quality scores per theme of reports filed as quality assessments before scores were recorded on the campaign,
     * sorted by theme code; the scores of today's campaigns are in {@link QualityAssessments}.
     */
    public Map<Theme, QualityStats> qualityPerTheme() {
        List<QualityScore> scores = new ArrayList<>();
        for (ReportSummary r : reports) {
            if (r.quality() != null) {
                scores.add(r.quality());
            }
        }
        return qualityPerTheme(scores);
    }

    /** Quality scores per theme, sorted by theme code. */
    public static Map<Theme, QualityStats> qualityPerTheme(Collection<QualityScore> scores) {
        Map<Theme, int[]> totals = new HashMap<>();
        Map<Theme, Map<QualityLevel, Integer>> levels = new HashMap<>();
        for (QualityScore q : scores) {
            int[] t = totals.computeIfAbsent(q.theme(), k -> new int[3]);
            t[0]++;
            t[1] += q.meetsTarget() ? 1 : 0;
            t[2] += q.observed().points();
            levels.computeIfAbsent(q.theme(), k -> new EnumMap<>(QualityLevel.class)).merge(q.observed(), 1, Integer::sum);
        }
        Map<Theme, QualityStats> out = new TreeMap<>(Comparator.comparing(Theme::code));
        totals.forEach((theme, t) -> out.put(theme, new QualityStats(theme, t[0], t[1], (double) t[2] / t[0], levels.get(theme))));
        return Collections.unmodifiableMap(out);
    }

    /** The open reports past their expected handling moment at {@code now}, most overdue first. */
    public List<ReportSummary> overdue(Instant now) {
        List<ReportSummary> out = new ArrayList<>();
        for (ReportSummary r : reports) {
            if (r.isOverdue(now)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(ReportSummary::expectedBy).thenComparing(ReportSummary::id));
        return out;
    }

    private Object raw(Dimension dimension, ReportSummary r) {
        switch (dimension) {
            case NEIGHBOURHOOD:
                return r.neighbourhood();
            case DISTRICT:
                return r.neighbourhood() == null ? null : r.neighbourhood().district();
            case MAIN_CATEGORY:
                return r.category().main();
            case CATEGORY:
                return r.category();
            case THEME:
                return r.theme();
            case KIND:
                return r.kind();
            case STATUS:
                return r.step();
            case MONTH:
                LocalDate month = LocalDate.ofInstant(r.filedAt(), zone);
                return new Period(month.getYear(), month.getMonthValue(), false);
            case WEEK:
                LocalDate day = LocalDate.ofInstant(r.filedAt(), zone);
                return new Period(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), true);
            default:
                throw new IllegalArgumentException("Unknown dimension " + dimension);
        }
    }

    /** A month or ISO week as a cheap map key; formatted once per key. */
    private record Period(int year, int number, boolean week) {
        @Override
        public String toString() {
            return week ? String.format("%04d-W%02d", year, number) : String.format("%04d-%02d", year, number);
        }
    }

    private static String text(Object value) {
        return value == null ? UNKNOWN : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static ResponseTimes times(long[] seconds, int n) {
        if (n == 0) {
            return new ResponseTimes(0, Duration.ZERO, Duration.ZERO);
        }
        Arrays.sort(seconds, 0, n);
        return new ResponseTimes(n, Duration.ofSeconds(seconds[rank(50, n)]), Duration.ofSeconds(seconds[rank(90, n)]));
    }

    private static int rank(int percentile, int n) {
        return (int) Math.ceil(percentile / 100.0 * n) - 1;
    }
}
