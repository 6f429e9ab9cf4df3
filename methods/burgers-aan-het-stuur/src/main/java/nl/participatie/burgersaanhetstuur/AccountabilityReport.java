package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.NeighbourhoodCode;

/**
 * The accountability report of one cycle (<i>verantwoording</i>), step 7 of the method, built from the initiative's
 * state: per goal, its indicators from baseline to target and what was achieved, and its actions, done or not and
 * why; money spent against what was planned; and whether the initiative accepted the report and the municipality
 * acknowledged it. Renders as Markdown in Dutch or English, with everything residents typed escaped.
 *
 * <pre>{@code
 * String markdown = AccountabilityReport.of(initiative).toMarkdown(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * @param title         the initiative's name
 * @param neighbourhood its neighbourhood
 * @param cycle         the cycle reported on
 * @param goals         the results per goal, in order of number
 * @param planned       the money planned for the cycle's actions
 * @param spent         the money spent on them
 * @param signOff       the acceptance and acknowledgement; {@code null} while not accepted
 */
@API(status = API.Status.EXPERIMENTAL)
public record AccountabilityReport(String title, NeighbourhoodCode neighbourhood, int cycle, List<GoalResult> goals,
                                   Money planned, Money spent, ReportSignOff signOff) {

    public AccountabilityReport {
        InvalidValueException.requireNonNull(title, "title");
        goals = List.copyOf(InvalidValueException.requireNonNull(goals, "goals"));
        InvalidValueException.requireNonNull(planned, "planned");
        InvalidValueException.requireNonNull(spent, "spent");
    }

    /** The report of the initiative's current cycle. */
    public static AccountabilityReport of(Initiative initiative) {
        return of(initiative, initiative.cycle());
    }

    /**
     * The report of a cycle, current or earlier: earlier cycles stay readable.
     *
     * @throws IllegalArgumentException when the initiative has no such cycle
     */
    public static AccountabilityReport of(Initiative initiative, int cycle) {
        InvalidValueException.requireNonNull(initiative, "initiative");
        if (cycle < 1 || cycle > initiative.cycle()) {
            throw new IllegalArgumentException("Initiative '" + initiative.title() + "' has no cycle " + cycle
                    + "; its cycles are 1 to " + initiative.cycle());
        }
        List<Goal> allGoals = initiative.goals();
        List<List<IndicatorResult>> indicatorsPerGoal = new ArrayList<>(allGoals.size() + 1);
        List<List<ActionResult>> actionsPerGoal = new ArrayList<>(allGoals.size() + 1);
        for (int i = 0; i <= allGoals.size(); i++) {
            indicatorsPerGoal.add(null);
            actionsPerGoal.add(null);
        }
        int indicatorCount = initiative.indicators().size();
        Measurement[] latest = new Measurement[indicatorCount + 1];
        for (Measurement m : initiative.measurements()) {
            int id = m.indicator();
            if (id <= indicatorCount && (latest[id] == null || !m.measuredOn().isBefore(latest[id].measuredOn()))) {
                latest[id] = m;
            }
        }
        int actionCount = initiative.actions().size();
        int[] carriedTo = new int[actionCount + 1];
        Money planned = Money.ZERO;
        Money spent = Money.ZERO;
        for (Action a : initiative.actions()) {
            if (a.cycle() == cycle + 1 && a.carriedFrom() >= 1 && a.carriedFrom() <= actionCount) {
                carriedTo[a.carriedFrom()] = a.id();
            }
        }
        for (Action a : initiative.actions()) {
            if (a.cycle() != cycle || a.goal() > allGoals.size()) {
                continue;
            }
            Money cost = a.plannedCost();
            planned = planned.plus(cost);
            spent = spent.plus(a.spent());
            add(actionsPerGoal, a.goal(), new ActionResult(a, cost, carriedTo[a.id()]));
        }
        for (Indicator i : initiative.indicators()) {
            if (i.cycle() == cycle && i.goal() <= allGoals.size()) {
                add(indicatorsPerGoal, i.goal(), IndicatorResult.of(i, latest[i.id()]));
            }
        }
        List<GoalResult> goals = new ArrayList<>();
        for (Goal g : allGoals) {
            if (g.cycle() == cycle) {
                goals.add(new GoalResult(g, orEmpty(indicatorsPerGoal.get(g.id())), orEmpty(actionsPerGoal.get(g.id()))));
            }
        }
        return new AccountabilityReport(initiative.title(), initiative.neighbourhood(), cycle, goals, planned, spent,
                initiative.signOff(cycle));
    }

    private static <T> void add(List<List<T>> perGoal, int goal, T item) {
        List<T> list = perGoal.get(goal);
        if (list == null) {
            list = new ArrayList<>(2);
            perGoal.set(goal, list);
        }
        list.add(item);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The report as Markdown, in Dutch or English ({@code en}); resident text is escaped. */
    public String toMarkdown(Locale locale) {
        boolean en = Markdown.isEnglish(locale);
        StringBuilder out = new StringBuilder(1024);
        out.append(en ? "# Accountability report: " : "# Verantwoording: ").append(Markdown.escape(title)).append("\n\n");
        out.append(en ? "Cycle " : "Cyclus ").append(cycle);
        if (neighbourhood != null) {
            out.append(en ? ", neighbourhood " : ", buurt ").append(neighbourhood.value());
        }
        out.append("\n");
        if (goals.isEmpty()) {
            out.append('\n').append(en ? "*No goals in this cycle.*" : "*Geen doelen in deze cyclus.*").append('\n');
        }
        for (GoalResult g : goals) {
            out.append("\n## ").append(en ? "Goal " : "Doel ").append(g.goal().id()).append(": ")
                    .append(Markdown.escape(g.goal().title())).append(" (").append(g.goal().theme().label().in(locale)).append(")\n\n");
            out.append(en ? "### Results\n\n" : "### Resultaten\n\n");
            if (g.indicators().isEmpty()) {
                out.append(en ? "*No indicators.*\n" : "*Geen indicatoren.*\n");
            } else {
                out.append(en ? "| Indicator | Question | Baseline | Target | Achieved | Verdict |\n"
                        : "| Indicator | Vraag | Nulmeting | Streefwaarde | Behaald | Oordeel |\n");
                out.append("|---|---|---|---|---|---|\n");
                for (IndicatorResult r : g.indicators()) {
                    Indicator i = r.indicator();
                    String unit = Markdown.escape(i.unit());
                    out.append("| ").append(i.id()).append(". ").append(Markdown.escape(i.name())).append(" (").append(unit).append(')')
                            .append(" | ").append(i.kind().label().in(locale))
                            .append(" | ").append(Markdown.number(i.baseline(), locale))
                            .append(" | ").append(Markdown.number(i.target(), locale)).append(en ? " by " : " uiterlijk ").append(i.targetDate())
                            .append(" | ");
                    if (r.latest() == null) {
                        out.append('-');
                    } else {
                        out.append(Markdown.number(r.latest().value(), locale)).append(en ? " on " : " op ").append(r.latest().measuredOn());
                    }
                    out.append(" | ").append(r.verdict().label().in(locale));
                    OptionalInt progress = r.progress();
                    if (progress.isPresent()) {
                        out.append(" (").append(progress.getAsInt()).append(en ? "%)" : " %)");
                    }
                    out.append(" |\n");
                }
            }
            out.append(en ? "\n### Actions\n\n" : "\n### Acties\n\n");
            if (g.actions().isEmpty()) {
                out.append(en ? "*No actions.*\n" : "*Geen acties.*\n");
            } else {
                out.append(en ? "| Action | Done? | Why, or what came of it | Planned | Spent |\n"
                        : "| Actie | Gedaan? | Waarom, of wat het opleverde | Gepland | Besteed |\n");
                out.append("|---|---|---|---|---|\n");
                for (ActionResult r : g.actions()) {
                    Action a = r.action();
                    out.append("| ").append(a.id()).append(". ").append(Markdown.escape(a.title()))
                            .append(" | ").append(done(a, en))
                            .append(" | ").append(explanation(r, en))
                            .append(" | ").append(r.planned().format(locale))
                            .append(" | ").append(a.spent().format(locale)).append(" |\n");
                }
            }
        }
        out.append(en ? "\n## Money\n\n" : "\n## Geld\n\n");
        Money difference = spent.minus(planned);
        out.append(en ? "Planned " : "Gepland ").append(planned.format(locale))
                .append(en ? ", spent " : ", besteed ").append(spent.format(locale));
        if (difference.isZero()) {
            out.append(en ? ": as planned.\n" : ": volgens plan.\n");
        } else if (difference.isPositive()) {
            out.append(": ").append(difference.format(locale)).append(en ? " more than planned.\n" : " meer dan gepland.\n");
        } else {
            out.append(": ").append(difference.negate().format(locale)).append(en ? " less than planned.\n" : " minder dan gepland.\n");
        }
        out.append(en ? "\n## Sign-off\n\n" : "\n## Vaststelling\n\n");
        if (signOff == null) {
            out.append(en ? "- Not yet accepted by the initiative.\n" : "- Nog niet aanvaard door het initiatief.\n");
        } else {
            out.append(en ? "- Accepted by the initiative on " : "- Aanvaard door het initiatief op ")
                    .append(Markdown.day(signOff.acceptedAt())).append(".\n");
            if (signOff.isAcknowledged()) {
                out.append(en ? "- Acknowledged by the municipality on " : "- Kennisgenomen door de gemeente op ")
                        .append(Markdown.day(signOff.acknowledgedAt())).append(".\n");
            } else {
                out.append(en ? "- Not yet acknowledged by the municipality.\n" : "- Nog niet kennisgenomen door de gemeente.\n");
            }
        }
        return out.toString();
    }

    private static String done(Action a, boolean en) {
        if (a.status() == Action.Status.DONE) {
            return en ? "yes" : "ja";
        }
        String status = en ? a.status().label().en() : a.status().label().nl();
        if (a.status() == Action.Status.STARTED) {
            status = status + ", " + a.progress() + (en ? "%" : " %");
        }
        return (en ? "no (" : "nee (") + status + ")";
    }

    private static String explanation(ActionResult r, boolean en) {
        String note = Markdown.escape(r.action().note());
        if (r.carriedTo() > 0) {
            String carried = en ? "carried over to cycle " + (r.action().cycle() + 1) + " as action " + r.carriedTo()
                    : "meegenomen naar cyclus " + (r.action().cycle() + 1) + " als actie " + r.carriedTo();
            return note.isEmpty() ? carried : note + "; " + carried;
        }
        return note.isEmpty() ? "-" : note;
    }

    /**
     * The results of one goal in the report.
     *
     * @param goal       the goal
     * @param indicators its indicators, with what was achieved
     * @param actions    its actions, with their planned cost
     */
    public record GoalResult(Goal goal, List<IndicatorResult> indicators, List<ActionResult> actions) {
        public GoalResult {
            InvalidValueException.requireNonNull(goal, "goal");
            indicators = List.copyOf(indicators);
            actions = List.copyOf(actions);
        }
    }

    /**
     * One indicator in the report: baseline, target and what was achieved.
     *
     * @param indicator the indicator
     * @param latest    its latest measurement; {@code null} when it was never measured
     * @param verdict   achieved, improved, not improved or not measured
     */
    public record IndicatorResult(Indicator indicator, Measurement latest, Verdict verdict) {
        public IndicatorResult {
            InvalidValueException.requireNonNull(indicator, "indicator");
            InvalidValueException.requireNonNull(verdict, "verdict");
        }

        static IndicatorResult of(Indicator indicator, Measurement latest) {
            Verdict verdict;
            if (latest == null) {
                verdict = Verdict.NOT_MEASURED;
            } else if (indicator.isReachedBy(latest.value())) {
                verdict = Verdict.ACHIEVED;
            } else if (indicator.isComparable(latest.value())
                    && indicator.distanceToTarget(latest.value()).compareTo(indicator.distanceToTarget(indicator.baseline())) < 0) {
                verdict = Verdict.IMPROVED;
            } else {
                verdict = Verdict.NOT_IMPROVED;
            }
            return new IndicatorResult(indicator, latest, verdict);
        }

        /**
         * How far from baseline to target the latest measurement came, in whole per cent (over 100 beyond the target,
         * negative the wrong way); empty when never measured, or when a number lies outside the limits of
         * {@link nl.participatie.core.value.Decimals} (only a history stored before those limits can hold one).
         */
        public OptionalInt progress() {
            if (latest == null || !indicator.isComparable(latest.value())) {
                return OptionalInt.empty();
            }
            BigDecimal span = indicator.target().subtract(indicator.baseline());
            if (span.signum() == 0) {
                return OptionalInt.empty();
            }
            BigDecimal moved = latest.value().subtract(indicator.baseline());
            BigDecimal percent = moved.multiply(BigDecimal.valueOf(100)).divide(span, 0, RoundingMode.HALF_UP);
            // Clamped, not wrapped: a tiny span can give a percentage beyond an int.
            return OptionalInt.of(percent.max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact());
        }
    }

    /**
     * One action in the report.
     *
     * @param action    the action, with its status, note and spending
     * @param planned   its planned cost
     * @param carriedTo the action of the next cycle that continues it; 0 when none does
     */
    public record ActionResult(Action action, Money planned, int carriedTo) {
        public ActionResult {
            InvalidValueException.requireNonNull(action, "action");
            InvalidValueException.requireNonNull(planned, "planned");
        }
    }

    /** What the report says about an indicator (<i>oordeel</i>). */
    public enum Verdict {
        /** The target was reached (<i>behaald</i>). */
        ACHIEVED,
        /** Closer to the target than the baseline, not there yet (<i>verbeterd</i>). */
        IMPROVED,
        /** No closer to the target than the baseline (<i>niet verbeterd</i>). */
        NOT_IMPROVED,
        /** Never measured (<i>niet gemeten</i>). */
        NOT_MEASURED;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            LocalizedText.of("behaald", "achieved"),
            LocalizedText.of("verbeterd", "improved"),
            LocalizedText.of("niet verbeterd", "not improved"),
            LocalizedText.of("niet gemeten", "not measured")};

        /** The verdict in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
