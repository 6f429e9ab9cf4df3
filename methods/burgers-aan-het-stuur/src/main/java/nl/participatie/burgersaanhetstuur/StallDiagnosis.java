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
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Money;

/**
 * The diagnosis of why a citizen initiative is stuck (<i>knelpuntenanalyse</i>), the reason the method exists:
 * initiatives start hopeful and get stuck without anyone knowing why. {@link #diagnose} looks at the current cycle for
 * every {@link StallReason}: actions past their deadline, without owner or blocked without follow-up; a step unchanged
 * for too long; indicators not measured or moving away from their target; goals without action or indicator, or
 * measuring only activity; too few residents, everything resting on one person, participation falling from cycle to
 * cycle; spending above plan; an action handed to the municipality or another partner that has waited too long. Each finding carries its evidence and advice in
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
                    DiagnosisText.TOO_FEW_PARTICIPANTS.text(initiative.memberCount(), thresholds.minimumActiveParticipants()),
                    Advice.TOO_FEW_PARTICIPANTS);
        }

        participationFalling(initiative, found);

        int goalCount = initiative.goals().size();
        PersonId onlyOwner = null;
        int owned = 0;
        boolean oneOwner = true;
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
            if (a.status() != Action.Status.DROPPED && a.owner() != null && a.partner() == null) {
                owned++;
                oneOwner &= onlyOwner == null || onlyOwner.equals(a.owner());
                onlyOwner = a.owner();
            }
        }
        if (oneOwner && owned >= thresholds.restsOnOnePerson() && initiative.memberCount() > 1) {
            found.add(StallReason.RESTS_ON_ONE_PERSON, new Finding.Evidence(Finding.Subject.INITIATIVE, 0, initiative.title(), null),
                    DiagnosisText.RESTS_ON_ONE_PERSON.text(owned, cycle), Advice.RESTS_ON_ONE_PERSON);
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
                found.add(StallReason.GOAL_WITHOUT_ACTION, evidence, DiagnosisText.GOAL_WITHOUT_ACTION.text(g.id(), g.title()), Advice.GOAL_WITHOUT_ACTION);
            }
            if (at.ordinal() > InitiativeStep.MEASURABLE_RESULTS.ordinal() && !goalHasIndicator[g.id()]) {
                found.add(StallReason.GOAL_WITHOUT_INDICATOR, evidence, DiagnosisText.GOAL_WITHOUT_INDICATOR.text(g.id(), g.title()), Advice.GOAL_WITHOUT_INDICATOR);
            }
            if (goalHasIndicator[g.id()] && !goalMeasuresEffect[g.id()]) {
                found.add(StallReason.GOAL_MEASURES_ONLY_ACTIVITY, evidence, DiagnosisText.GOAL_MEASURES_ONLY_ACTIVITY.text(g.id(), g.title()),
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
        // A step of the cycle by number and label ("stap 2: Wat moet er beter?"), a moment outside it in lower case ("gepauzeerd").
        LocalizedText where = step.isCycleStep()
                ? LocalizedText.of(DiagnosisText.STEP_OF_CYCLE.in(DUTCH, step.number(), step.label().nl()),
                        DiagnosisText.STEP_OF_CYCLE.in(Locale.ENGLISH, step.number(), step.label().en()))
                : LocalizedText.of(step.label().nl().toLowerCase(DUTCH), step.label().en().toLowerCase(Locale.ENGLISH));
        found.add(StallReason.STEP_UNCHANGED, new Finding.Evidence(Finding.Subject.STEP, 0, Erasable.of(null, step.name()), sinceDay),
                DiagnosisText.STEP_UNCHANGED.text(sinceDay, where, days),
                Advice.forStep(initiative));
    }

    private void actionFindings(Action a, LocalDate today, Instant now, Findings found) {
        Money planned = a.plannedCost();
        if (a.spent().compareTo(planned) > 0) {
            found.add(StallReason.SPENDING_ABOVE_PLAN, new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), null),
                    DiagnosisText.SPENDING_ABOVE_PLAN.text(a.id(), a.title(), a.spent(), planned),
                    Advice.SPENDING_ABOVE_PLAN);
        }
        if (!a.isOpen()) {
            return;
        }
        if (a.deadline().isBefore(today)) {
            found.add(StallReason.ACTION_OVERDUE, new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), a.deadline()),
                    DiagnosisText.ACTION_OVERDUE.text(a.id(), a.title(), a.deadline()),
                    Advice.ACTION_OVERDUE);
        }
        if (a.partner() != null && a.partnerSince().plus(thresholds.partnerResponse()).isBefore(now)) {
            LocalDate since = DutchTime.dayOf(a.partnerSince());
            long weeks = Duration.between(a.partnerSince(), now).toDays() / 7;
            boolean municipality = a.partner().isMunicipality();
            found.add(municipality ? StallReason.WAITING_ON_MUNICIPALITY : StallReason.WAITING_ON_PARTNER,
                    new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), since),
                    (municipality ? DiagnosisText.WAITING_ON_MUNICIPALITY : DiagnosisText.WAITING_ON_PARTNER)
                            .text(a.id(), a.title(), weeks, a.partner().name(), since, a.partner().kind().label()),
                    municipality ? Advice.WAITING_ON_MUNICIPALITY : Advice.WAITING_ON_PARTNER);
        }
        if (a.owner() == null && a.partner() == null) {
            found.add(StallReason.ACTION_WITHOUT_OWNER,
                    new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), DutchTime.dayOf(a.lastUpdate())),
                    DiagnosisText.ACTION_WITHOUT_OWNER.text(a.id(), a.title()),
                    Advice.ACTION_WITHOUT_OWNER);
        }
        if (a.status() == Action.Status.BLOCKED && a.lastUpdate().plus(thresholds.blockedFollowUp()).isBefore(now)) {
            LocalDate since = DutchTime.dayOf(a.lastUpdate());
            found.add(StallReason.ACTION_BLOCKED_WITHOUT_FOLLOW_UP, new Finding.Evidence(Finding.Subject.ACTION, a.id(), a.title(), since),
                    DiagnosisText.ACTION_BLOCKED_WITHOUT_FOLLOW_UP.text(a.id(), a.title(), a.note(), since),
                    Advice.ACTION_BLOCKED_WITHOUT_FOLLOW_UP);
        }
    }

    /** Fewer members now than at the end of the previous cycle, which had no more than the cycle before it. */
    private static void participationFalling(Initiative initiative, Findings found) {
        int cycle = initiative.cycle();
        if (cycle < 2) {
            return;
        }
        int previous = initiative.membersIn(cycle - 1);
        int now = initiative.memberCount();
        if (now < previous && (cycle == 2 || previous <= initiative.membersIn(cycle - 2))) {
            found.add(StallReason.PARTICIPATION_FALLING, new Finding.Evidence(Finding.Subject.INITIATIVE, 0, initiative.title(), null),
                    DiagnosisText.PARTICIPATION_FALLING.text(previous, cycle - 1, now), Advice.PARTICIPATION_FALLING);
        }
    }

    private void indicatorFindings(Indicator i, Measurement last, Measurement before, LocalDate today, Findings found) {
        if (last == null) {
            LocalDate due = i.firstMeasurement().plusDays(thresholds.measurementGrace().toDays());
            if (due.isBefore(today)) {
                found.add(StallReason.INDICATOR_NOT_MEASURED,
                        new Finding.Evidence(Finding.Subject.INDICATOR, i.id(), i.name(), i.firstMeasurement()),
                        DiagnosisText.INDICATOR_NOT_MEASURED.text(i.id(), i.name(), i.firstMeasurement()),
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
                    DiagnosisText.INDICATOR_TRENDING_AWAY.text(i.id(), i.name(), from, last.value(), i.unit(), i.target()),
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

    /** The advice per reason, and per step for a step unchanged too long: texts of the catalogue. */
    private static final class Advice {
        static final LocalizedText ACTION_OVERDUE = DiagnosisText.ADVICE_ACTION_OVERDUE.text();
        static final LocalizedText ACTION_WITHOUT_OWNER = DiagnosisText.ADVICE_ACTION_WITHOUT_OWNER.text();
        static final LocalizedText ACTION_BLOCKED_WITHOUT_FOLLOW_UP = DiagnosisText.ADVICE_ACTION_BLOCKED_WITHOUT_FOLLOW_UP.text();
        static final LocalizedText INDICATOR_NOT_MEASURED = DiagnosisText.ADVICE_INDICATOR_NOT_MEASURED.text();
        static final LocalizedText INDICATOR_TRENDING_AWAY = DiagnosisText.ADVICE_INDICATOR_TRENDING_AWAY.text();
        static final LocalizedText GOAL_WITHOUT_ACTION = DiagnosisText.ADVICE_GOAL_WITHOUT_ACTION.text();
        static final LocalizedText GOAL_WITHOUT_INDICATOR = DiagnosisText.ADVICE_GOAL_WITHOUT_INDICATOR.text();
        static final LocalizedText GOAL_MEASURES_ONLY_ACTIVITY = DiagnosisText.ADVICE_GOAL_MEASURES_ONLY_ACTIVITY.text();
        static final LocalizedText TOO_FEW_PARTICIPANTS = DiagnosisText.ADVICE_TOO_FEW_PARTICIPANTS.text();
        static final LocalizedText SPENDING_ABOVE_PLAN = DiagnosisText.ADVICE_SPENDING_ABOVE_PLAN.text();
        static final LocalizedText WAITING_ON_MUNICIPALITY = DiagnosisText.ADVICE_WAITING_ON_MUNICIPALITY.text();
        static final LocalizedText WAITING_ON_PARTNER = DiagnosisText.ADVICE_WAITING_ON_PARTNER.text();
        static final LocalizedText RESTS_ON_ONE_PERSON = DiagnosisText.ADVICE_RESTS_ON_ONE_PERSON.text();
        static final LocalizedText PARTICIPATION_FALLING = DiagnosisText.ADVICE_PARTICIPATION_FALLING.text();

        private Advice() {
        }

        static LocalizedText forStep(Initiative initiative) {
            DiagnosisText advice = switch (initiative.step()) {
                case SITUATION -> DiagnosisText.ADVICE_SITUATION;
                case GOALS -> DiagnosisText.ADVICE_GOALS;
                case ACTION_PLAN -> DiagnosisText.ADVICE_ACTION_PLAN;
                case MEASURABLE_RESULTS -> DiagnosisText.ADVICE_MEASURABLE_RESULTS;
                case EXECUTION -> DiagnosisText.ADVICE_EXECUTION;
                case MEASUREMENT -> DiagnosisText.ADVICE_MEASUREMENT;
                case ACCOUNTABILITY -> initiative.signOff(initiative.cycle()) != null
                        ? DiagnosisText.ADVICE_ACCOUNTABILITY_ACCEPTED : DiagnosisText.ADVICE_ACCOUNTABILITY;
                case NEW_GOALS -> DiagnosisText.ADVICE_NEW_GOALS;
                default -> DiagnosisText.ADVICE_PAUSED;
            };
            return advice.text();
        }
    }
}
