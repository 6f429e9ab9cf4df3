package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.Erasable;
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
 * @param title         the initiative's name; erasable
 * @param neighbourhood its neighbourhood
 * @param cycle         the cycle reported on
 * @param situation     the problem analysis and assets of the cycle; {@code null} when none was described in it
 * @param members       the number of members (initiators and participants) at the end of the cycle, or now
 * @param goals         the results per goal, in order of number
 * @param planned       the money planned for the cycle's actions
 * @param spent         the money spent on them
 * @param income        the money that came in for the cycle: subsidies and own contributions
 * @param lessons       the lessons learned in the cycle
 * @param signOff       the acceptance and acknowledgement; {@code null} while not accepted
 */
@API(status = API.Status.EXPERIMENTAL)
public record AccountabilityReport(Erasable<String> title, NeighbourhoodCode neighbourhood, int cycle, Situation situation,
                                   int members, List<GoalResult> goals, Money planned, Money spent, List<Funding> income,
                                   List<Lesson> lessons, ReportSignOff signOff) {

    public AccountabilityReport {
        goals = List.copyOf(InvalidValueException.requireNonNull(goals, "goals"));
        income = List.copyOf(InvalidValueException.requireNonNull(income, "income"));
        lessons = List.copyOf(InvalidValueException.requireNonNull(lessons, "lessons"));
        Checks.notNegative(members, "members");
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
            throw new IllegalArgumentException("The initiative has no cycle " + cycle
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
        List<Funding> income = new ArrayList<>(2);
        for (Funding f : initiative.fundings()) {
            if (f.cycle() == cycle) {
                income.add(f);
            }
        }
        List<Lesson> lessons = new ArrayList<>(2);
        for (Lesson l : initiative.lessons()) {
            if (l.cycle() == cycle) {
                lessons.add(l);
            }
        }
        return new AccountabilityReport(initiative.title(), initiative.neighbourhood(), cycle, initiative.situation(cycle),
                initiative.membersIn(cycle), goals, planned, spent, income, lessons, initiative.signOff(cycle));
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
        MarkdownWriter md = MarkdownWriter.of(locale);
        md.heading(1, text(md, AccountabilityText.TITLE, md.escape(title)));
        md.line(neighbourhood == null ? text(md, AccountabilityText.CYCLE, cycle)
                : text(md, AccountabilityText.CYCLE_IN_NEIGHBOURHOOD, cycle, neighbourhood.value()));
        situation(md);
        if (goals.isEmpty()) {
            md.blank().line(text(md, AccountabilityText.NO_GOALS));
        }
        for (GoalResult g : goals) {
            md.blank().heading(2, text(md, AccountabilityText.GOAL, g.goal().id(), md.escape(g.goal().title()),
                    g.goal().theme().label().in(locale)));
            md.heading(3, text(md, AccountabilityText.RESULTS));
            if (g.indicators().isEmpty()) {
                md.line(text(md, AccountabilityText.NO_INDICATORS));
            } else {
                md.tableHeader(columns(md, AccountabilityText.INDICATOR_COLUMNS));
                for (IndicatorResult r : g.indicators()) {
                    md.row(indicatorRow(md, r));
                }
            }
            md.blank().heading(3, text(md, AccountabilityText.ACTIONS));
            if (g.actions().isEmpty()) {
                md.line(text(md, AccountabilityText.NO_ACTIONS));
            } else {
                md.tableHeader(columns(md, AccountabilityText.ACTION_COLUMNS));
                for (ActionResult r : g.actions()) {
                    Action a = r.action();
                    md.row(a.id() + ". " + md.escape(a.title()), done(md, a), explanation(md, r), md.money(r.planned()),
                            md.money(a.spent()));
                }
            }
        }
        md.blank().heading(2, text(md, AccountabilityText.MONEY));
        Money difference = spent.minus(planned);
        if (difference.isZero()) {
            md.line(text(md, AccountabilityText.MONEY_AS_PLANNED, md.money(planned), md.money(spent)));
        } else if (difference.isPositive()) {
            md.line(text(md, AccountabilityText.MONEY_MORE, md.money(planned), md.money(spent), md.money(difference)));
        } else {
            md.line(text(md, AccountabilityText.MONEY_LESS, md.money(planned), md.money(spent), md.money(difference.negate())));
        }
        income(md);
        md.blank().heading(2, text(md, AccountabilityText.LESSONS));
        if (lessons.isEmpty()) {
            md.line(text(md, AccountabilityText.NO_LESSONS));
        }
        for (Lesson l : lessons) {
            md.line("- " + md.escape(l.text()));
        }
        md.blank().heading(2, text(md, AccountabilityText.SIGN_OFF));
        if (signOff == null) {
            md.line("- " + text(md, AccountabilityText.NOT_ACCEPTED));
        } else {
            md.line("- " + text(md, AccountabilityText.ACCEPTED_ON, md.date(DutchTime.dayOf(signOff.acceptedAt()))));
            md.line("- " + (signOff.isAcknowledged()
                    ? text(md, AccountabilityText.ACKNOWLEDGED_ON, md.date(DutchTime.dayOf(signOff.acknowledgedAt())))
                    : text(md, AccountabilityText.NOT_ACKNOWLEDGED)));
        }
        return md.toString();
    }

    /** Where the cycle started from: the situation, who it affects, the assets, and how many take part. */
    private void situation(MarkdownWriter md) {
        md.blank().heading(2, text(md, AccountabilityText.SITUATION));
        if (situation == null) {
            md.line(text(md, AccountabilityText.NO_SITUATION)).blank();
        } else {
            md.line(md.escape(situation.description())).blank();
            md.line(text(md, AccountabilityText.AFFECTED, md.escape(situation.affected()))).blank();
            for (Erasable<Asset> erasable : situation.assets()) {
                md.line("- " + erasable.value().map(a -> text(md, AccountabilityText.ASSET, a.kind().label().in(md.locale()),
                        md.escape(a.description()))).orElse(md.escape(Erasable.erasedText().in(md.locale()))));
            }
            if (!situation.assets().isEmpty()) {
                md.blank();
            }
        }
        md.line(text(md, AccountabilityText.MEMBERS, members));
    }

    /** Money in against money out: each income, the subsidies and own contributions, and what is left. */
    private void income(MarkdownWriter md) {
        if (income.isEmpty()) {
            md.blank().line(text(md, AccountabilityText.NO_INCOME));
            return;
        }
        md.blank().alignedTableHeader("llr", columns(md, AccountabilityText.INCOME_COLUMNS));
        Money in = Money.ZERO;
        Money subsidy = Money.ZERO;
        Money own = Money.ZERO;
        for (Funding f : income) {
            md.row(f.kind().label().in(md.locale()), md.escape(f.description()), md.money(f.amount()));
            in = in.plus(f.amount());
            subsidy = f.kind().isSubsidy() ? subsidy.plus(f.amount()) : subsidy;
            own = f.kind() == Funding.Kind.OWN_CONTRIBUTION ? own.plus(f.amount()) : own;
        }
        md.blank().line(text(md, AccountabilityText.BALANCE, md.money(in), md.money(subsidy), md.money(own), md.money(spent),
                md.money(in.minus(spent))));
    }

    private static String[] indicatorRow(MarkdownWriter md, IndicatorResult r) {
        Indicator i = r.indicator();
        String achieved = r.latest() == null ? "-"
                : text(md, AccountabilityText.ACHIEVED_ON, md.number(r.latest().value()), md.date(r.latest().measuredOn()));
        String verdict = r.verdict().label().in(md.locale());
        OptionalInt progress = r.progress();
        if (progress.isPresent()) {
            verdict = verdict + " (" + md.percent(progress.getAsInt()) + ")";
        }
        return new String[] {i.id() + ". " + md.escape(i.name()) + " (" + md.escape(i.unit()) + ")",
            i.kind().label().in(md.locale()), md.number(i.baseline()),
            text(md, AccountabilityText.TARGET_BY, md.number(i.target()), md.date(i.targetDate())), achieved, verdict};
    }

    private static String done(MarkdownWriter md, Action a) {
        if (a.status() == Action.Status.DONE) {
            return text(md, AccountabilityText.DONE);
        }
        String status = a.status().label().in(md.locale());
        if (a.status() == Action.Status.STARTED) {
            status = status + ", " + md.percent(a.progress());
        }
        return text(md, AccountabilityText.NOT_DONE, status);
    }

    private static String explanation(MarkdownWriter md, ActionResult r) {
        String note = md.escape(r.action().note());
        if (r.carriedTo() > 0) {
            String carried = text(md, AccountabilityText.CARRIED_OVER, r.action().cycle() + 1, r.carriedTo());
            return note.isEmpty() ? carried : note + "; " + carried;
        }
        return note.isEmpty() ? "-" : note;
    }

    /** The header cells of a table, one catalogue text with the cells apart by {@code " | "}, as Markdown writes them. */
    private static String[] columns(MarkdownWriter md, AccountabilityText code) {
        return text(md, code).split(" \\| ");
    }

    /** A word of the report; numbers go in as written (no grouping: cycle 1000 is "1000"). */
    private static String text(MarkdownWriter md, AccountabilityText code, Object... args) {
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof Integer n ? String.valueOf(n) : args[i];
        }
        return md.text(code.code(), written);
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
        private static final AccountabilityText[] LABELS = {AccountabilityText.VERDICT_ACHIEVED,
            AccountabilityText.VERDICT_IMPROVED, AccountabilityText.VERDICT_NOT_IMPROVED, AccountabilityText.VERDICT_NOT_MEASURED};

        /** The verdict in Dutch and English, from the catalogue. */
        public LocalizedText label() {
            return Catalogue.text(LABELS[ordinal()]);
        }
    }
}
