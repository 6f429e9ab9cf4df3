package nl.participatie.samenspel;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.participatie.core.text.Catalogue;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;

/**
 * The pieces the four outputs share (plan, report, overview, paragraph): the heading of a trajectory and of a phase,
 * the frames, the words of a rung and of a finding. Everything written by people — titles, reasons, motivations,
 * references — goes through {@link MarkdownWriter#escape}.
 */
final class Writing {

    private Writing() {
    }

    /** The trajectory, refused when it was never drafted: an output needs a design. */
    static Trajectory drafted(Trajectory trajectory) {
        InvalidValueException.requireNonNull(trajectory, "trajectory");
        InvalidValueException.requireNonNull(trajectory.design(), "trajectory.design");
        return trajectory;
    }

    /** The phases that started, in order. */
    static List<Phase> started(Trajectory t) {
        return t.design().phases().subList(0, Math.min(t.phaseIndex() + 1, t.design().phases().size()));
    }

    /** The title, then the line with the municipality, the design version and whether it was adopted. */
    static void title(MarkdownWriter md, SamenspelText title, Trajectory t) {
        Locale l = md.locale();
        md.heading(1, title.in(l, md.escape(t.design().title().in(l))));
        md.line(SamenspelText.ABOUT.in(l, t.municipality().value(), String.valueOf(t.versions().size()),
                (t.adopted() ? SamenspelText.ADOPTED : SamenspelText.NOT_ADOPTED).in(l))).blank();
    }

    /** The heading of phase {@code index} (from 0) at {@code level}, then its dates and goal. */
    static void phase(MarkdownWriter md, int level, int index, Phase p) {
        Locale l = md.locale();
        md.heading(level, SamenspelText.PHASE_HEADING.in(l, String.valueOf(index + 1), md.escape(p.name().in(l))));
        md.line(SamenspelText.PERIOD.in(l, md.date(p.start()), md.date(p.end()), md.escape(p.goal().in(l)))).blank();
    }

    /** The frames as a list, or that they are not declared. */
    static void frames(MarkdownWriter md, Frames f) {
        Locale l = md.locale();
        if (f == null) {
            md.line(SamenspelText.FRAMES_NOT_DECLARED.in(l)).blank();
            return;
        }
        md.line("- " + SamenspelText.FRAMES_FIXED.in(l, md.escape(f.fixed().in(l))))
                .line("- " + SamenspelText.FRAMES_OPEN.in(l, md.escape(f.open().in(l))))
                .line("- " + SamenspelText.FRAMES_BUDGET.in(l, md.money(f.budget())))
                .line("- " + SamenspelText.FRAMES_FINAL_SAY.in(l, md.escape(f.finalSay().in(l)))).blank();
    }

    /** The groups, by their names in the design, joined. */
    static String groups(Design design, List<StakeholderGroup> groups, Locale l) {
        return groups.stream().map(g -> design.nameOf(g).in(l)).collect(Collectors.joining(", "));
    }

    /** What a rung promises, in words for the participants. */
    static String meaning(LadderLevel level, Locale l) {
        return switch (level) {
            case INFORM -> SamenspelText.MEANING_INFORM.in(l);
            case CONSULT -> SamenspelText.MEANING_CONSULT.in(l);
            case ADVISE -> SamenspelText.MEANING_ADVISE.in(l);
            case CO_PRODUCE -> SamenspelText.MEANING_CO_PRODUCE.in(l);
            case CO_DECIDE -> SamenspelText.MEANING_CO_DECIDE.in(l);
            case SELF_GOVERN -> SamenspelText.MEANING_SELF_GOVERN.in(l);
        };
    }

    /** Kept, open or broken. */
    static String status(PromiseCheck.Status status, Locale l) {
        return switch (status) {
            case KEPT -> SamenspelText.STATUS_KEPT.in(l);
            case OPEN -> SamenspelText.STATUS_OPEN.in(l);
            case BROKEN -> SamenspelText.STATUS_BROKEN.in(l);
        };
    }

    /** The evidence of a finding in words. */
    static String evidence(PromiseCheck.Finding f, Locale l) {
        return Catalogue.text(l, f.evidence().code(), f.count());
    }

    /** Yes or no. */
    static String yesNo(boolean value, Locale l) {
        return (value ? SamenspelText.YES : SamenspelText.NO).in(l);
    }

    /** The day of a moment, as the Netherlands counts it. */
    static String day(MarkdownWriter md, Instant at) {
        return md.date(DutchTime.dayOf(at));
    }

    /** The title of a decision's topic, escaped; its code when the design no longer has it. */
    static String topic(MarkdownWriter md, Trajectory t, PhaseDecision d) {
        Phase p = t.design().phase(d.phase());
        DecisionTopic topic = p == null ? null : p.topic(d.topic());
        return topic == null ? d.topic() : md.escape(topic.title().in(md.locale()));
    }
}
