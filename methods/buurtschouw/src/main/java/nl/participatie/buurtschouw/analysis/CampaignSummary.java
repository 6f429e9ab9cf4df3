package nl.participatie.buurtschouw.analysis;

import static nl.participatie.core.text.Markdown.escape;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.DutchTime;
import nl.participatie.buurtschouw.Agreement;
import nl.participatie.buurtschouw.Assessment;
import nl.participatie.buurtschouw.Campaign;
import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.InitiativePower;
import nl.participatie.buurtschouw.Invitation;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.QualityScore;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.ReportRules;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.StreamId;

/**
 * The feedback of a neighbourhood walk as a Markdown document in Dutch or English (<i>terugkoppeling van de
 * schouw</i>): the campaign, observations per theme and neighbourhood, how handling went (share within the
 * service-level objective, response times), the campaign's quality scores per theme against the municipality's target
 * (and those of reports filed as quality assessments before scores were recorded on the campaign), the ideas with the
 * greatest initiative power with their scores explained, what happens with each observation, and the evaluation.
 * {@link QualityAssessments} has the scores per neighbourhood and beside the municipality's inspections.
 *
 * <p>All text from people (descriptions, messages, remarks, titles) is escaped for Markdown and kept on one line, so
 * a resident cannot inject links, images, HTML or table cells. The output is deterministic: observations in filing
 * order, numbers formatted per language. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CampaignSummary {

    private static final int MAX_TEXT = 140;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CategoryTree categories;
    private final InitiativePower power;
    private final ZoneId zone;
    private final Function<Theme, QualityLevel> targets;

    private CampaignSummary(CategoryTree categories, InitiativePower power, ZoneId zone, Function<Theme, QualityLevel> targets) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.power = Objects.requireNonNull(power, "power");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    /** The default category tree, initiative power and target level (B), dates in Europe/Amsterdam. */
    public static CampaignSummary defaults() {
        return of(CategoryTree.defaults(), InitiativePower.defaults(), DutchTime.ZONE);
    }

    /** A municipality's tree, weights and time zone, with the default target level (B). */
    public static CampaignSummary of(CategoryTree categories, InitiativePower power, ZoneId zone) {
        return new CampaignSummary(categories, power, zone, ReportRules.defaults()::targetFor);
    }

    /** This summary with the municipality's target level per theme, e.g. {@code ReportRules::targetFor}. */
    public CampaignSummary withTargets(Function<Theme, QualityLevel> value) {
        return new CampaignSummary(categories, power, zone, value);
    }

    /**
     * The summary of a campaign and its observations.
     *
     * @param campaign the campaign
     * @param reports  its reports by stream; unfiled ones are skipped
     * @param locale   Dutch ({@code nl}) or English ({@code en})
     * @param asOf     the moment of the summary: for overdue reports and the recency of support
     */
    public String markdown(Campaign campaign, Map<StreamId, Report> reports, Locale locale, Instant asOf) {
        MarkdownWriter md = MarkdownWriter.of(Objects.requireNonNullElse(locale, DUTCH));
        List<Map.Entry<StreamId, Report>> observations = new ArrayList<>();
        for (Map.Entry<StreamId, Report> e : reports.entrySet()) {
            if (e.getValue().isFiled()) {
                observations.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        observations.sort(Comparator.comparing((Map.Entry<StreamId, Report> e) -> e.getValue().filedAt())
                .thenComparing(e -> e.getKey().toString()));
        List<ReportSummary> summaries = new ArrayList<>(observations.size());
        observations.forEach(e -> summaries.add(ReportSummary.of(e.getKey(), e.getValue())));
        ReportAnalysis analysis = ReportAnalysis.of(summaries, zone);

        StringBuilder out = new StringBuilder();
        out.append("# ").append(md.text(SummaryText.TITLE.code())).append(": ").append(escape(campaign.title())).append("\n\n");
        out.append(campaignFacts(campaign, summaries, md)).append("\n");

        out.append("## ").append(md.text(SummaryText.PER_THEME.code())).append("\n\n");
        themeTable(out, campaign, summaries, md);

        out.append("## ").append(md.text(SummaryText.HANDLING.code())).append("\n\n");
        handling(out, analysis, summaries, md, asOf, numbers(observations));

        List<QualityScore> scores = new ArrayList<>();
        for (Assessment a : campaign.assessments()) {
            scores.add(new QualityScore(a.theme(), a.score(), targets.apply(a.theme())));
        }
        summaries.stream().filter(s -> s.quality() != null).forEach(s -> scores.add(s.quality()));
        Map<Theme, ReportAnalysis.QualityStats> quality = ReportAnalysis.qualityPerTheme(scores);
        if (!quality.isEmpty()) {
            out.append("## ").append(md.text(SummaryText.QUALITY.code())).append("\n\n");
            out.append("| ").append(md.text(SummaryText.THEME.code())).append(" | ").append(md.text(SummaryText.ASSESSMENTS.code())).append(" | ").append(md.text(SummaryText.AVERAGE.code())).append(" | ")
                    .append(md.text(SummaryText.TARGET.code())).append(" | ").append(md.text(SummaryText.MEETING_TARGET.code())).append(" |\n|---|---:|---|---|---:|\n");
            List<ReportAnalysis.QualityStats> rows = new ArrayList<>(quality.values());
            rows.sort(Comparator.comparing((ReportAnalysis.QualityStats q) -> q.theme().label().in(locale)));
            for (ReportAnalysis.QualityStats q : rows) {
                out.append("| ").append(escape(q.theme().label().in(locale))).append(" | ").append(q.assessments()).append(" | ")
                        .append(q.averageLevel().code()).append(" (").append(number(q.averagePoints(), md)).append(") | ")
                        .append(targets(scores, q.theme())).append(" | ").append(percent(q.shareMeetingTarget(), md)).append(" |\n");
            }
            out.append("\n");
        }

        List<InitiativePower.Idea> ideas = new ArrayList<>();
        for (Map.Entry<StreamId, Report> e : observations) {
            if (e.getValue().kind() == ReportKind.IDEA) {
                ideas.add(InitiativePower.Idea.of(e.getKey(), e.getValue()));
            }
        }
        if (!ideas.isEmpty()) {
            Map<String, Integer> numbers = numbers(observations);
            out.append("## ").append(md.text(SummaryText.IDEAS.code())).append("\n\n");
            out.append("| # | ").append(md.text(SummaryText.IDEA.code())).append(" | ").append(md.text(SummaryText.SCORE.code())).append(" | ").append(md.text(SummaryText.SUPPORTERS.code())).append(" | ")
                    .append(md.text(SummaryText.HELPERS.code())).append(" | ").append(md.text(SummaryText.EXPLANATION.code())).append(" |\n|---:|---|---:|---:|---:|---|\n");
            for (InitiativePower.RankedIdea r : power.rank(ideas, asOf)) {
                InitiativePower.Score s = r.score();
                List<String> parts = new ArrayList<>();
                s.parts().forEach(p -> parts.add(escape(p.explanation().in(locale))));
                String grouped = "";
                if (!r.duplicates().isEmpty()) {
                    List<String> with = new ArrayList<>();
                    r.duplicates().forEach(d -> with.add(String.valueOf(numbers.get(d.ref()))));
                    grouped = " (" + md.text(SummaryText.GROUPED.code(), String.join(", ", with)) + ")";
                }
                out.append("| ").append(r.rank()).append(" | ").append(md.text(SummaryText.OBSERVATION.code())).append(' ').append(numbers.get(r.idea().ref()))
                        .append(": ").append(escape(shorten(r.idea().title()))).append(grouped).append(" | ").append(number(s.total(), md)).append(" | ")
                        .append(s.part("supporters").count()).append(" | ").append(s.part("helpers").count()).append(" | ")
                        .append(String.join("; ", parts)).append(" |\n");
            }
            out.append("\n");
        }

        out.append("## ").append(md.text(SummaryText.EACH_OBSERVATION.code())).append("\n\n");
        out.append("| # | ").append(md.text(SummaryText.KIND.code())).append(" | ").append(md.text(SummaryText.CATEGORY.code())).append(" | ").append(md.text(SummaryText.NEIGHBOURHOOD.code())).append(" | ")
                .append(md.text(SummaryText.DESCRIPTION.code())).append(" | ").append(md.text(SummaryText.STATUS.code())).append(" | ").append(md.text(SummaryText.WHAT_HAPPENS.code())).append(" |\n")
                .append("|---:|---|---|---|---|---|---|\n");
        int n = 0;
        for (Map.Entry<StreamId, Report> e : observations) {
            Report r = e.getValue();
            n++;
            String what = r.kind() == ReportKind.QUALITY_ASSESSMENT && r.quality() != null
                    ? r.quality().observed().code() + " (" + md.text(SummaryText.TARGET.code()).toLowerCase(locale) + " " + r.quality().target().code() + ")"
                    : escape(shorten(r.description().orErased(locale)));
            out.append("| ").append(n).append(" | ").append(kind(md, r.kind())).append(" | ")
                    .append(escape(categoryName(r, locale))).append(" | ")
                    .append(r.neighbourhood() == null ? "-" : r.neighbourhood().value()).append(" | ")
                    .append(what).append(" | ")
                    .append(escape(SignalenStatus.of(r.step()).label().in(locale))).append(" | ")
                    .append(r.lastMessage() == null ? "-" : escape(shorten(r.lastMessage().in(locale)))).append(" |\n");
        }
        out.append("\n");

        if (!campaign.agreements().isEmpty()) {
            LocalDate today = asOf.atZone(zone).toLocalDate();
            out.append("## ").append(md.text(SummaryText.AGREEMENTS.code())).append("\n\n");
            out.append("| # | ").append(md.text(SummaryText.WHO.code())).append(" | ").append(md.text(SummaryText.WHAT.code())).append(" | ")
                    .append(md.text(SummaryText.DUE_BY.code())).append(" | ").append(md.text(SummaryText.STATUS.code())).append(" |\n|---|---|---|---|---|\n");
            DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", md.locale());
            for (Agreement a : campaign.agreements()) {
                int state = a.isCompleted() ? 1 : a.isOverdue(today) ? 2 : 0;
                out.append("| ").append(a.number()).append(" | ").append(md.text(SummaryText.PARTY.code(), a.party().ordinal())).append(" | ")
                        .append(escape(shorten(a.what().orErased(locale)))).append(" | ")
                        .append(dates.format(a.dueBy())).append(" | ").append(md.text(SummaryText.AGREEMENT_STATE.code(), state)).append(" |\n");
            }
            out.append("\n");
        }
        if (!campaign.ratings().isEmpty() || !campaign.lessons().isEmpty()) {
            out.append("## ").append(md.text(SummaryText.EVALUATION.code())).append("\n\n");
            if (!campaign.ratings().isEmpty()) {
                out.append("- ").append(md.text(SummaryText.RATING.code())).append(": ").append(number(campaign.averageRating().orElse(0), md)).append(" / 5 (")
                        .append(campaign.ratings().size()).append(' ').append(md.text(SummaryText.RATINGS.code())).append(")\n");
                for (Campaign.Rating rating : campaign.ratings()) {
                    if (rating.remark() != null) {
                        out.append("- ").append(md.text(SummaryText.REMARK.code())).append(": ")
                                .append(escape(shorten(rating.remark().orErased(locale)))).append("\n");
                    }
                }
            }
            for (Erasable<String> lesson : campaign.lessons()) {
                out.append("- ").append(md.text(SummaryText.LESSON.code())).append(": ")
                        .append(escape(shorten(lesson.orErased(locale)))).append("\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    private String campaignFacts(Campaign c, List<ReportSummary> summaries, MarkdownWriter md) {
        StringBuilder out = new StringBuilder();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", md.locale());
        List<String> days = new ArrayList<>();
        for (LocalDate d : c.walkDates()) {
            days.add(dates.format(d));
        }
        List<String> themes = new ArrayList<>();
        for (Theme t : c.themes()) {
            themes.add(escape(t.label().in(md.locale())));
        }
        List<String> area = new ArrayList<>();
        c.area().forEach(a -> area.add(a.value()));
        out.append("- ").append(md.text(SummaryText.MUNICIPALITY.code())).append(": ").append(c.municipality() == null ? "-" : c.municipality().value()).append("\n");
        out.append("- ").append(md.text(SummaryText.AREA.code())).append(": ").append(area.isEmpty() ? "-" : String.join(", ", area)).append("\n");
        out.append("- ").append(md.text(SummaryText.WALK_DATES.code())).append(": ").append(days.isEmpty() ? "-" : String.join(", ", days)).append("\n");
        out.append("- ").append(md.text(SummaryText.THEMES.code())).append(": ").append(themes.isEmpty() ? "-" : String.join(", ", themes)).append("\n");
        out.append("- ").append(md.text(SummaryText.PEOPLE.code())).append(": ").append(c.coreGroup().size()).append(' ').append(md.text(SummaryText.CORE_GROUP.code())).append(", ")
                .append(c.invited().size()).append(' ').append(md.text(SummaryText.INVITED.code())).append(", ")
                .append(c.attended().size()).append(' ').append(md.text(SummaryText.ATTENDED.code())).append(" (")
                .append(md.text(SummaryText.ATTENDED_GROUPS.code(), c.attendedAs(Invitation.Kind.RESIDENT), c.attendedAs(Invitation.Kind.ENTREPRENEUR),
                        c.attendedAs(Invitation.Kind.PROFESSIONAL), c.attendedAs(Invitation.Kind.MUNICIPALITY))).append(")\n");
        int[] kinds = new int[ReportKind.values().length];
        summaries.forEach(s -> kinds[s.kind().ordinal()]++);
        out.append("- ").append(md.text(SummaryText.OBSERVATIONS.code())).append(": ").append(summaries.size()).append(" (")
                .append(kinds[ReportKind.PROBLEM.ordinal()]).append(' ').append(md.text(SummaryText.PROBLEMS.code())).append(", ")
                .append(kinds[ReportKind.IDEA.ordinal()]).append(' ').append(md.text(SummaryText.IDEAS_WORD.code()));
        if (kinds[ReportKind.QUALITY_ASSESSMENT.ordinal()] > 0) {
            // Reports filed as quality scores before scores were recorded on the campaign.
            out.append(", ").append(kinds[ReportKind.QUALITY_ASSESSMENT.ordinal()]).append(' ').append(md.text(SummaryText.ASSESSMENTS_WORD.code()));
        }
        out.append(")\n");
        if (!c.assessments().isEmpty()) {
            long reported = c.assessments().stream().filter(Assessment::isReportDue).count();
            out.append("- ").append(md.text(SummaryText.SCORED.code(), c.assessments().size(), reported)).append("\n");
        }
        if (c.results() != null) {
            out.append("- ").append(md.text(SummaryText.RESULTS.code())).append(": ").append(escape(shorten(c.results().in(md.locale())))).append("\n");
        }
        return out.toString();
    }

    private static void themeTable(StringBuilder out, Campaign campaign, List<ReportSummary> summaries, MarkdownWriter md) {
        Set<String> neighbourhoods = new TreeSet<>();
        campaign.area().forEach(a -> neighbourhoods.add(a.value()));
        Locale locale = md.locale();
        Map<Theme, Map<String, Integer>> counts = new TreeMap<>(Comparator.comparing((Theme t) -> t.label().in(locale))
                .thenComparing(Theme::code));
        for (ReportSummary s : summaries) {
            String where = s.neighbourhood() == null ? "-" : s.neighbourhood().value();
            neighbourhoods.add(where);
            counts.computeIfAbsent(s.theme(), k -> new LinkedHashMap<>()).merge(where, 1, Integer::sum);
        }
        out.append("| ").append(md.text(SummaryText.THEME.code()));
        for (String b : neighbourhoods) {
            out.append(" | ").append(b);
        }
        out.append(" | ").append(md.text(SummaryText.TOTAL.code())).append(" |\n|---");
        for (int i = 0; i <= neighbourhoods.size(); i++) {
            out.append("|---:");
        }
        out.append("|\n");
        for (Map.Entry<Theme, Map<String, Integer>> row : counts.entrySet()) {
            out.append("| ").append(escape(row.getKey().label().in(locale)));
            int total = 0;
            for (String b : neighbourhoods) {
                int count = row.getValue().getOrDefault(b, 0);
                total += count;
                out.append(" | ").append(count);
            }
            out.append(" | ").append(total).append(" |\n");
        }
        out.append("\n");
    }

    private static void handling(StringBuilder out, ReportAnalysis analysis, List<ReportSummary> summaries, MarkdownWriter md,
                                 Instant asOf, Map<String, Integer> numbers) {
        int handled = 0;
        int cancelled = 0;
        int open = 0;
        for (ReportSummary s : summaries) {
            switch (s.step()) {
                case HANDLED:
                    handled++;
                    break;
                case CANCELLED:
                    cancelled++;
                    break;
                default:
                    open++;
            }
        }
        ReportAnalysis.ServiceLevelShare share = analysis.withinServiceLevel();
        ReportAnalysis.ResponseTimes first = analysis.firstResponseTimes();
        ReportAnalysis.ResponseTimes done = analysis.handlingTimes();
        out.append("- ").append(md.text(SummaryText.HANDLED.code())).append(": ").append(handled).append(", ").append(md.text(SummaryText.CANCELLED.code())).append(": ").append(cancelled)
                .append(", ").append(md.text(SummaryText.OPEN.code())).append(": ").append(open).append("\n");
        out.append("- ").append(md.text(SummaryText.WITHIN_SLO.code())).append(": ").append(share.withinServiceLevel()).append(' ').append(md.text(SummaryText.OF.code())).append(' ')
                .append(share.handled()).append(" (").append(percent(share.share(), md)).append(")\n");
        out.append("- ").append(md.text(SummaryText.FIRST_RESPONSE.code())).append(": ").append(duration(first.median(), md)).append(" / ")
                .append(duration(first.p90(), md)).append("\n");
        out.append("- ").append(md.text(SummaryText.HANDLING_TIME.code())).append(": ").append(duration(done.median(), md)).append(" / ")
                .append(duration(done.p90(), md)).append("\n");
        List<ReportSummary> overdue = analysis.overdue(asOf);
        out.append("- ").append(md.text(SummaryText.OVERDUE.code())).append(": ").append(overdue.size());
        if (!overdue.isEmpty()) {
            Set<Integer> which = new TreeSet<>();
            overdue.forEach(s -> which.add(numbers.get(s.id())));
            List<String> list = new ArrayList<>();
            which.forEach(i -> list.add(Integer.toString(i)));
            out.append(" (").append(md.text(SummaryText.OBSERVATIONS_LOWER.code())).append(' ').append(String.join(", ", list)).append(')');
        }
        out.append("\n\n");
    }

    private static String targets(List<QualityScore> scores, Theme theme) {
        Set<String> levels = new LinkedHashSet<>();
        scores.stream().filter(q -> q.theme().equals(theme)).map(QualityScore::target).sorted().map(QualityLevel::code)
                .forEach(levels::add);
        return String.join(", ", levels);
    }

    private static Map<String, Integer> numbers(List<Map.Entry<StreamId, Report>> observations) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            out.put(observations.get(i).getKey().toString(), i + 1);
        }
        return out;
    }

    private String categoryName(Report r, Locale locale) {
        return categories.find(r.category()).map(s -> s.name().in(locale)).orElse(r.category().toString());
    }


    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_TEXT ? one : one.substring(0, MAX_TEXT - 1).strip() + "…";
    }

    /** One decimal at most, as the language writes it: {@code 3,3} or {@code 3.3}. */
    private static String number(double value, MarkdownWriter md) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(md.locale())).format(value);
    }

    private static String percent(double share, MarkdownWriter md) {
        return md.percent(Math.round(share * 100));
    }

    /** Hours up to two days, days beyond: a response time people can picture. */
    private static String duration(Duration d, MarkdownWriter md) {
        long hours = d.toHours();
        if (hours < 48) {
            return md.text(SummaryText.HOURS.code(), hours);
        }
        return md.text(SummaryText.DAYS.code(), number(d.toMinutes() / 1440.0, md));
    }

    private static String kind(MarkdownWriter md, ReportKind kind) {
        return md.text(switch (kind) {
            case PROBLEM -> SummaryText.PROBLEM.code();
            case IDEA -> SummaryText.IDEA_KIND.code();
            case QUALITY_ASSESSMENT -> SummaryText.ASSESSMENT.code();
        });
    }
}
