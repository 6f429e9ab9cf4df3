package nl.participatie.samenspel;

import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.text.MarkdownWriter;

/**
 * The participation plan (<i>participatieplan</i>), written before any input as the participation ordinance asks: per
 * phase its dates and goal, the groups involved with the rung promised to each and what that promise means, the frames
 * (fixed, open, budget, who decides), the planned activities, the deliverables and the decisions it leads to, with the
 * council's powers marked.
 *
 * <pre>{@code
 * String plan = ParticipationPlan.of(trajectory).toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param trajectory the trajectory; drafted
 */
@API(status = API.Status.EXPERIMENTAL)
public record ParticipationPlan(Trajectory trajectory) {

    public ParticipationPlan {
        Writing.drafted(trajectory);
    }

    /** The plan of the trajectory as it stands. */
    public static ParticipationPlan of(Trajectory trajectory) {
        return new ParticipationPlan(trajectory);
    }

    /** The plan as Markdown, in Dutch or English ({@code en}); text people typed is escaped. */
    public String toMarkdown(Locale locale) {
        MarkdownWriter md = MarkdownWriter.of(locale);
        Trajectory t = trajectory;
        Writing.title(md, SamenspelText.PLAN_TITLE, t);
        for (int i = 0; i < t.design().phases().size(); i++) {
            Phase p = t.design().phases().get(i);
            Writing.phase(md, 2, i, p);

            md.heading(3, SamenspelText.PROMISES.in(locale));
            md.tableHeader(SamenspelText.PROMISE_COLUMNS.in(locale).split("\\|"));
            for (Promise promise : p.promises()) {
                md.row(t.design().nameOf(promise.group()).in(locale), promise.level().label().in(locale), Writing.meaning(promise.level(), locale));
            }
            md.blank();

            md.heading(3, SamenspelText.FRAMES.in(locale));
            Writing.frames(md, t.framesOf(p.code()));

            md.heading(3, SamenspelText.ACTIVITIES.in(locale));
            md.tableHeader(SamenspelText.ACTIVITY_COLUMNS.in(locale).split("\\|"));
            for (Activity a : p.activities()) {
                md.row(md.date(a.date()), md.escape(a.title().in(locale)), a.kind().label().in(locale), Writing.groups(t.design(), a.groups(), locale));
            }
            md.blank();

            md.heading(3, SamenspelText.DELIVERABLES.in(locale));
            if (p.deliverables().isEmpty()) {
                md.line(SamenspelText.NONE.in(locale)).blank();
            } else {
                p.deliverables().forEach(d -> md.line("- " + md.escape(d.title().in(locale))));
                md.blank();
            }

            md.heading(3, SamenspelText.TOPICS.in(locale));
            if (p.topics().isEmpty()) {
                md.line(SamenspelText.NONE.in(locale)).blank();
            } else {
                for (DecisionTopic topic : p.topics()) {
                    String title = md.escape(topic.title().in(locale));
                    md.line("- " + (!topic.councilOnly() ? title : topic.councilDecision().isBlank()
                            ? SamenspelText.TOPIC_COUNCIL_ONLY.in(locale, title)
                            : SamenspelText.TOPIC_COUNCIL_DECISION.in(locale, title, md.escape(topic.councilDecision()))));
                }
                md.blank();
            }
        }
        return md.toString();
    }
}
