package nl.participatie.samenspel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;

/**
 * The participation report (<i>participatieverslag</i>), written afterwards as the participation ordinance asks: per
 * phase that started, who took part — per group the rung promised, the participants, the attendance and the
 * contributions — and what was done with the input: every decision with who took it, whether it follows the
 * participants' outcome and its motivation, what became of each contribution it considered and why, which
 * contributions no decision considered, whether the municipality reported back, and frames changed with their reason.
 *
 * <pre>{@code
 * String report = ParticipationReport.of(trajectory).toMarkdown(Locale.ENGLISH);
 * }</pre>
 *
 * @param trajectory the trajectory; drafted
 */
@API(status = API.Status.EXPERIMENTAL)
public record ParticipationReport(Trajectory trajectory) {

    public ParticipationReport {
        Writing.drafted(trajectory);
    }

    /** The report of the trajectory as it stands. */
    public static ParticipationReport of(Trajectory trajectory) {
        return new ParticipationReport(trajectory);
    }

    /** The report as Markdown, in Dutch or English ({@code en}); text people typed is escaped. */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        Trajectory t = trajectory;
        Writing.title(md, SamenspelText.REPORT_TITLE, t);
        md.line(SamenspelText.STANDING.in(locale, t.step().label())).blank();
        List<Phase> started = Writing.started(t);
        for (int i = 0; i < started.size(); i++) {
            Phase p = started.get(i);
            Writing.phase(md, 2, i, p);
            involved(md, t, p);
            inputUsed(md, t, p);
            md.line((t.reportedBack().contains(p.code()) ? SamenspelText.REPORTED_BACK : SamenspelText.NOT_REPORTED_BACK).in(locale)).blank();
            List<FramesDeclaration> changes = t.frames().stream().filter(f -> f.phase().equals(p.code()) && !f.reason().isEmpty()).toList();
            if (!changes.isEmpty()) {
                md.heading(3, SamenspelText.FRAME_CHANGES.in(locale));
                for (FramesDeclaration f : changes) {
                    md.line("- " + SamenspelText.FRAME_CHANGE.in(locale, Writing.day(md, f.at()), md.escape(f.reason()),
                            Writing.yesNo(f.afterInput(), locale), Writing.yesNo(f.agreed(), locale)));
                }
                md.blank();
            }
        }
        return md.toString();
    }

    private static void involved(MarkdownWriter md, Trajectory t, Phase p) {
        Locale l = md.locale();
        md.heading(3, SamenspelText.INVOLVED.in(l));
        md.alignedTableHeader("llrrr", SamenspelText.INVOLVED_COLUMNS.in(l).split("\\|"));
        for (Promise promise : p.promises()) {
            StakeholderGroup g = promise.group();
            long participants = t.participants().stream().filter(x -> x.phase().equals(p.code()) && x.group().equals(g)).count();
            int attendance = t.held().stream().filter(h -> h.phase().equals(p.code())).flatMap(h -> h.attendance().stream())
                    .filter(a -> a.group().equals(g)).mapToInt(Attendance::count).sum();
            long contributions = t.contributions().stream().filter(c -> c.phase().equals(p.code()) && c.group().equals(g)).count();
            md.row(t.design().nameOf(g).in(l), promise.level().label().in(l), String.valueOf(participants), String.valueOf(attendance),
                    String.valueOf(contributions));
        }
        md.blank();
    }

    private static void inputUsed(MarkdownWriter md, Trajectory t, Phase p) {
        Locale l = md.locale();
        md.heading(3, SamenspelText.INPUT_USED.in(l));
        List<PhaseDecision> decisions = t.decisions().stream().filter(d -> d.phase().equals(p.code())).toList();
        if (decisions.isEmpty()) {
            md.line(SamenspelText.NO_DECISIONS.in(l)).blank();
        }
        for (PhaseDecision d : decisions) {
            md.heading(4, SamenspelText.DECISION_HEADING.in(l, Writing.topic(md, t, d)));
            md.line((d.followsOutcome() ? SamenspelText.DECISION_FOLLOWS : SamenspelText.DECISION_DEVIATES)
                    .in(l, d.decidedBy().label(), Writing.day(md, d.at())));
            if (!d.motivation().isEmpty()) {
                md.line(SamenspelText.MOTIVATION.in(l, md.escape(d.motivation())));
            } else if (!d.followsOutcome()) {
                md.line(SamenspelText.NO_MOTIVATION.in(l));
            }
            md.blank();
            if (!d.uses().isEmpty()) {
                md.alignedTableHeader("rlllll", SamenspelText.USE_COLUMNS.in(l).split("\\|"));
                for (ContributionUse u : d.uses()) {
                    Contribution c = t.contribution(u.contribution());
                    md.row(String.valueOf(u.contribution()), t.design().nameOf(c.group()).in(l), c.kind().label().in(l), md.escape(c.reference()),
                            u.uptake().label().in(l), md.escape(u.reason()));
                }
                md.blank();
            }
        }
        String unconsidered = t.contributions().stream().filter(c -> c.phase().equals(p.code()))
                .filter(c -> t.decisions().stream().noneMatch(d -> d.uses().stream().anyMatch(u -> u.contribution() == c.id())))
                .map(c -> String.valueOf(c.id())).collect(Collectors.joining(", "));
        if (!unconsidered.isEmpty()) {
            md.line(SamenspelText.NOT_CONSIDERED.in(l, unconsidered)).blank();
        }
    }
}
