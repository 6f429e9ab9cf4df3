package nl.participatie.burgersaanhetstuur;

import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.CIVIL_SERVANT;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.INITIATOR;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.PARTICIPANT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcceptReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcknowledgeReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AdvanceStep;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AssignAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.BlockAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Close;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DefineIndicator;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DropAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.FinishAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.GoBack;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.HandToPartner;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.JoinInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.LeaveInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.MarkActionOverdue;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.OpenNextCycle;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Pause;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordAsset;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.FundActionFromBudget;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordFunding;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordLesson;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordMeasurement;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordSpending;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.ReportProgress;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RescheduleAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Resume;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionAssigned;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionBlocked;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionDropped;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionFinished;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionHandedToPartner;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionOverdue;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionPlanned;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionRescheduled;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionStarted;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.AssetRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.Closed;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.CycleOpened;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionFundedFromBudget;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.FundingRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.GoalSet;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.IndicatorDefined;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.InitiativeStarted;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.LessonRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.MeasurementRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.MemberJoined;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.MemberLeft;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.Paused;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ProgressReported;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ReportAccepted;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ReportAcknowledged;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.Resumed;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.SituationDescribed;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.SpendingRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.StepAdvanced;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.SteppedBack;
import nl.participatie.core.API;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.StreamLink;
import nl.participatie.core.value.Decimals;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.PersonId;

