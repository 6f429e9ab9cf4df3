package nl.participatie.samenspel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.InvalidValueException;

/**
 * The trajectory overview (<i>trajectoverzicht</i>): the design versions with their reasons; per phase the rung per
 * group with whether the promise was kept, is open or was broken and why, the activities planned and held with their
 * attendance, the contributions and what became of them, and whether the frames held; the promises counted; and the
 * evaluation with the staff evidence and the surveys.
 *
 * <pre>{@code
 * String overview = TrajectoryOverview.of(trajectory).toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param trajectory the trajectory; drafted
 * @param check      its promise check
 */
@API(status = API.Status.EXPERIMENTAL)
public record TrajectoryOverview(Trajectory trajectory, PromiseCheck check) {

    public TrajectoryOverview {
        Writing.drafted(trajectory);
        InvalidValueException.requireNonNull(check, "check");
    }

    /** The overview of the trajectory as it stands, with its promise check. */
    public static TrajectoryOverview of(Trajectory trajectory) {
        return new TrajectoryOverview(trajectory, PromiseCheck.of(Writing.drafted(trajectory)));
    }

    /** The overview as Markdown, in Dutch or English ({@code en}); text people typed is escaped. */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        Trajectory t = trajectory;
        Writing.title(md, SamenspelText.OVERVIEW_TITLE, t);
        md.line(SamenspelText.STANDING.in(locale, t.step().label())).blank();

        md.heading(2, SamenspelText.VERSIONS.in(locale));
        md.alignedTableHeader("rll", SamenspelText.VERSION_COLUMNS.in(locale).split("\\|"));
        for (DesignVersion v : t.versions()) {
            md.row(String.valueOf(v.version()), Writing.day(md, v.at()),
                    v.reason().isEmpty() ? SamenspelText.FIRST_VERSION.in(locale) : md.escape(v.reason()));
        }
        md.blank();

        for (int i = 0; i < t.design().phases().size(); i++) {
            Phase p = t.design().phases().get(i);
            Writing.phase(md, 2, i, p);
            levels(md, p);
            activities(md, t, p);
            contributions(md, t, p);
        }

        md.heading(2, SamenspelText.PROMISE_TOTALS.in(locale));
        md.line(SamenspelText.TOTALS.in(locale, String.valueOf(check.count(PromiseCheck.Status.KEPT)),
                String.valueOf(check.count(PromiseCheck.Status.OPEN)), String.valueOf(check.count(PromiseCheck.Status.BROKEN)))).blank();

        evaluation(md, t);
        return md.toString();
    }

    private void levels(MarkdownWriter md, Phase p) {
        Locale l = md.locale();
        md.heading(3, SamenspelText.LEVELS.in(l));
        md.tableHeader(SamenspelText.FINDING_COLUMNS.in(l).split("\\|"));
        List<PromiseCheck.Finding> findings = check.of(p.code());
        for (Promise promise : p.promises()) {
            PromiseCheck.Finding f = findings.stream().filter(x -> promise.group().equals(x.group())).findFirst().orElse(null);
            md.row(trajectory.design().nameOf(promise.group()).in(l), promise.level().label().in(l), f == null ? "—" : Writing.status(f.status(), l),
                    f == null ? "—" : Writing.evidence(f, l));
        }
        findings.stream().filter(x -> x.group() == null).forEach(f -> md.row(SamenspelText.FRAMES_ROW.in(l), "—",
                Writing.status(f.status(), l), Writing.evidence(f, l)));
        md.blank();
    }

    private static void activities(MarkdownWriter md, Trajectory t, Phase p) {
        Locale l = md.locale();
        md.heading(3, SamenspelText.ACTIVITIES.in(l));
        md.alignedTableHeader("llllr", SamenspelText.HELD_COLUMNS.in(l).split("\\|"));
        for (Activity a : p.activities()) {
            HeldActivity held = t.held().stream().filter(h -> h.phase().equals(p.code()) && h.activity().equals(a.code()))
                    .findFirst().orElse(null);
            md.row(md.date(a.date()), md.escape(a.title().in(l)), Writing.groups(t.design(), a.groups(), l),
                    held == null ? SamenspelText.NOT_HELD.in(l) : md.date(held.date()),
                    held == null ? "—" : String.valueOf(held.attendance().stream().mapToInt(Attendance::count).sum()));
        }
        md.blank();
    }

    private static void contributions(MarkdownWriter md, Trajectory t, Phase p) {
        Locale l = md.locale();
        md.heading(3, SamenspelText.CONTRIBUTIONS.in(l));
        List<Contribution> here = t.contributions().stream().filter(c -> c.phase().equals(p.code())).toList();
        if (here.isEmpty()) {
            md.line(SamenspelText.NO_CONTRIBUTIONS.in(l)).blank();
            return;
        }
        md.alignedTableHeader("rllll", SamenspelText.CONTRIBUTION_COLUMNS.in(l).split("\\|"));
        for (Contribution c : here) {
            List<PhaseDecision> about = t.decisions().stream().filter(d -> d.uses().stream().anyMatch(u -> u.contribution() == c.id())).toList();
            String decisions = about.stream().map(d -> Writing.topic(md, t, d)).collect(Collectors.joining(", "));
            String became = about.stream().flatMap(d -> d.uses().stream()).filter(u -> u.contribution() == c.id())
                    .map(u -> u.reason().isEmpty() ? u.uptake().label().in(l) : u.uptake().label().in(l) + ": " + md.escape(u.reason()))
                    .collect(Collectors.joining("; "));
            md.row(String.valueOf(c.id()), t.design().nameOf(c.group()).in(l), c.kind().label().in(l),
                    about.isEmpty() ? SamenspelText.NOT_DECIDED.in(l) : decisions, about.isEmpty() ? "—" : became);
        }
        md.blank();
    }

    private static void evaluation(MarkdownWriter md, Trajectory t) {
        Locale l = md.locale();
        md.heading(2, SamenspelText.EVALUATION.in(l));
        Evaluation e = t.evaluation();
        if (e == null) {
            md.line(SamenspelText.NOT_EVALUATED.in(l)).blank();
        } else {
            md.line("- " + SamenspelText.OUTCOMES.in(l, md.escape(e.outcomes())))
                    .line("- " + SamenspelText.LESSONS.in(l, md.escape(e.lessons())))
                    .line("- " + SamenspelText.ORGANISATION_CHANGE.in(l, md.escape(e.organisationChange()))).blank();
        }
        if (!t.evidence().isEmpty()) {
            md.alignedTableHeader("llr", SamenspelText.EVIDENCE_COLUMNS.in(l).split("\\|"));
            for (StaffMeasure m : t.evidence()) {
                md.row(md.escape(m.method()), md.escape(m.measure()), md.number(m.value()));
            }
            md.blank();
        }
        if (!t.surveys().isEmpty()) {
            md.alignedTableHeader("llrlr", SamenspelText.SURVEY_COLUMNS.in(l).split("\\|"));
            for (SurveyResult s : t.surveys()) {
                for (SurveyScore score : s.scores()) {
                    md.row(s.moment().label().in(l), t.design().nameOf(s.group()).in(l), String.valueOf(s.respondents()), md.escape(score.question()),
                            md.percent(score.percentAgree()));
                }
            }
            md.blank();
        }
    }
}
