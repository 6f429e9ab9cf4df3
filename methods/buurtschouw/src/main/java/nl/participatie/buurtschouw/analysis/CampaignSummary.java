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

import nl.participatie.core.value.DutchTime;
import nl.participatie.buurtschouw.Campaign;
import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.InitiativePower;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportKind;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.API;
import nl.participatie.core.value.StreamId;

/**
 * The feedback of a neighbourhood walk as a Markdown document in Dutch or English (<i>terugkoppeling van de
 * schouw</i>): the campaign, observations per theme and neighbourhood, how handling went (share within the
 * service-level objective, response times), the quality assessments against the target, the ideas with the greatest
 * initiative power with their scores explained, what happens with each observation, and the evaluation.
 *
 * <p>All text from people (descriptions, messages, remarks, titles) is escaped for Markdown and kept on one line, so
 * a resident cannot inject links, images, HTML or table cells. The output is deterministic: observations in filing
 * order, numbers formatted per language. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CampaignSummary {

    private static final int MAX_TEXT = 140;

    private final CategoryTree categories;
    private final InitiativePower power;
    private final ZoneId zone;

    private CampaignSummary(CategoryTree categories, InitiativePower power, ZoneId zone) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.power = Objects.requireNonNull(power, "power");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The default category tree and initiative power, dates in Europe/Amsterdam. */
    public static CampaignSummary defaults() {
        return new CampaignSummary(CategoryTree.defaults(), InitiativePower.defaults(), DutchTime.ZONE);
    }

    /** A municipality's tree, weights and time zone. */
    public static CampaignSummary of(CategoryTree categories, InitiativePower power, ZoneId zone) {
        return new CampaignSummary(categories, power, zone);
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
        boolean en = locale != null && "en".equals(locale.getLanguage());
        Words w = en ? Words.EN : Words.NL;
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
        out.append("# ").append(w.title).append(": ").append(escape(campaign.title())).append("\n\n");
        out.append(campaignFacts(campaign, summaries, w, en)).append("\n");

        out.append("## ").append(w.perTheme).append("\n\n");
        themeTable(out, campaign, summaries, w, en);

        out.append("## ").append(w.handling).append("\n\n");
        handling(out, analysis, summaries, w, en, asOf, numbers(observations));

        Map<Theme, ReportAnalysis.QualityStats> quality = analysis.qualityPerTheme();
        if (!quality.isEmpty()) {
            out.append("## ").append(w.quality).append("\n\n");
            out.append("| ").append(w.theme).append(" | ").append(w.assessments).append(" | ").append(w.average).append(" | ")
                    .append(w.target).append(" | ").append(w.meetingTarget).append(" |\n|---|---:|---|---|---:|\n");
            List<ReportAnalysis.QualityStats> rows = new ArrayList<>(quality.values());
            rows.sort(Comparator.comparing((ReportAnalysis.QualityStats q) -> q.theme().label().in(locale)));
            for (ReportAnalysis.QualityStats q : rows) {
                out.append("| ").append(escape(q.theme().label().in(locale))).append(" | ").append(q.assessments()).append(" | ")
                        .append(q.averageLevel().code()).append(" (").append(number(q.averagePoints(), en)).append(") | ")
                        .append(targets(summaries, q.theme())).append(" | ").append(percent(q.shareMeetingTarget(), en)).append(" |\n");
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
            out.append("## ").append(w.ideas).append("\n\n");
            out.append("| # | ").append(w.idea).append(" | ").append(w.score).append(" | ").append(w.supporters).append(" | ")
                    .append(w.helpers).append(" | ").append(w.explanation).append(" |\n|---:|---|---:|---:|---:|---|\n");
            for (InitiativePower.RankedIdea r : power.rank(ideas, asOf)) {
                InitiativePower.Score s = r.score();
                List<String> parts = new ArrayList<>();
                s.parts().forEach(p -> parts.add(escape(p.explanation().in(locale))));
                out.append("| ").append(r.rank()).append(" | ").append(w.observation).append(' ').append(numbers.get(r.idea().ref()))
                        .append(": ").append(escape(shorten(r.idea().title()))).append(" | ").append(number(s.total(), en)).append(" | ")
                        .append(s.part("supporters").count()).append(" | ").append(s.part("helpers").count()).append(" | ")
                        .append(String.join("; ", parts)).append(" |\n");
            }
            out.append("\n");
        }

        out.append("## ").append(w.eachObservation).append("\n\n");
        out.append("| # | ").append(w.kind).append(" | ").append(w.category).append(" | ").append(w.neighbourhood).append(" | ")
                .append(w.description).append(" | ").append(w.status).append(" | ").append(w.whatHappens).append(" |\n")
                .append("|---:|---|---|---|---|---|---|\n");
        int n = 0;
        for (Map.Entry<StreamId, Report> e : observations) {
            Report r = e.getValue();
            n++;
            String what = r.kind() == ReportKind.QUALITY_ASSESSMENT && r.quality() != null
                    ? r.quality().observed().code() + " (" + w.target.toLowerCase(locale) + " " + r.quality().target().code() + ")"
                    : escape(shorten(r.description()));
            out.append("| ").append(n).append(" | ").append(w.kind(r.kind())).append(" | ")
                    .append(escape(categoryName(r, locale))).append(" | ")
                    .append(r.neighbourhood() == null ? "-" : r.neighbourhood().value()).append(" | ")
                    .append(what).append(" | ")
                    .append(escape(SignalenStatus.of(r.step()).label().in(locale))).append(" | ")
                    .append(r.lastMessage() == null ? "-" : escape(shorten(r.lastMessage().in(locale)))).append(" |\n");
        }
        out.append("\n");

        if (!campaign.ratings().isEmpty() || !campaign.lessons().isEmpty()) {
            out.append("## ").append(w.evaluation).append("\n\n");
            if (!campaign.ratings().isEmpty()) {
                out.append("- ").append(w.rating).append(": ").append(number(campaign.averageRating().orElse(0), en)).append(" / 5 (")
                        .append(campaign.ratings().size()).append(' ').append(w.ratings).append(")\n");
                for (Campaign.Rating rating : campaign.ratings()) {
                    if (!rating.remark().isEmpty()) {
                        out.append("- ").append(w.remark).append(": ").append(escape(shorten(rating.remark()))).append("\n");
                    }
                }
            }
            for (String lesson : campaign.lessons()) {
                out.append("- ").append(w.lesson).append(": ").append(escape(shorten(lesson))).append("\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    private String campaignFacts(Campaign c, List<ReportSummary> summaries, Words w, boolean en) {
        StringBuilder out = new StringBuilder();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", en ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
        List<String> days = new ArrayList<>();
        for (LocalDate d : c.walkDates()) {
            days.add(dates.format(d));
        }
        List<String> themes = new ArrayList<>();
        for (Theme t : c.themes()) {
            themes.add(escape(t.label().in(en ? Locale.ENGLISH : Locale.forLanguageTag("nl"))));
        }
        List<String> area = new ArrayList<>();
        c.area().forEach(a -> area.add(a.value()));
        out.append("- ").append(w.municipality).append(": ").append(c.municipality() == null ? "-" : c.municipality().value()).append("\n");
        out.append("- ").append(w.area).append(": ").append(area.isEmpty() ? "-" : String.join(", ", area)).append("\n");
        out.append("- ").append(w.walkDates).append(": ").append(days.isEmpty() ? "-" : String.join(", ", days)).append("\n");
        out.append("- ").append(w.themes).append(": ").append(themes.isEmpty() ? "-" : String.join(", ", themes)).append("\n");
        out.append("- ").append(w.people).append(": ").append(c.coreGroup().size()).append(' ').append(w.coreGroup).append(", ")
                .append(c.invited().size()).append(' ').append(w.invited).append("\n");
        int[] kinds = new int[ReportKind.values().length];
        summaries.forEach(s -> kinds[s.kind().ordinal()]++);
        out.append("- ").append(w.observations).append(": ").append(summaries.size()).append(" (")
                .append(kinds[ReportKind.PROBLEM.ordinal()]).append(' ').append(w.problems).append(", ")
                .append(kinds[ReportKind.IDEA.ordinal()]).append(' ').append(w.ideasWord).append(", ")
                .append(kinds[ReportKind.QUALITY_ASSESSMENT.ordinal()]).append(' ').append(w.assessmentsWord).append(")\n");
        if (c.results() != null) {
            out.append("- ").append(w.results).append(": ").append(escape(shorten(c.results().in(en ? Locale.ENGLISH : null)))).append("\n");
        }
        return out.toString();
    }

    private static void themeTable(StringBuilder out, Campaign campaign, List<ReportSummary> summaries, Words w, boolean en) {
        Set<String> neighbourhoods = new TreeSet<>();
        campaign.area().forEach(a -> neighbourhoods.add(a.value()));
        Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        Map<Theme, Map<String, Integer>> counts = new TreeMap<>(Comparator.comparing((Theme t) -> t.label().in(locale))
                .thenComparing(Theme::code));
        for (ReportSummary s : summaries) {
            String where = s.neighbourhood() == null ? "-" : s.neighbourhood().value();
            neighbourhoods.add(where);
            counts.computeIfAbsent(s.theme(), k -> new LinkedHashMap<>()).merge(where, 1, Integer::sum);
        }
        out.append("| ").append(w.theme);
        for (String b : neighbourhoods) {
            out.append(" | ").append(b);
        }
        out.append(" | ").append(w.total).append(" |\n|---");
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

    private static void handling(StringBuilder out, ReportAnalysis analysis, List<ReportSummary> summaries, Words w, boolean en,
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
        out.append("- ").append(w.handled).append(": ").append(handled).append(", ").append(w.cancelled).append(": ").append(cancelled)
                .append(", ").append(w.open).append(": ").append(open).append("\n");
        out.append("- ").append(w.withinSlo).append(": ").append(share.withinServiceLevel()).append(' ').append(w.of).append(' ')
                .append(share.handled()).append(" (").append(percent(share.share(), en)).append(")\n");
        out.append("- ").append(w.firstResponse).append(": ").append(duration(first.median(), en)).append(" / ")
                .append(duration(first.p90(), en)).append("\n");
        out.append("- ").append(w.handlingTime).append(": ").append(duration(done.median(), en)).append(" / ")
                .append(duration(done.p90(), en)).append("\n");
        List<ReportSummary> overdue = analysis.overdue(asOf);
        out.append("- ").append(w.overdue).append(": ").append(overdue.size());
        if (!overdue.isEmpty()) {
            Set<Integer> which = new TreeSet<>();
            overdue.forEach(s -> which.add(numbers.get(s.id())));
            List<String> list = new ArrayList<>();
            which.forEach(i -> list.add(Integer.toString(i)));
            out.append(" (").append(w.observationsLower).append(' ').append(String.join(", ", list)).append(')');
        }
        out.append("\n\n");
    }

    private static String targets(List<ReportSummary> summaries, Theme theme) {
        Set<String> levels = new LinkedHashSet<>();
        summaries.stream().filter(s -> s.quality() != null && s.quality().theme().equals(theme))
                .map(s -> s.quality().target()).sorted().map(QualityLevel::code).forEach(levels::add);
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

    private static String number(double value, boolean en) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(en ? Locale.ENGLISH : Locale.forLanguageTag("nl"))).format(value);
    }

    private static String percent(double share, boolean en) {
        return Math.round(share * 100) + (en ? "%" : " %");
    }

    private static String duration(Duration d, boolean en) {
        long hours = d.toHours();
        if (hours < 48) {
            return hours + (en ? (hours == 1 ? " hour" : " hours") : " uur");
        }
        return number(d.toMinutes() / 1440.0, en) + (en ? " days" : " dagen");
    }

    /** The words of the summary in one language. */
    private static final class Words {
        static final Words NL = new Words("Buurtschouw", "Waarnemingen per thema en buurt", "Afhandeling", "Beeldkwaliteit per thema",
                "Ideeën met de meeste initiatiefkracht", "Wat er met elke waarneming gebeurt", "Evaluatie", "Thema", "Totaal",
                "Beoordelingen", "Gemiddeld", "Doel", "Doel gehaald", "Idee", "Score", "Steun", "Helpers", "Uitleg", "Waarneming",
                "Soort", "Categorie", "Buurt", "Omschrijving", "Status", "Wat er gebeurt", "Gemeente", "Gebied", "Schouwdata",
                "Thema's", "Mensen", "in de kerngroep", "uitgenodigd", "Waarnemingen", "problemen", "ideeën", "beoordelingen",
                "Teruggekoppeld", "Afgehandeld", "geannuleerd", "open", "Binnen de afhandeltermijn", "van",
                "Eerste reactie (mediaan / 90e percentiel)", "Afhandeltijd (mediaan / 90e percentiel)", "Over de termijn",
                "Waardering", "beoordelingen", "Opmerking", "Les", "Probleem", "Idee", "Beoordeling", "waarnemingen");
        static final Words EN = new Words("Neighbourhood walk", "Observations per theme and neighbourhood", "Handling",
                "Quality per theme", "Ideas with the greatest initiative power", "What happens with each observation", "Evaluation",
                "Theme", "Total", "Assessments", "Average", "Target", "Target met", "Idea", "Score", "Support", "Helpers",
                "Explanation", "Observation", "Kind", "Category", "Neighbourhood", "Description", "Status", "What happens",
                "Municipality", "Area", "Walk dates", "Themes", "People", "in the core group", "invited", "Observations",
                "problems", "ideas", "assessments", "Fed back", "Handled", "cancelled", "open", "Within the service level", "of",
                "First response (median / 90th percentile)", "Handling time (median / 90th percentile)", "Overdue", "Rating",
                "ratings", "Remark", "Lesson", "Problem", "Idea", "Assessment", "observations");

        final String title;
        final String perTheme;
        final String handling;
        final String quality;
        final String ideas;
        final String eachObservation;
        final String evaluation;
        final String theme;
        final String total;
        final String assessments;
        final String average;
        final String target;
        final String meetingTarget;
        final String idea;
        final String score;
        final String supporters;
        final String helpers;
        final String explanation;
        final String observation;
        final String kind;
        final String category;
        final String neighbourhood;
        final String description;
        final String status;
        final String whatHappens;
        final String municipality;
        final String area;
        final String walkDates;
        final String themes;
        final String people;
        final String coreGroup;
        final String invited;
        final String observations;
        final String problems;
        final String ideasWord;
        final String assessmentsWord;
        final String results;
        final String handled;
        final String cancelled;
        final String open;
        final String withinSlo;
        final String of;
        final String firstResponse;
        final String handlingTime;
        final String overdue;
        final String rating;
        final String ratings;
        final String remark;
        final String lesson;
        final String problem;
        final String ideaKind;
        final String assessment;
        final String observationsLower;

        Words(String... w) {
            int i = 0;
            title = w[i++];
            perTheme = w[i++];
            handling = w[i++];
            quality = w[i++];
            ideas = w[i++];
            eachObservation = w[i++];
            evaluation = w[i++];
            theme = w[i++];
            total = w[i++];
            assessments = w[i++];
            average = w[i++];
            target = w[i++];
            meetingTarget = w[i++];
            idea = w[i++];
            score = w[i++];
            supporters = w[i++];
            helpers = w[i++];
            explanation = w[i++];
            observation = w[i++];
            kind = w[i++];
            category = w[i++];
            neighbourhood = w[i++];
            description = w[i++];
            status = w[i++];
            whatHappens = w[i++];
            municipality = w[i++];
            area = w[i++];
            walkDates = w[i++];
            themes = w[i++];
            people = w[i++];
            coreGroup = w[i++];
            invited = w[i++];
            observations = w[i++];
            problems = w[i++];
            ideasWord = w[i++];
            assessmentsWord = w[i++];
            results = w[i++];
            handled = w[i++];
            cancelled = w[i++];
            open = w[i++];
            withinSlo = w[i++];
            of = w[i++];
            firstResponse = w[i++];
            handlingTime = w[i++];
            overdue = w[i++];
            rating = w[i++];
            ratings = w[i++];
            remark = w[i++];
            lesson = w[i++];
            problem = w[i++];
            ideaKind = w[i++];
            assessment = w[i++];
            observationsLower = w[i++];
            if (i != w.length) {
                throw new IllegalStateException("Words: " + w.length + " given, " + i + " used");
            }
        }

        String kind(ReportKind k) {
            switch (k) {
                case PROBLEM:
                    return problem;
                case IDEA:
                    return ideaKind;
                default:
                    return assessment;
            }
        }
    }

}
