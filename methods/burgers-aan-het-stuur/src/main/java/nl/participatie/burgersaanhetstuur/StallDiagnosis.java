package nl.participatie.burgersaanhetstuur;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.participatie.core.API;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;

/**
 * The diagnosis of why a citizen initiative is stuck (<i>knelpuntenanalyse</i>), the reason the method exists:
 * initiatives start hopeful and get stuck without anyone knowing why. {@link #diagnose} looks at the current cycle for
 * every {@link StallReason}: actions past their deadline, without owner or blocked without follow-up; a step unchanged
 * for too long; indicators not measured or moving away from their target; goals without action or indicator, or
 * measuring only activity; too few residents; spending above plan. Each finding carries its evidence and advice in
 * Dutch and English. A healthy initiative gets an empty diagnosis.
 *
 * <p>Pure and thread-safe; linear in the size of the initiative (one pass over its actions, indicators, measurements
 * and goals). The limits are the municipality's {@link InitiativeRules}.
 *
 * <pre>{@code
 * Diagnosis diagnosis = StallDiagnosis.defaults().diagnose(initiative, clock.instant());
 * diagnosis.findings().forEach(f -> System.out.println(f.code() + ": " + f.advice().nl()));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class StallDiagnosis {

    private static final StallDiagnosis DEFAULT = new StallDiagnosis(InitiativeRules.defaults());
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final InitiativeRules thresholds;

    private StallDiagnosis(InitiativeRules thresholds) {
        this.thresholds = InvalidValueException.requireNonNull(thresholds, "thresholds");
    }

    /** The diagnosis with the library's {@link InitiativeRules#defaults() default thresholds}. */
    public static StallDiagnosis defaults() {
        return DEFAULT;
    }

    /** The diagnosis with the municipality's thresholds. */
    public static StallDiagnosis of(InitiativeRules thresholds) {
        return new StallDiagnosis(thresholds);
    }

    /** The thresholds this diagnosis uses. */
    public InitiativeRules thresholds() {
        return thresholds;
    }

    /**
     * The reasons the initiative is stuck or at risk at {@code now}, most severe first; none for an initiative that
     * is healthy, not started or closed.
     */
    public Diagnosis diagnose(Initiative initiative, Instant now) {
        InvalidValueException.requireNonNull(initiative, "initiative");
        InvalidValueException.requireNonNull(now, "now");
        if (!initiative.isRunning()) {
            return new Diagnosis(initiative.title(), initiative.cycle(), initiative.step(), now, List.of());
        }
        Findings found = new Findings();
        LocalDate today = DutchTime.dayOf(now);
        int cycle = initiative.cycle();
        InitiativeStep at = initiative.cycleStep();

        stepUnchanged(initiative, now, found);
        if (initiative.memberCount() < thresholds.minimumActiveParticipants()) {
            found.add(StallReason.TOO_FEW_PARTICIPANTS, new Finding.Evidence(Finding.Subject.INITIATIVE, 0, initiative.title(), null),
                    LocalizedText.of(
                            Texts.fill("Actieve deelnemers: {0}; er zijn er minstens {1} nodig om het initiatief te dragen.",
                                    initiative.memberCount(), thresholds.minimumActiveParticipants()),
                            Texts.fill("Active participants: {0}; at least {1} are needed to carry the initiative.",
                                    initiative.memberCount(), thresholds.minimumActiveParticipants())),
                    Advice.TOO_FEW_PARTICIPANTS);
        }

        int goalCount = initiative.goals().size();
        boolean[] goalHasAction = new boolean[goalCount + 1];
        boolean[] goalHasIndicator = new boolean[goalCount + 1];
        boolean[] goalMeasuresEffect = new boolean[goalCount + 1];

        for (Action a : initiative.actions()) {
            if (a.cycle() != cycle) {
                continue;
            }
            if (a.status() != Action.Status.DROPPED && a.goal() <= goalCount) {
                goalHasAction[a.goal()] = true;
            }
            actionFindings(a, today, now, found);
        }

        int indicatorCount = initiative.indicators().size();
        Measurement[] latest = new Measurement[indicatorCount + 1];
        Measurement[] previous = new Measurement[indicatorCount + 1];
        for (Measurement m : initiative.measurements()) {
            int id = m.indicator();
            if (id > indicatorCount) {
                continue;
            }
            if (latest[id] == null || !m.measuredOn().isBefore(latest[id].measuredOn())) {
                previous[id] = latest[id];
                latest[id] = m;
            } else if (previous[id] == null || !m.measuredOn().isBefore(previous[id].measuredOn())) {
                previous[id] = m;
            }
        }
        for (Indicator i : initiative.indicators()) {
            if (i.cycle() != cycle) {
                continue;
            }
            if (i.goal() <= goalCount) {
                goalHasIndicator[i.goal()] = true;
                goalMeasuresEffect[i.goal()] |= i.kind() != Indicator.Kind.HOW_MUCH;
            }
            indicatorFindings(i, latest[i.id()], previous[i.id()], today, found);
        }

        for (Goal g : initiative.goals()) {
            if (g.cycle() != cycle) {
                continue;
            }
            Finding.Evidence evidence = new Finding.Evidence(Finding.Subject.GOAL, g.id(), g.title(), null);
            if (at.ordinal() > InitiativeStep.ACTION_PLAN.ordinal() && !goalHasAction[g.id()]) {
                found.add(StallReason.GOAL_WITHOUT_ACTION, evidence, LocalizedText.of(
                        Texts.fill("Doel {0} '{1}' heeft geen actie.", g.id(), g.title()),
                        Texts.fill("Goal {0} '{1}' has no action.", g.id(), g.title())), Advice.GOAL_WITHOUT_ACTION);
            }
            if (at.ordinal() > InitiativeStep.MEASURABLE_RESULTS.ordinal() && !goalHasIndicator[g.id()]) {
                found.add(StallReason.GOAL_WITHOUT_INDICATOR, evidence, LocalizedText.of(
                        Texts.fill("Doel {0} '{1}' heeft geen indicator.", g.id(), g.title()),
                        Texts.fill("Goal {0} '{1}' has no indicator.", g.id(), g.title())), Advice.GOAL_WITHOUT_INDICATOR);
            }
            if (goalHasIndicator[g.id()] && !goalMeasuresEffect[g.id()]) {
                found.add(StallReason.GOAL_MEASURES_ONLY_ACTIVITY, evidence, LocalizedText.of(
                        Texts.fill("Doel {0} '{1}' meet alleen hoeveel er gedaan is, niet of iemand erop vooruitgaat.", g.id(), g.title()),
                        Texts.fill("Goal {0} '{1}' only measures how much was done, not whether anyone is better off.", g.id(), g.title())),
                        Advice.GOAL_MEASURES_ONLY_ACTIVITY);
            }
        }
        return new Diagnosis(initiative.title(), cycle, initiative.step(), now, found.inOrder());
    }

    private void stepUnchanged(Initiative initiative, Instant now, Findings found) {
        InitiativeStep step = initiative.step();
        Duration limit = thresholds.stepLimit(step);
        Instant since = initiative.stepSince();
        if (limit == null || since == null || !since.plus(limit).isBefore(now)) {
            return;
        }
        long days = Duration.between(since, now).toDays();
        LocalDate sinceDay = DutchTime.dayOf(since);
        String nl = step.isCycleStep() ? "stap " + step.number() + ": " + step.label().nl() : step.label().nl().toLowerCase(DUTCH);
        String en = step.isCycleStep() ? "step " + step.number() + ": " + step.label().en() : step.label().en().toLowerCase(Locale.ENGLISH);
        found.add(StallReason.STEP_UNCHANGED, new Finding.Evidence(Finding.Subject.STEP, 0, step.name(), sinceDay),
                LocalizedText.of(
                        Texts.fill("Het initiatief staat sinds {0} in {1} ({2} dagen).", sinceDay, nl, days),
                        Texts.fill("The initiative has been in {1} since {0} ({2} days).", sinceDay, en, days)),
                Advice.forStep(initiative));
    }

    private void actionFindings(Action a, LocalDate today, Instant now, Findings found) {
        Money planned = a.plannedCost();
        if (a.spent().compareTo(planned) > 0) {
            found.add(StallReason.SPENDING_ABOVE_PLAN, new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), null),
                    LocalizedText.of(
                            Texts.fill("Aan actie {0} '{1}' is {2} uitgegeven, meer dan de geplande {3}.", a.id(), a.title(),
                                    a.spent().format(DUTCH), planned.format(DUTCH)),
                            Texts.fill("{2} was spent on action {0} '{1}', more than the {3} planned.", a.id(), a.title(),
                                    a.spent().format(Locale.ENGLISH), planned.format(Locale.ENGLISH))),
                    Advice.SPENDING_ABOVE_PLAN);
        }
        if (!a.isOpen()) {
            return;
        }
        if (a.deadline().isBefore(today)) {
            found.add(StallReason.ACTION_OVERDUE, new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), a.deadline()),
                    LocalizedText.of(
                            Texts.fill("Actie {0} '{1}' is over tijd: de deadline was {2}.", a.id(), a.title(), a.deadline()),
                            Texts.fill("Action {0} '{1}' is overdue: the deadline was {2}.", a.id(), a.title(), a.deadline())),
                    Advice.ACTION_OVERDUE);
        }
        if (a.owner() == null) {
            found.add(StallReason.ACTION_WITHOUT_OWNER,
                    new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), DutchTime.dayOf(a.lastUpdate())),
                    LocalizedText.of(
                            Texts.fill("Actie {0} '{1}' heeft geen trekker.", a.id(), a.title()),
                            Texts.fill("Action {0} '{1}' has no owner.", a.id(), a.title())),
                    Advice.ACTION_WITHOUT_OWNER);
        }
        if (a.status() == Action.Status.BLOCKED && a.lastUpdate().plus(thresholds.blockedFollowUp()).isBefore(now)) {
            LocalDate since = DutchTime.dayOf(a.lastUpdate());
            found.add(StallReason.ACTION_BLOCKED_WITHOUT_FOLLOW_UP, new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), since),
                    LocalizedText.of(
                            Texts.fill("Actie {0} '{1}' is geblokkeerd ({2}) en heeft sinds {3} geen vervolg gehad.", a.id(), a.title(),
                                    a.note(), since),
                            Texts.fill("Action {0} '{1}' is blocked ({2}) and has had no follow-up since {3}.", a.id(), a.title(),
                                    a.note(), since)),
                    Advice.ACTION_BLOCKED_WITHOUT_FOLLOW_UP);
        }
    }

    private void indicatorFindings(Indicator i, Measurement last, Measurement before, LocalDate today, Findings found) {
        if (last == null) {
            LocalDate due = i.firstMeasurement().plusDays(thresholds.measurementGrace().toDays());
            if (due.isBefore(today)) {
                found.add(StallReason.INDICATOR_NOT_MEASURED,
                        new Finding.Evidence(Finding.Subject.INDICATOR, i.id(), i.name(), i.firstMeasurement()),
                        LocalizedText.of(
                                Texts.fill("Indicator {0} '{1}' is nog niet gemeten; de eerste meting stond gepland op {2}.", i.id(),
                                        i.name(), i.firstMeasurement()),
                                Texts.fill("Indicator {0} '{1}' has not been measured; the first measurement was due on {2}.", i.id(),
                                        i.name(), i.firstMeasurement())),
                        Advice.INDICATOR_NOT_MEASURED);
            }
            return;
        }
        BigDecimal from = before == null ? i.baseline() : before.value();
        // A number outside the limits (only in a history stored before them) is not comparable: no finding from it.
        if (i.isComparable(last.value()) && i.isComparable(from)
                && i.distanceToTarget(last.value()).compareTo(i.distanceToTarget(from)) > 0) {
            found.add(StallReason.INDICATOR_TRENDING_AWAY,
                    new Finding.Evidence(Finding.Subject.INDICATOR, i.id(), i.name(), last.measuredOn()),
                    LocalizedText.of(
                            Texts.fill("Indicator {0} '{1}' beweegt van de streefwaarde af: van {2} naar {3} {4}, streefwaarde {5}.",
                                    i.id(), i.name(), Markdown.number(from, DUTCH), Markdown.number(last.value(), DUTCH), i.unit(),
                                    Markdown.number(i.target(), DUTCH)),
                            Texts.fill("Indicator {0} '{1}' is moving away from its target: from {2} to {3} {4}, target {5}.",
                                    i.id(), i.name(), Markdown.number(from, Locale.ENGLISH), Markdown.number(last.value(), Locale.ENGLISH),
                                    i.unit(), Markdown.number(i.target(), Locale.ENGLISH))),
                    Advice.INDICATOR_TRENDING_AWAY);
        }
    }

    /** The findings, kept per severity so they come out most severe first without sorting; none made until needed. */
    private static final class Findings {
        private List<Finding> stuck;
        private List<Finding> atRisk;
        private List<Finding> warnings;

        void add(StallReason reason, Finding.Evidence evidence, LocalizedText message, LocalizedText advice) {
            Finding f = new Finding(reason, reason.severity(), evidence, message, advice);
            switch (reason.severity()) {
                case STUCK:
                    stuck = add(stuck, f);
                    break;
                case AT_RISK:
                    atRisk = add(atRisk, f);
                    break;
                default:
                    warnings = add(warnings, f);
                    break;
            }
        }

        private static List<Finding> add(List<Finding> list, Finding f) {
            List<Finding> out = list == null ? new ArrayList<>(4) : list;
            out.add(f);
            return out;
        }

        List<Finding> inOrder() {
            if (stuck == null && atRisk == null && warnings == null) {
                return List.of();
            }
            List<Finding> all = new ArrayList<>();
            for (List<Finding> part : List.of(orEmpty(stuck), orEmpty(atRisk), orEmpty(warnings))) {
                all.addAll(part);
            }
            return all;
        }

        private static List<Finding> orEmpty(List<Finding> list) {
            return list == null ? List.of() : list;
        }
    }

    /** The advice per reason, and per step for a step unchanged too long. */
    private static final class Advice {
        static final LocalizedText ACTION_OVERDUE = LocalizedText.of(
                "Vraag de trekker wat er nodig is om de actie af te ronden; plan haar zo nodig opnieuw (terug naar stap 3).",
                "Ask the owner what is needed to finish the action; re-plan it if necessary (back to step 3).");
        static final LocalizedText ACTION_WITHOUT_OWNER = LocalizedText.of(
                "Zoek een trekker: een actie zonder eigenaar gebeurt niet.",
                "Find an owner: an action nobody owns does not happen.");
        static final LocalizedText ACTION_BLOCKED_WITHOUT_FOLLOW_UP = LocalizedText.of(
                "Zoek samen met de begeleider of de gemeente een manier om de blokkade op te heffen, of schrap de actie.",
                "Work with the facilitator or the municipality to lift the block, or drop the action.");
        static final LocalizedText INDICATOR_NOT_MEASURED = LocalizedText.of(
                "Meet nu, ook als het resultaat tegenvalt: zonder meting weet niemand of het werkt.",
                "Measure now, even if the result disappoints: without measurements nobody knows whether it works.");
        static final LocalizedText INDICATOR_TRENDING_AWAY = LocalizedText.of(
                "Bespreek waarom en pas de acties aan; een indicator die de verkeerde kant op gaat is informatie, geen mislukking.",
                "Discuss why and adjust the actions; an indicator going the wrong way is information, not failure.");
        static final LocalizedText GOAL_WITHOUT_ACTION = LocalizedText.of(
                "Plan minstens één actie voor dit doel, of laat het doel los.",
                "Plan at least one action for this goal, or let the goal go.");
        static final LocalizedText GOAL_WITHOUT_INDICATOR = LocalizedText.of(
                "Bepaal hoe u ziet dat het doel dichterbij komt: minstens één meetbaar resultaat.",
                "Decide how you will see the goal come closer: at least one measurable result.");
        static final LocalizedText GOAL_MEASURES_ONLY_ACTIVITY = LocalizedText.of(
                "Activiteit is geen effect: voeg een indicator toe voor 'Hoe goed deden we het?' of 'Is iemand erop vooruitgegaan?'.",
                "Activity is not effect: add an indicator for 'How well did we do it?' or 'Is anyone better off?'.");
        static final LocalizedText TOO_FEW_PARTICIPANTS = LocalizedText.of(
                "Betrek buren vanuit de krachten van de buurt: vraag mensen naar wat ze graag doen en goed kunnen.",
                "Involve neighbours through the neighbourhood's assets: ask people what they like doing and are good at.");
        static final LocalizedText SPENDING_ABOVE_PLAN = LocalizedText.of(
                "Leg uit waarom het meer kost en pas de begroting aan in overleg met wie betaalt.",
                "Explain why it costs more and adjust the budget with whoever pays.");

        private Advice() {
        }

        static LocalizedText forStep(Initiative initiative) {
            switch (initiative.step()) {
                case SITUATION:
                    return LocalizedText.of(
                            "Rond de probleemanalyse af: beschrijf wat er speelt en welke krachten de buurt heeft, en ga door naar de doelen.",
                            "Finish the problem analysis: describe what is going on and the neighbourhood's assets, then move on to goals.");
                case GOALS:
                    return LocalizedText.of("Kies één of twee haalbare doelen; perfect hoeft niet.",
                            "Pick one or two achievable goals; they need not be perfect.");
                case ACTION_PLAN:
                    return LocalizedText.of("Maak de acties klein en concreet, elk met een trekker en een datum.",
                            "Make the actions small and concrete, each with an owner and a date.");
                case MEASURABLE_RESULTS:
                    return LocalizedText.of("Bepaal per doel minstens één indicator met nulmeting, streefwaarde en datum.",
                            "Define at least one indicator per goal with a baseline, a target and a date.");
                case EXECUTION:
                    return LocalizedText.of("Bespreek met de trekkers wat de acties tegenhoudt en vraag de begeleider om hulp.",
                            "Talk with the action owners about what holds the actions up and ask the facilitator for help.");
                case MEASUREMENT:
                    return LocalizedText.of("Spreek af wie wanneer meet, en leg de metingen vast.",
                            "Agree who measures when, and record the measurements.");
                case ACCOUNTABILITY:
                    return initiative.signOff(initiative.cycle()) != null
                            ? LocalizedText.of("Vraag de gemeente om kennis te nemen van de aanvaarde verantwoording.",
                            "Ask the municipality to acknowledge the accepted accountability report.")
                            : LocalizedText.of("Bespreek de verantwoording met de initiatiefnemers en aanvaard haar.",
                            "Discuss the accountability report with the initiators and accept it.");
                case NEW_GOALS:
                    return LocalizedText.of("Kies wat u meeneemt en open de volgende cyclus.",
                            "Decide what to carry over and open the next cycle.");
                default:
                    return LocalizedText.of("Beslis of het initiatief weer wordt opgepakt of wordt afgesloten.",
                            "Decide whether to resume the initiative or close it.");
            }
        }
    }
}