/**
 * The rules of a citizen initiative (<i>spelregels</i>): what each command causes in a given state, and how each event
 * changes the state. The workflow (step and role) is checked by the engine before {@link #decide}; here live the rules
 * that need the state: a step is complete before moving on, an action serves a goal of its cycle, an owner is a
 * member, an indicator is SMART, a report is accepted before the municipality acknowledges it. Stateless and
 * thread-safe; dates are days in {@link DutchTime#ZONE}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class InitiativeDecider implements Decider<InitiativeCommand, InitiativeEvent, Initiative> {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final InitiativeRules rules;


    /** A decider with the library's default rules. */
    public InitiativeDecider() {
        this(InitiativeRules.defaults());
    }

    /** A decider with the municipality's rules. */
    public InitiativeDecider(InitiativeRules rules) {
        this.rules = InvalidValueException.requireNonNull(rules, "rules");
    }

    /** The rules this decider was given. */
    public InitiativeRules rules() {
        return rules;
    }

    @Override
    public Initiative initialState() {
        return Initiative.INITIAL;
    }

    // ------------------------------------------------------------------------------------------------------- decide

    @Override
    public Decision<InitiativeEvent> decide(InitiativeCommand command, Initiative state, DecisionContext context) {
        if (command instanceof StartInitiative c) {
            return start(c, state, context);
        }
        if (state.step() == InitiativeStep.NEW) {
            return Decision.reject(InitiativeRejection.NOT_STARTED, "");
        }
        if (state.step() == InitiativeStep.CLOSED) {
            return Decision.reject(InitiativeRejection.CLOSED, "");
        }
        if (command instanceof DescribeSituation c) {
            return Decision.accept(new SituationDescribed(state.cycle(), ResidentText.by(context, c.description()), ResidentText.by(context, c.affected()),
                    c.sources().stream().map(s -> Erasable.of(ResidentText.writer(context), s)).toList(),
                    c.assets().stream().map(a -> Erasable.of(ResidentText.writer(context), a)).toList()));
        }
        if (command instanceof RecordAsset c) {
            return Decision.accept(new AssetRecorded(Erasable.of(ResidentText.writer(context), Asset.of(c.kind(), c.description().strip()))));
        }
        if (command instanceof JoinInitiative c) {
            if (state.isMember(c.person())) {
                return Decision.reject(InitiativeRejection.ALREADY_A_MEMBER, "person", c.person());
            }
            return Decision.accept(new MemberJoined(c.person(), c.membership()));
        }
        if (command instanceof LeaveInitiative c) {
            return leave(c, state, context);
        }
        if (command instanceof SetGoal c) {
            int forCycle = state.step() == InitiativeStep.NEW_GOALS ? state.cycle() + 1 : state.cycle();
            return Decision.accept(new GoalSet(state.goals().size() + 1, forCycle, ResidentText.by(context, c.title()), c.theme()));
        }
        if (command instanceof PlanAction c) {
            return planAction(c, state, context);
        }
        if (command instanceof AssignAction c) {
            return assign(c, state);
        }
        if (command instanceof HandToPartner c) {
            return handToPartner(c, state, context);
        }
        if (command instanceof RescheduleAction c) {
            return reschedule(c, state, context);
        }
        if (command instanceof DropAction c) {
            Action a = openAction(state, c.action());
            if (a == null) {
                return unknownOrClosed(state, c.action());
            }
            return Decision.accept(new ActionDropped(a.id(), ResidentText.by(context, c.reason()), context.now()));
        }
        if (command instanceof DefineIndicator c) {
            return defineIndicator(c, state, context);
        }
        if (command instanceof StartAction c) {
            return changeAction(state, context, c.action(), "StartAction", Statuses.PLANNED_OR_BLOCKED,
                    a -> new ActionStarted(a.id(), context.now()));
        }
        if (command instanceof ReportProgress c) {
            return changeAction(state, context, c.action(), "ReportProgress", Statuses.STARTED_OR_BLOCKED,
                    a -> new ProgressReported(a.id(), c.percent(), ResidentText.by(context, c.note()), context.now()));
        }
        if (command instanceof BlockAction c) {
            return changeAction(state, context, c.action(), "BlockAction", Statuses.PLANNED_OR_STARTED,
                    a -> new ActionBlocked(a.id(), ResidentText.by(context, c.reason()), context.now()));
        }
        if (command instanceof FinishAction c) {
            return changeAction(state, context, c.action(), "FinishAction", Statuses.OPEN,
                    a -> new ActionFinished(a.id(), ResidentText.by(context, c.note()), context.now()));
        }
        if (command instanceof RecordSpending c) {
            Action a = currentAction(state, c.action());
            if (a == null) {
                return Decision.reject(InitiativeRejection.ACTION_UNKNOWN, "action", c.action(), state.cycle());
            }
            if (!c.amount().isPositive()) {
                return Decision.reject(InitiativeRejection.AMOUNT_NOT_POSITIVE, "amount", c.amount());
            }
            return Decision.accept(new SpendingRecorded(a.id(), c.amount(), ResidentText.by(context, c.description())));
        }
        if (command instanceof FundActionFromBudget c) {
            Action a = currentAction(state, c.action());
            if (a == null) {
                return Decision.reject(InitiativeRejection.ACTION_UNKNOWN, "action", c.action(), state.cycle());
            }
            return Decision.accept(new ActionFundedFromBudget(a.id(), StreamLink.of("funded-by", c.budgetRound()), c.line().strip(),
                    context.now()));
        }
        if (command instanceof RecordFunding c) {
            if (!c.amount().isPositive()) {
                return Decision.reject(InitiativeRejection.AMOUNT_NOT_POSITIVE, "amount", c.amount());
            }
            return Decision.accept(new FundingRecorded(state.cycle(), c.kind(), c.amount(), ResidentText.by(context, c.description())));
        }
        if (command instanceof RecordLesson c) {
            return Decision.accept(new LessonRecorded(state.cycle(), ResidentText.by(context, c.lesson())));
        }
        if (command instanceof RecordMeasurement c) {
            return recordMeasurement(c, state, context);
        }
        if (command instanceof AcceptReport c) {
            if (state.signOff(state.cycle()) != null) {
                return Decision.reject(InitiativeRejection.REPORT_ALREADY_ACCEPTED, "", state.cycle());
            }
            return Decision.<InitiativeEvent>accept(new ReportAccepted(state.cycle(), ResidentText.by(context, c.note()), context.now()))
                    .notify(notice(Recipient.everyone(CIVIL_SERVANT), InitiativeNotice.REPORT_READY, state.cycle(), state.title()));
        }
        if (command instanceof AcknowledgeReport c) {
            ReportSignOff signOff = state.signOff(state.cycle());
            if (signOff == null) {
                return Decision.reject(InitiativeRejection.REPORT_NOT_ACCEPTED, "", state.cycle());
            }
            if (signOff.isAcknowledged()) {
                return Decision.reject(InitiativeRejection.REPORT_ALREADY_ACKNOWLEDGED, "", state.cycle());
            }
            return Decision.<InitiativeEvent>accept(new ReportAcknowledged(state.cycle(), c.note().strip(), context.now()))
                    .notify(notice(Recipient.everyone(INITIATOR), InitiativeNotice.REPORT_ACKNOWLEDGED, state.cycle(), state.title()));
        }
        if (command instanceof AdvanceStep c) {
            return advance(c, state, context);
        }
        if (command instanceof GoBack c) {
            InitiativeStep from = state.step();
            if (!from.earlier().contains(c.to())) {
                return Decision.reject(InitiativeRejection.NOT_AN_EARLIER_STEP, "to", c.to(), from);
            }
            return stepChanged(state, c.to(), new SteppedBack(from, c.to(), ResidentText.by(context, c.reason()), context.now()));
        }
        if (command instanceof OpenNextCycle c) {
            return openNextCycle(c, state, context);
        }
        if (command instanceof Pause c) {
            if (!state.step().isCycleStep()) {
                return Decision.reject(InitiativeRejection.NOT_IN_CYCLE, "", state.step());
            }
            return stepChanged(state, InitiativeStep.PAUSED, new Paused(state.step(), ResidentText.by(context, c.reason()), context.now()));
        }
        if (command instanceof Resume) {
            if (state.step() != InitiativeStep.PAUSED || state.pausedIn() == null) {
                return Decision.reject(InitiativeRejection.NOT_PAUSED, "", state.step());
            }
            return stepChanged(state, state.pausedIn(), new Resumed(state.pausedIn(), context.now()));
        }
        if (command instanceof Close c) {
            return stepChanged(state, InitiativeStep.CLOSED, new Closed(state.step(), ResidentText.by(context, c.reason()), context.now()));
        }
        if (command instanceof MarkActionOverdue c) {
            return markOverdue(c, state, context);
        }
        throw new IllegalArgumentException("Unhandled command " + command.getClass().getName());
    }

    private static Decision<InitiativeEvent> start(StartInitiative c, Initiative state, DecisionContext context) {
        if (state.step() != InitiativeStep.NEW) {
            return Decision.reject(InitiativeRejection.ALREADY_STARTED, "");
        }
        List<PersonId> initiators = List.copyOf(new LinkedHashSet<>(c.initiators()));
        return stepChanged(state, InitiativeStep.SITUATION, new InitiativeStarted(ResidentText.by(context, c.title()),
                c.neighbourhood(), initiators, c.origin(), context.now()), Erasable.of(null, c.title().strip()));
    }

    private static Decision<InitiativeEvent> leave(LeaveInitiative c, Initiative state, DecisionContext context) {
        if (!state.isMember(c.person())) {
            return Decision.reject(InitiativeRejection.NOT_A_MEMBER, "person", c.person());
        }
        if (PARTICIPANT.equals(context.actor().role()) && !context.actor().person().equals(c.person())) {
            return Decision.reject(InitiativeRejection.LEAVE_SELF_ONLY, "person", c.person());
        }
        if (state.initiators().size() == 1 && state.initiators().get(0).equals(c.person())) {
            return Decision.reject(InitiativeRejection.LAST_INITIATOR, "person", c.person());
        }
        return Decision.accept(new MemberLeft(c.person(), Erasable.of(c.person(), c.reason().strip())));
    }

    private static Decision<InitiativeEvent> planAction(PlanAction c, Initiative state, DecisionContext context) {
        List<Violation> violations = new ArrayList<>(2);
        Goal goal = currentGoal(state, c.goal());
        if (goal == null) {
            violations.add(Violation.of(InitiativeRejection.GOAL_UNKNOWN, "goal", c.goal(), state.cycle()));
        }
        if (c.owner() != null && !state.isMember(c.owner())) {
            violations.add(Violation.of(InitiativeRejection.NOT_A_MEMBER, "owner", c.owner()));
        }
        if (c.deadline().isBefore(today(context))) {
            violations.add(Violation.of(InitiativeRejection.DEADLINE_IN_PAST, "deadline", c.deadline()));
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        int id = state.actions().size() + 1;
        String title = c.title().strip();
        Decision<InitiativeEvent> decision = Decision.accept(new ActionPlanned(id, goal.id(), ResidentText.by(context, title), c.owner(), c.deadline(),
                c.resources(), context.now()));
        return c.owner() == null ? decision : decision.notify(assigned(c.owner(), id, title, c.deadline()));
    }

    private static Decision<InitiativeEvent> assign(AssignAction c, Initiative state) {
        Action a = openAction(state, c.action());
        if (a == null) {
            return unknownOrClosed(state, c.action());
        }
        if (!state.isMember(c.owner())) {
            return Decision.reject(InitiativeRejection.NOT_A_MEMBER, "owner", c.owner());
        }
        return Decision.<InitiativeEvent>accept(new ActionAssigned(a.id(), c.owner()))
                .notify(assigned(c.owner(), a.id(), a.title(), a.deadline()));
    }

    private static Decision<InitiativeEvent> handToPartner(HandToPartner c, Initiative state, DecisionContext context) {
        Action a = openAction(state, c.action());
        if (a == null) {
            return unknownOrClosed(state, c.action());
        }
        Partner partner = Partner.of(c.partner().kind(), c.partner().name().strip());
        Decision<InitiativeEvent> decision = Decision.accept(new ActionHandedToPartner(a.id(), partner, context.now()));
        return partner.isMunicipality()
                ? decision.notify(notice(Recipient.everyone(CIVIL_SERVANT), InitiativeNotice.WAITING_ON_MUNICIPALITY, state.title(),
                        a.id(), a.title(), partner.name()))
                : decision;
    }

    private static Decision<InitiativeEvent> reschedule(RescheduleAction c, Initiative state, DecisionContext context) {
        Action a = openAction(state, c.action());
        if (a == null) {
            return unknownOrClosed(state, c.action());
        }
        if (c.deadline().isBefore(today(context))) {
            return Decision.reject(InitiativeRejection.DEADLINE_IN_PAST, "deadline", c.deadline());
        }
        return Decision.accept(new ActionRescheduled(a.id(), c.deadline(), ResidentText.by(context, c.reason())));
    }

    private static Decision<InitiativeEvent> defineIndicator(DefineIndicator c, Initiative state, DecisionContext context) {
        List<Violation> violations = new ArrayList<>(2);
        Goal goal = currentGoal(state, c.goal());
        if (goal == null) {
            violations.add(Violation.of(InitiativeRejection.GOAL_UNKNOWN, "goal", c.goal(), state.cycle()));
        }
        if (c.target().compareTo(c.baseline()) == 0) {
            violations.add(Violation.of(InitiativeRejection.TARGET_EQUALS_BASELINE, "target", Decimals.shortString(c.target())));
        }
        if (!c.targetDate().isAfter(today(context))) {
            violations.add(Violation.of(InitiativeRejection.TARGET_DATE_NOT_IN_FUTURE, "targetDate", c.targetDate()));
        }
        if (c.firstMeasurement().isAfter(c.targetDate())) {
            violations.add(Violation.of(InitiativeRejection.FIRST_MEASUREMENT_AFTER_TARGET_DATE, "firstMeasurement", c.firstMeasurement(),
                    c.targetDate()));
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        return Decision.accept(new IndicatorDefined(state.indicators().size() + 1, goal.id(), ResidentText.by(context, c.name()),
                c.unit().strip(), c.kind(), c.baseline(), c.target(), c.firstMeasurement(), c.targetDate(),
                ResidentText.by(context, c.method())));
    }

    private static Decision<InitiativeEvent> recordMeasurement(RecordMeasurement c, Initiative state, DecisionContext context) {
        Indicator indicator = state.indicator(c.indicator());
        if (indicator == null || indicator.cycle() != state.cycle()) {
            return Decision.reject(InitiativeRejection.INDICATOR_UNKNOWN, "indicator", c.indicator(), state.cycle());
        }
        if (c.measuredOn().isAfter(today(context))) {
            return Decision.reject(InitiativeRejection.MEASUREMENT_IN_FUTURE, "measuredOn", c.measuredOn());
        }
        return Decision.accept(new MeasurementRecorded(indicator.id(), c.value(), c.measuredOn(), ResidentText.by(context, c.source())));
    }

    private static Decision<InitiativeEvent> advance(AdvanceStep c, Initiative state, DecisionContext context) {
        InitiativeStep from = state.step();
        InitiativeStep next = from.next();
        if (next == null) {
            return Decision.reject(InitiativeRejection.NO_NEXT_STEP, "to", from);
        }
        if (c.to() != next) {
            return Decision.reject(InitiativeRejection.NOT_NEXT_STEP, "to", c.to(), from, next);
        }
        List<Violation> incomplete = incomplete(state);
        if (!incomplete.isEmpty()) {
            return Decision.reject(incomplete);
        }
        return stepChanged(state, next, new StepAdvanced(from, next, context.now()));
    }

    /** What is missing before the current step is complete. */
    private static List<Violation> incomplete(Initiative state) {
        int cycle = state.cycle();
        switch (state.step()) {
            case SITUATION:
                boolean described = state.situation() != null && state.situation().cycle() == cycle;
                if (described && !state.assets().isEmpty()) {
                    return List.of();
                }
                List<Violation> missing = new ArrayList<>(2);
                if (!described) {
                    missing.add(Violation.of(InitiativeRejection.SITUATION_NOT_DESCRIBED, "", cycle));
                }
                if (state.assets().isEmpty()) {
                    missing.add(Violation.of(InitiativeRejection.NO_ASSETS, ""));
                }
                return missing;
            case GOALS:
                for (Goal g : state.goals()) {
                    if (g.cycle() == cycle) {
                        return List.of();
                    }
                }
                return List.of(Violation.of(InitiativeRejection.NO_GOALS, "", cycle));
            case ACTION_PLAN:
                for (Action a : state.actions()) {
                    if (a.cycle() == cycle && a.status() != Action.Status.DROPPED) {
                        return List.of();
                    }
                }
                return List.of(Violation.of(InitiativeRejection.NO_ACTIONS, "", cycle));
            case MEASURABLE_RESULTS:
                for (Indicator i : state.indicators()) {
                    if (i.cycle() == cycle) {
                        return List.of();
                    }
                }
                return List.of(Violation.of(InitiativeRejection.NO_INDICATORS, "", cycle));
            case MEASUREMENT:
                for (Measurement m : state.measurements()) {
                    Indicator i = state.indicator(m.indicator());
                    if (i != null && i.cycle() == cycle) {
                        return List.of();
                    }
                }
                return List.of(Violation.of(InitiativeRejection.NO_MEASUREMENTS, "", cycle));
            case ACCOUNTABILITY:
                ReportSignOff signOff = state.signOff(cycle);
                if (signOff == null) {
                    return List.of(Violation.of(InitiativeRejection.REPORT_NOT_ACCEPTED, "", cycle));
                }
                return signOff.isAcknowledged() ? List.of() : List.of(Violation.of(InitiativeRejection.REPORT_NOT_ACKNOWLEDGED, "", cycle));
            default:
                return List.of();
        }
    }

    private static Decision<InitiativeEvent> openNextCycle(OpenNextCycle c, Initiative state, DecisionContext context) {
        int cycle = state.cycle();
        int next = cycle + 1;
        List<Violation> violations = new ArrayList<>(2);
        if (c.restartAt() != InitiativeStep.GOALS && c.restartAt() != InitiativeStep.SITUATION) {
            violations.add(Violation.of(InitiativeRejection.RESTART_STEP_INVALID, "restartAt", c.restartAt()));
        }
        Set<Integer> goalIds = new TreeSet<>();
        Set<Integer> actionIds = new TreeSet<>();
        Set<Integer> indicatorIds = new TreeSet<>();
        for (int i = 0; i < c.keepGoals().size(); i++) {
            int id = c.keepGoals().get(i);
            if (currentGoal(state, id) == null) {
                violations.add(Violation.of(InitiativeRejection.GOAL_UNKNOWN, "keepGoals[" + i + "]", id, cycle));
            } else {
                goalIds.add(id);
            }
        }
        for (int i = 0; i < c.keepActions().size(); i++) {
            int id = c.keepActions().get(i);
            Action a = currentAction(state, id);
            if (a == null) {
                violations.add(Violation.of(InitiativeRejection.ACTION_UNKNOWN, "keepActions[" + i + "]", id, cycle));
            } else if (!a.isOpen()) {
                violations.add(Violation.of(InitiativeRejection.ACTION_NOT_OPEN, "keepActions[" + i + "]", id, a.status()));
            } else {
                actionIds.add(id);
                goalIds.add(a.goal());
            }
        }
        for (int i = 0; i < c.keepIndicators().size(); i++) {
            int id = c.keepIndicators().get(i);
            Indicator indicator = state.indicator(id);
            if (indicator == null || indicator.cycle() != cycle) {
                violations.add(Violation.of(InitiativeRejection.INDICATOR_UNKNOWN, "keepIndicators[" + i + "]", id, cycle));
            } else {
                indicatorIds.add(id);
                goalIds.add(indicator.goal());
            }
        }
        int pending = 0;
        for (Goal g : state.goals()) {
            if (g.cycle() == next) {
                pending++;
            }
        }
        if (c.restartAt() == InitiativeStep.GOALS && pending + goalIds.size() == 0) {
            violations.add(Violation.of(InitiativeRejection.NO_GOALS, "", next));
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        Map<Integer, Integer> newGoal = new HashMap<>();
        List<Goal> goals = new ArrayList<>(goalIds.size());
        int goalId = state.goals().size();
        for (int id : goalIds) {
            Goal old = state.goal(id);
            goals.add(new Goal(++goalId, next, old.title(), old.theme(), old.id()));
            newGoal.put(id, goalId);
        }
        List<Action> actions = new ArrayList<>(actionIds.size());
        int actionId = state.actions().size();
        for (int id : actionIds) {
            Action a = state.action(id);
            actions.add(new Action(++actionId, next, newGoal.get(a.goal()), a.title(), a.owner(), a.partner(), a.partnerSince(), a.deadline(), a.resources(),
                    a.status(), a.progress(), Action.NOTHING_SPENT, a.note(), a.lastUpdate(), a.overdueNoticed(), a.id()));
        }
        List<Indicator> indicators = new ArrayList<>(indicatorIds.size());
        int indicatorId = state.indicators().size();
        for (int id : indicatorIds) {
            Indicator old = state.indicator(id);
            BigDecimal baseline = old.baseline();
            Measurement last = latest(state, id);
            if (last != null && last.value().compareTo(old.target()) != 0) {
                baseline = last.value();
            }
            indicators.add(new Indicator(++indicatorId, next, newGoal.get(old.goal()), old.name(), old.unit(), old.kind(), baseline,
                    old.target(), old.firstMeasurement(), old.targetDate(), old.method(), old.id()));
        }
        return stepChanged(state, c.restartAt(), new CycleOpened(next, c.restartAt(), goals, actions, indicators, context.now()));
    }

    private static Decision<InitiativeEvent> markOverdue(MarkActionOverdue c, Initiative state, DecisionContext context) {
        Action a = openAction(state, c.action());
        if (a == null || a.overdueNoticed() || !a.deadline().isBefore(today(context))) {
            return Decision.reject(InitiativeRejection.ACTION_NOT_OVERDUE, "action", c.action());
        }
        Recipient to = a.owner() == null ? Recipient.everyone(INITIATOR) : Recipient.person(a.owner());
        return Decision.<InitiativeEvent>accept(new ActionOverdue(a.id(), a.deadline()))
                .notify(notice(to, InitiativeNotice.ACTION_OVERDUE, a.id(), a.title(), a.deadline()));
    }

    /** The action in the current cycle, its status allowed for the command, by its owner when a participant fires it. */
    private static Decision<InitiativeEvent> changeAction(Initiative state, DecisionContext context, int id, String command,
                                                         Set<Action.Status> allowed,
                                                         Function<Action, InitiativeEvent> event) {
        Action a = currentAction(state, id);
        if (a == null) {
            return Decision.reject(InitiativeRejection.ACTION_UNKNOWN, "action", id, state.cycle());
        }
        if (!allowed.contains(a.status())) {
            return Decision.reject(InitiativeRejection.ACTION_WRONG_STATUS, "action", command, id, a.status());
        }
        if (PARTICIPANT.equals(context.actor().role()) && !context.actor().person().equals(a.owner())) {
            return Decision.reject(InitiativeRejection.NOT_ACTION_OWNER, "action", id);
        }
        return Decision.accept(event.apply(a));
    }

    private static Decision<InitiativeEvent> unknownOrClosed(Initiative state, int id) {
        Action a = currentAction(state, id);
        return a == null ? Decision.reject(InitiativeRejection.ACTION_UNKNOWN, "action", id, state.cycle())
                : Decision.reject(InitiativeRejection.ACTION_NOT_OPEN, "action", id, a.status());
    }

    private static Decision<InitiativeEvent> stepChanged(Initiative state, InitiativeStep to, InitiativeEvent event) {
        return stepChanged(state, to, event, state.title());
    }

    private static Decision<InitiativeEvent> stepChanged(Initiative state, InitiativeStep to, InitiativeEvent event, Erasable<String> title) {
        // The step's number picks the form: 0 (paused, closed) says "is paused.", with the label in lower case.
        String code = InitiativeNotice.STEP_CHANGED.code();
        LocalizedText label = to.label();
        LocalizedText text = LocalizedText.of(
                Catalogue.text(DUTCH, code, ResidentText.in(title, DUTCH), to.number(), label.nl(), label.nl().toLowerCase(Locale.ROOT)),
                Catalogue.text(Locale.ENGLISH, code, ResidentText.in(title, Locale.ENGLISH), to.number(), label.en(),
                        label.en().toLowerCase(Locale.ROOT)));
        return Decision.<InitiativeEvent>accept(event).notify(List.of(
                Notification.of(Recipient.everyone(INITIATOR), InitiativeNotice.STEP_CHANGED.code(), text),
                Notification.of(Recipient.everyone(PARTICIPANT), InitiativeNotice.STEP_CHANGED.code(), text)));
    }

    private static Notification assigned(PersonId owner, int id, Object title, LocalDate deadline) {
        return notice(Recipient.person(owner), InitiativeNotice.ACTION_ASSIGNED, id, title, deadline);
    }

    /** A notification with its text from the catalogue; numbers go in as written, as before the catalogue. */
    private static Notification notice(Recipient to, InitiativeNotice code, Object... args) {
        return Notification.of(to, code.code(), LocalizedText.of(written(DUTCH, code, args), written(Locale.ENGLISH, code, args)));
    }

    /** A notice in one language: numbers as written, a resident's erasable text as its value or "[gewist]". */
    @SuppressWarnings("unchecked")
    private static String written(Locale locale, InitiativeNotice code, Object... args) {
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            written[i] = arg instanceof Integer n ? String.valueOf(n)
                    : arg instanceof Erasable<?> text ? ResidentText.in((Erasable<String>) text, locale) : arg;
        }
        return Catalogue.text(locale, code.code(), written);
    }

    private static LocalDate today(DecisionContext context) {
        return DutchTime.dayOf(context.now());
    }

    private static Goal currentGoal(Initiative state, int id) {
        Goal g = state.goal(id);
        return g != null && g.cycle() == state.cycle() ? g : null;
    }

    private static Action currentAction(Initiative state, int id) {
        Action a = state.action(id);
        return a != null && a.cycle() == state.cycle() ? a : null;
    }

    private static Action openAction(Initiative state, int id) {
        Action a = currentAction(state, id);
        return a != null && a.isOpen() ? a : null;
    }

    /** The latest measurement of an indicator: the last measured, and of those the last recorded. */
    static Measurement latest(Initiative state, int indicator) {
        Measurement last = null;
        for (Measurement m : state.measurements()) {
            if (m.indicator() == indicator && (last == null || !m.measuredOn().isBefore(last.measuredOn()))) {
                last = m;
            }
        }
        return last;
    }

    // ------------------------------------------------------------------------------------------------------- evolve

    @Override
    public Initiative evolve(Initiative state, InitiativeEvent event) {
        if (event instanceof InitiativeStarted e) {
            return state.withStart(e.title(), e.neighbourhood(), e.origin(), e.initiators(), e.at());
        }
        if (event instanceof SituationDescribed e) {
            List<Situation> kept = new ArrayList<>(state.situations().size() + 1);
            for (Situation s : state.situations()) {
                if (s.cycle() != e.cycle()) {
                    kept.add(s);
                }
            }
            kept.add(new Situation(e.cycle(), e.description(), e.affected(), e.sources(), e.assets()));
            return state.withSituations(kept, e.assets());
        }
        if (event instanceof AssetRecorded e) {
            List<Situation> situations = state.situations();
            Situation last = state.situation();
            if (last != null && last.cycle() == state.cycle()) {
                situations = Lists.with(situations, situations.size() - 1, new Situation(last.cycle(), last.description(),
                        last.affected(), last.sources(), Lists.plus(last.assets(), e.asset())));
            }
            return state.withSituations(situations, Lists.plus(state.assets(), e.asset()));
        }
        if (event instanceof MemberJoined e) {
            return e.membership() == Membership.INITIATOR
                    ? state.withMembers(Lists.plus(state.initiators(), e.person()), state.participants(), state.actions())
                    : state.withMembers(state.initiators(), Lists.plus(state.participants(), e.person()), state.actions());
        }
        if (event instanceof MemberLeft e) {
            return left(state, e.person());
        }
        if (event instanceof GoalSet e) {
            return state.withGoals(Lists.plus(state.goals(), new Goal(e.goal(), e.cycle(), e.title(), e.theme(), 0)));
        }
        if (event instanceof ActionPlanned e) {
            return state.withActions(Lists.plus(state.actions(), new Action(e.action(), Math.max(1, state.cycle()), e.goal(),
                    e.title(), e.owner(), null, null, e.deadline(), e.resources(), Action.Status.PLANNED, 0, Action.NOTHING_SPENT, null, e.at(), false, 0)));
        }
        if (event instanceof ActionAssigned e) {
            return withAction(state, e.action(), a -> a.withOwner(e.owner()));
        }
        if (event instanceof ActionHandedToPartner e) {
            return withAction(state, e.action(), a -> a.withPartner(e.partner(), e.at()));
        }
        if (event instanceof ActionRescheduled e) {
            return withAction(state, e.action(), a -> a.withDeadline(e.deadline()));
        }
        if (event instanceof ActionStarted e) {
            return withAction(state, e.action(), a -> a.withStatus(Action.Status.STARTED, a.progress(), null, e.at()));
        }
        if (event instanceof ProgressReported e) {
            return withAction(state, e.action(), a -> a.status() == Action.Status.BLOCKED
                    ? a.withStatus(a.status(), e.percent(), a.note(), e.at())
                    : a.withStatus(a.status(), e.percent(), e.note(), e.at()));
        }
        if (event instanceof ActionBlocked e) {
            return withAction(state, e.action(), a -> a.withStatus(Action.Status.BLOCKED, a.progress(), e.reason(), e.at()));
        }
        if (event instanceof ActionFinished e) {
            return withAction(state, e.action(), a -> a.withStatus(Action.Status.DONE, 100, e.note(), e.at()));
        }
        if (event instanceof ActionDropped e) {
            return withAction(state, e.action(), a -> a.withStatus(Action.Status.DROPPED, a.progress(), e.reason(), e.at()));
        }
        if (event instanceof SpendingRecorded e) {
            return withAction(state, e.action(), a -> a.withSpent(a.spent().plus(e.amount())));
        }
        if (event instanceof ActionOverdue e) {
            return withAction(state, e.action(), Action::withOverdueNoticed);
        }
        if (event instanceof IndicatorDefined e) {
            return state.withIndicators(Lists.plus(state.indicators(), new Indicator(e.indicator(), Math.max(1, state.cycle()),
                    e.goal(), e.name(), e.unit(), e.kind(), e.baseline(), e.target(), e.firstMeasurement(), e.targetDate(),
                    e.method(), 0)));
        }
        if (event instanceof MeasurementRecorded e) {
            return state.withMeasurements(Lists.plus(state.measurements(),
                    new Measurement(e.indicator(), e.value(), e.measuredOn(), e.source())));
        }
        if (event instanceof ActionFundedFromBudget) {
            // The link is the store's to keep (linksFrom): the state needs nothing of it to decide.
            return state;
        }
        if (event instanceof FundingRecorded e) {
            return state.withFundings(Lists.plus(state.fundings(), new Funding(e.cycle(), e.kind(), e.amount(), e.description())));
        }
        if (event instanceof LessonRecorded e) {
            return state.withLessons(Lists.plus(state.lessons(), new Lesson(e.cycle(), e.lesson())));
        }
        if (event instanceof ReportAccepted e) {
            return state.withSignOffs(Lists.plus(withoutSignOff(state.signOffs(), e.cycle()),
                    new ReportSignOff(e.cycle(), e.at(), null)));
        }
        if (event instanceof ReportAcknowledged e) {
            ReportSignOff accepted = state.signOff(e.cycle());
            if (accepted == null) {
                return state;
            }
            return state.withSignOffs(Lists.plus(withoutSignOff(state.signOffs(), e.cycle()),
                    new ReportSignOff(e.cycle(), accepted.acceptedAt(), e.at())));
        }
        if (event instanceof StepAdvanced e) {
            return state.withStep(e.to(), null, e.at());
        }
        if (event instanceof SteppedBack e) {
            Initiative back = state.withStep(e.to(), null, e.at());
            return e.to().ordinal() < InitiativeStep.ACCOUNTABILITY.ordinal()
                    ? back.withSignOffs(withoutSignOff(back.signOffs(), back.cycle())) : back;
        }
        if (event instanceof CycleOpened e) {
            return state.withCycle(e.cycle(), e.restartAt(), e.at(), Lists.plusAll(state.goals(), e.goals()),
                    Lists.plusAll(state.actions(), e.actions()), Lists.plusAll(state.indicators(), e.indicators()));
        }
        if (event instanceof Paused e) {
            return state.withStep(InitiativeStep.PAUSED, e.step(), e.at());
        }
        if (event instanceof Resumed e) {
            return state.withStep(e.step(), null, e.at());
        }
        if (event instanceof Closed e) {
            return state.withStep(InitiativeStep.CLOSED, null, e.at());
        }
        throw new IllegalArgumentException("Unhandled event " + event.getClass().getName());
    }

    private static Initiative left(Initiative state, PersonId person) {
        List<Action> actions = state.actions();
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            if (a.isOpen() && person.equals(a.owner())) {
                actions = Lists.with(actions, i, a.withOwner(null));
            }
        }
        return state.withMembers(Lists.minus(state.initiators(), person), Lists.minus(state.participants(), person), actions);
    }

    private static Initiative withAction(Initiative state, int id, UnaryOperator<Action> change) {
        Action a = state.action(id);
        return a == null ? state : state.withActions(Lists.with(state.actions(), id - 1, change.apply(a)));
    }

    private static List<ReportSignOff> withoutSignOff(List<ReportSignOff> signOffs, int cycle) {
        for (int i = 0; i < signOffs.size(); i++) {
            if (signOffs.get(i).cycle() == cycle) {
                List<ReportSignOff> out = new ArrayList<>(signOffs);
                out.remove(i);
                return List.copyOf(out);
            }
        }
        return signOffs;
    }

    // ---------------------------------------------------------------------------------------------------------- due

    /**
     * The open actions of the current cycle whose deadline passed and whose owner was not told yet, while the
     * initiative plans or carries out its actions: each becomes a {@link MarkActionOverdue} fired by the system.
     */
    @Override
    public List<InitiativeCommand> due(Initiative state, Instant now) {
        if (!BurgersAanHetStuurWorkflow.OVERDUE_STEPS.contains(state.step())) {
            return List.of();
        }
        LocalDate today = DutchTime.dayOf(now);
        List<InitiativeCommand> due = null;
        for (Action a : state.actions()) {
            if (a.cycle() == state.cycle() && a.isOpen() && !a.overdueNoticed() && a.deadline().isBefore(today)) {
                if (due == null) {
                    due = new ArrayList<>(2);
                }
                due.add(new MarkActionOverdue(a.id()));
            }
        }
        return due == null ? List.of() : due;
    }

    /** Sets of action statuses a command accepts. */
    private static final class Statuses {
        static final Set<Action.Status> PLANNED_OR_BLOCKED = EnumSet.of(Action.Status.PLANNED, Action.Status.BLOCKED);
        static final Set<Action.Status> STARTED_OR_BLOCKED = EnumSet.of(Action.Status.STARTED, Action.Status.BLOCKED);
        static final Set<Action.Status> PLANNED_OR_STARTED = EnumSet.of(Action.Status.PLANNED, Action.Status.STARTED);
        static final Set<Action.Status> OPEN = EnumSet.of(Action.Status.PLANNED, Action.Status.STARTED, Action.Status.BLOCKED);

        private Statuses() {
        }
    }
}
