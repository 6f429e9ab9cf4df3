package nl.participatie.buurtschouw.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import nl.participatie.buurtschouw.Assessment;
import nl.participatie.buurtschouw.Campaign;
import nl.participatie.buurtschouw.Inspection;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.ReportRules;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.NeighbourhoodCode;

/**
 * The quality scores of a campaign (<i>burgerschouw</i>, <i>beeldkwaliteit</i>) per neighbourhood and theme, and
 * beside the municipality's own CROW inspections: as data ({@link #perAreaAndTheme()}, {@link #comparison()}) and as
 * Markdown in Dutch or English ({@link #markdown}, {@link #comparisonMarkdown}). Averages are in points on the CROW
 * scale (A+ = 5 … D = 1) and shown as the nearest level. The residents' remarks are escaped in the Markdown and show
 * as erased once erased; where exactly someone scored is never shown.
 *
 * <p>Rows are ordered by neighbourhood code, then theme code, the same in both languages. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class QualityAssessments {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Comparator<Place> ORDER = Comparator.comparing((Place p) -> p.neighbourhood().value())
            .thenComparing(p -> p.theme().code());

    /**
     * The scores of one side (residents or inspection) for one neighbourhood and theme.
     *
     * @param count      how many; at least 1
     * @param meanPoints their mean in points, 1 (D) to 5 (A+)
     * @param levels     how often each level was given
     */
    public record Scores(int count, double meanPoints, Map<QualityLevel, Integer> levels) {
        public Scores {
            if (count < 1) {
                throw new IllegalArgumentException("Scores need at least one score, not " + count);
            }
            levels = Collections.unmodifiableMap(new EnumMap<>(levels));
        }

        /** The mean as the nearest level (3.4 is B). */
        public QualityLevel average() {
            return QualityLevel.nearest(meanPoints);
        }

        /** How often a level was given. */
        public int count(QualityLevel level) {
            return levels.getOrDefault(level, 0);
        }

        static Scores of(List<QualityLevel> given) {
            Map<QualityLevel, Integer> levels = new EnumMap<>(QualityLevel.class);
            int points = 0;
            for (QualityLevel level : given) {
                levels.merge(level, 1, Integer::sum);
                points += level.points();
            }
            return new Scores(given.size(), (double) points / given.size(), levels);
        }
    }

    /**
     * The residents' scores of one theme in one neighbourhood.
     *
     * @param neighbourhood the neighbourhood
     * @param theme         the theme
     * @param scores        the scores
     * @param target        the level the municipality aims for on the theme
     * @param meetingTarget how many scores reach the target
     * @param reported      how many fell below the campaign's threshold and became a report
     * @param remarks       what the assessors added, in the order they scored; erasable
     */
    public record ThemeInArea(NeighbourhoodCode neighbourhood, Theme theme, Scores scores, QualityLevel target, int meetingTarget,
                              int reported, List<Erasable<String>> remarks) {
        public ThemeInArea {
            InvalidValueException.requireNonNull(neighbourhood, "neighbourhood");
            InvalidValueException.requireNonNull(theme, "theme");
            InvalidValueException.requireNonNull(scores, "scores");
            InvalidValueException.requireNonNull(target, "target");
            remarks = List.copyOf(remarks);
        }

        /** The share of scores that reach the target, 0 to 1. */
        public double shareMeetingTarget() {
            return (double) meetingTarget / scores.count();
        }
    }

    /**
     * The residents' scores beside the municipality's inspection, for one theme in one neighbourhood.
     *
     * @param neighbourhood the neighbourhood
     * @param theme         the theme
     * @param residents     the residents' scores; {@code null} when they gave none here
     * @param inspection    the inspection's scores; {@code null} when the municipality recorded none here
     */
    public record Comparison(NeighbourhoodCode neighbourhood, Theme theme, Scores residents, Scores inspection) {
        public Comparison {
            InvalidValueException.requireNonNull(neighbourhood, "neighbourhood");
            InvalidValueException.requireNonNull(theme, "theme");
            if (residents == null && inspection == null) {
                throw new IllegalArgumentException("A comparison needs scores on at least one side");
            }
        }

        /**
         * The residents' mean minus the inspection's, in points: below zero the residents see it as worse than the
         * municipality; empty when one side has no scores.
         */
        public OptionalDouble difference() {
            return residents == null || inspection == null ? OptionalDouble.empty()
                    : OptionalDouble.of(residents.meanPoints() - inspection.meanPoints());
        }
    }

    private record Place(NeighbourhoodCode neighbourhood, Theme theme) {
    }

    private final Campaign campaign;
    private final Function<Theme, QualityLevel> targets;

    private QualityAssessments(Campaign campaign, Function<Theme, QualityLevel> targets) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    /** The scores of a campaign, against the municipality's target level per theme (e.g. {@link ReportRules#targetFor}). */
    public static QualityAssessments of(Campaign campaign, Function<Theme, QualityLevel> targets) {
        return new QualityAssessments(campaign, targets);
    }

    /** The scores of a campaign, against the default target level (B) on every theme. */
    public static QualityAssessments of(Campaign campaign) {
        return of(campaign, ReportRules.defaults()::targetFor);
    }

    /** The residents' scores per neighbourhood and theme; only where someone scored. */
    public List<ThemeInArea> perAreaAndTheme() {
        Map<Place, List<Assessment>> grouped = new TreeMap<>(ORDER);
        for (Assessment a : campaign.assessments()) {
            grouped.computeIfAbsent(new Place(a.neighbourhood(), a.theme()), k -> new ArrayList<>()).add(a);
        }
        List<ThemeInArea> out = new ArrayList<>(grouped.size());
        grouped.forEach((place, scored) -> {
            QualityLevel target = Objects.requireNonNull(targets.apply(place.theme()), "target");
            List<QualityLevel> levels = new ArrayList<>(scored.size());
            List<Erasable<String>> remarks = new ArrayList<>();
            int meeting = 0;
            int reported = 0;
            for (Assessment a : scored) {
                levels.add(a.score());
                meeting += a.score().isAtLeast(target) ? 1 : 0;
                reported += a.isReportDue() ? 1 : 0;
                if (a.remark() != null) {
                    remarks.add(a.remark());
                }
            }
            out.add(new ThemeInArea(place.neighbourhood(), place.theme(), Scores.of(levels), target, meeting, reported, remarks));
        });
        return out;
    }

    /** The residents' scores beside the inspection's, wherever either side scored. */
    public List<Comparison> comparison() {
        Map<Place, List<QualityLevel>> residents = new TreeMap<>(ORDER);
        Map<Place, List<QualityLevel>> inspection = new TreeMap<>(ORDER);
        for (Assessment a : campaign.assessments()) {
            residents.computeIfAbsent(new Place(a.neighbourhood(), a.theme()), k -> new ArrayList<>()).add(a.score());
        }
        for (Inspection i : campaign.inspections()) {
            inspection.computeIfAbsent(new Place(i.neighbourhood(), i.theme()), k -> new ArrayList<>()).add(i.score());
        }
        TreeSet<Place> places = new TreeSet<>(ORDER);
        places.addAll(residents.keySet());
        places.addAll(inspection.keySet());
        List<Comparison> out = new ArrayList<>(places.size());
        for (Place p : places) {
            List<QualityLevel> r = residents.get(p);
            List<QualityLevel> i = inspection.get(p);
            out.add(new Comparison(p.neighbourhood(), p.theme(), r == null ? null : Scores.of(r), i == null ? null : Scores.of(i)));
        }
        return out;
    }

    /** The residents' scores per neighbourhood and theme, with their remarks, as Markdown in Dutch or English. */
    public String markdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(Objects.requireNonNullElse(locale, DUTCH));
        md.heading(1, md.text(QualityText.TITLE.code(), md.escape(campaign.title())));
        List<ThemeInArea> rows = perAreaAndTheme();
        if (rows.isEmpty()) {
            return md.line(md.text(QualityText.NONE.code())).toString();
        }
        md.line(md.text(QualityText.SCALE.code())).blank();
        List<String> header = new ArrayList<>(List.of(md.text(QualityText.NEIGHBOURHOOD.code()), md.text(QualityText.THEME.code()),
                md.text(QualityText.SCORES.code()), md.text(QualityText.AVERAGE.code())));
        for (QualityLevel level : QualityLevel.values()) {
            header.add(level.code());
        }
        header.addAll(List.of(md.text(QualityText.TARGET.code()), md.text(QualityText.MEETING_TARGET.code()),
                md.text(QualityText.REPORTED.code())));
        md.alignedTableHeader("llrl" + "r".repeat(QualityLevel.values().length) + "lrr", header.toArray(String[]::new));
        for (ThemeInArea row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.neighbourhood().value(), md.escape(row.theme().label().in(md.locale())),
                    Integer.toString(row.scores().count()), average(row.scores(), md)));
            for (QualityLevel level : QualityLevel.values()) {
                cells.add(Integer.toString(row.scores().count(level)));
            }
            cells.addAll(List.of(row.target().code(), md.percent(Math.round(row.shareMeetingTarget() * 100)),
                    Integer.toString(row.reported())));
            md.row(cells.toArray(String[]::new));
        }
        md.blank();
        Map<Place, List<Assessment>> remarked = new LinkedHashMap<>();
        List<Assessment> ordered = new ArrayList<>(campaign.assessments());
        ordered.sort(Comparator.comparing((Assessment a) -> new Place(a.neighbourhood(), a.theme()), ORDER));
        for (Assessment a : ordered) {
            if (a.remark() != null) {
                remarked.computeIfAbsent(new Place(a.neighbourhood(), a.theme()), k -> new ArrayList<>()).add(a);
            }
        }
        if (!remarked.isEmpty()) {
            md.heading(2, md.text(QualityText.REMARKS.code()));
            remarked.forEach((place, scored) -> scored.forEach(a -> md.line("- " + place.neighbourhood().value() + ", "
                    + md.escape(place.theme().label().in(md.locale())) + ", " + a.score().code() + ": " + md.escape(a.remark()))));
            md.blank();
        }
        return md.toString();
    }

    /** The residents' scores beside the municipality's inspection, as Markdown in Dutch or English. */
    public String comparisonMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(Objects.requireNonNullElse(locale, DUTCH));
        md.heading(1, md.text(QualityText.COMPARISON_TITLE.code(), md.escape(campaign.title())));
        List<Comparison> rows = comparison();
        if (rows.isEmpty()) {
            return md.line(md.text(QualityText.NOTHING_TO_COMPARE.code())).toString();
        }
        md.line(md.text(QualityText.COMPARISON_SCALE.code())).blank();
        TreeSet<LocalDate> days = new TreeSet<>();
        campaign.inspections().forEach(i -> days.add(i.inspectedOn()));
        if (!days.isEmpty()) {
            List<String> written = new ArrayList<>();
            days.forEach(d -> written.add(md.date(d)));
            md.line(md.text(QualityText.INSPECTED_ON.code(), String.join(", ", written))).blank();
        }
        md.alignedTableHeader("lllrlrr", md.text(QualityText.NEIGHBOURHOOD.code()), md.text(QualityText.THEME.code()),
                md.text(QualityText.RESIDENTS.code()), md.text(QualityText.COUNT.code()), md.text(QualityText.INSPECTION.code()),
                md.text(QualityText.COUNT.code()), md.text(QualityText.DIFFERENCE.code()));
        for (Comparison row : rows) {
            md.row(row.neighbourhood().value(), md.escape(row.theme().label().in(md.locale())),
                    row.residents() == null ? "–" : average(row.residents(), md),
                    row.residents() == null ? "0" : Integer.toString(row.residents().count()),
                    row.inspection() == null ? "–" : average(row.inspection(), md),
                    row.inspection() == null ? "0" : Integer.toString(row.inspection().count()),
                    row.difference().isPresent() ? signed(row.difference().getAsDouble(), md) : "–");
        }
        return md.blank().toString();
    }

    /** {@code B (3,3)}: the nearest level and the mean in points, one decimal at most. */
    private static String average(Scores scores, MarkdownWriter md) {
        return scores.average().code() + " (" + md.number(oneDecimal(scores.meanPoints())) + ")";
    }

    /** {@code +0,5}, {@code −1}, {@code 0}. */
    private static String signed(double value, MarkdownWriter md) {
        BigDecimal rounded = oneDecimal(value);
        int sign = rounded.signum();
        return (sign > 0 ? "+" : sign < 0 ? "−" : "") + md.number(rounded.abs());
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
