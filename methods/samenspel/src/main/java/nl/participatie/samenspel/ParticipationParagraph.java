package nl.participatie.samenspel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.InvalidValueException;

/**
 * The participation paragraph of a council proposal (<i>participatieparagraaf</i>), generated from the trajectory: who
 * was involved and how (per phase the groups with their rung, the activities held and the attendance), what the
 * participation brought (the contributions by kind and what became of them), what was done with it (every decision,
 * following the outcome or deviating with or without a motivation), and whether the promises were kept, naming every
 * promise still open or broken.
 *
 * <pre>{@code
 * String paragraph = ParticipationParagraph.of(trajectory).toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param trajectory the trajectory; drafted
 * @param check      its promise check
 */
@API(status = API.Status.EXPERIMENTAL)
public record ParticipationParagraph(Trajectory trajectory, PromiseCheck check) {

    public ParticipationParagraph {
        Writing.drafted(trajectory);
        InvalidValueException.requireNonNull(check, "check");
    }

    /** The paragraph of the trajectory as it stands, with its promise check. */
    public static ParticipationParagraph of(Trajectory trajectory) {
        return new ParticipationParagraph(trajectory, PromiseCheck.of(Writing.drafted(trajectory)));
    }

    /** The paragraph as Markdown, a {@code ##} section to place in the proposal, in Dutch or English ({@code en}). */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        Trajectory t = trajectory;
        List<Phase> phases = t.design().phases();
        md.heading(2, SamenspelText.PARAGRAPH_TITLE.in(locale));
        md.line(SamenspelText.PARAGRAPH_SUMMARY.in(locale, md.escape(t.design().title().in(locale)), md.date(phases.get(0).start()),
                md.date(phases.get(phases.size() - 1).end()),
                phases.stream().map(p -> md.escape(p.name().in(locale))).collect(Collectors.joining(", ")),
                (t.adopted() ? SamenspelText.ADOPTED : SamenspelText.NOT_ADOPTED).in(locale))).blank();

        md.heading(3, SamenspelText.PARAGRAPH_WHO.in(locale));
        for (Phase p : Writing.started(t)) {
            String groups = p.promises().stream().map(pr -> SamenspelText.PARAGRAPH_GROUP_LEVEL.in(locale, t.design().nameOf(pr.group()),
                    pr.level().label())).collect(Collectors.joining(", "));
            List<HeldActivity> held = t.held().stream().filter(h -> h.phase().equals(p.code())).toList();
            int attendance = held.stream().flatMap(h -> h.attendance().stream()).mapToInt(Attendance::count).sum();
            md.line("- " + SamenspelText.PARAGRAPH_PHASE.in(locale, md.escape(p.name().in(locale)), md.date(p.start()), md.date(p.end()),
                    groups, String.valueOf(held.size()), String.valueOf(attendance)));
        }
        md.blank();

        md.heading(3, SamenspelText.PARAGRAPH_YIELD.in(locale));
        md.line(SamenspelText.PARAGRAPH_COUNTS.in(locale, count(t, null), count(t, ContributionKind.IDEA), count(t, ContributionKind.CONCERN),
                count(t, ContributionKind.ADVICE), uses(t, Uptake.ADOPTED), uses(t, Uptake.ADAPTED), uses(t, Uptake.NOT_USED),
                String.valueOf(t.contributions().stream().filter(c -> t.decisions().stream()
                        .noneMatch(d -> d.uses().stream().anyMatch(u -> u.contribution() == c.id()))).count()))).blank();

        md.heading(3, SamenspelText.PARAGRAPH_DONE.in(locale));
        if (t.decisions().isEmpty()) {
            md.line(SamenspelText.NO_DECISIONS.in(locale)).blank();
        } else {
            for (PhaseDecision d : t.decisions()) {
                String topic = Writing.topic(md, t, d);
                String phase = md.escape(t.design().phase(d.phase()) == null ? d.phase() : t.design().phase(d.phase()).name().in(locale));
                md.line("- " + (d.followsOutcome() ? SamenspelText.PARAGRAPH_DECISION_FOLLOWS.in(locale, topic, phase)
                        : d.motivation().isEmpty() ? SamenspelText.PARAGRAPH_DECISION_UNMOTIVATED.in(locale, topic, phase)
                        : SamenspelText.PARAGRAPH_DECISION_DEVIATES.in(locale, topic, phase, md.escape(d.motivation()))));
            }
            md.blank();
        }

        md.heading(3, SamenspelText.PARAGRAPH_PROMISES.in(locale));
        md.line(SamenspelText.TOTALS.in(locale, String.valueOf(check.count(PromiseCheck.Status.KEPT)),
                String.valueOf(check.count(PromiseCheck.Status.OPEN)), String.valueOf(check.count(PromiseCheck.Status.BROKEN)))).blank();
        List<PromiseCheck.Finding> notKept = check.findings().stream().filter(f -> f.status() != PromiseCheck.Status.KEPT).toList();
        for (PromiseCheck.Finding f : notKept) {
            String phase = md.escape(t.design().phase(f.phase()) == null ? f.phase() : t.design().phase(f.phase()).name().in(locale));
            md.line("- " + (f.group() == null
                    ? SamenspelText.PARAGRAPH_FRAMES_NOT_KEPT.in(locale, phase, Writing.status(f.status(), locale), Writing.evidence(f, locale))
                    : SamenspelText.PARAGRAPH_NOT_KEPT.in(locale, phase, t.design().nameOf(f.group()), f.level().label(),
                    Writing.status(f.status(), locale), Writing.evidence(f, locale))));
        }
        if (!notKept.isEmpty()) {
            md.blank();
        }
        return md.toString();
    }

    private static String count(Trajectory t, ContributionKind kind) {
        return String.valueOf(t.contributions().stream().filter(c -> kind == null || c.kind() == kind).count());
    }

    private static String uses(Trajectory t, Uptake uptake) {
        return String.valueOf(t.decisions().stream().flatMap(d -> d.uses().stream()).filter(u -> u.uptake() == uptake).count());
    }
}
