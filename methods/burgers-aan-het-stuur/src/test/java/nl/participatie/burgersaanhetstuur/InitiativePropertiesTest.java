package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

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
import nl.participatie.burgersaanhetstuur.InitiativeCommand.JoinInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.LeaveInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.OpenNextCycle;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Pause;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordAsset;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordMeasurement;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordSpending;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.ReportProgress;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RescheduleAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Resume;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartAction;
import nl.participatie.core.Outcome;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.PersonId;
import nl.participatie.testkit.Spec;

/**
 * What must hold for every history: random command sequences (steered towards the method's path so they reach every
 * step and a second cycle) never break the cycle's invariants, replaying the recorded events gives the state the engine
 * returned, and the JSON of the state and of every event reads back as itself.
 */
class InitiativePropertiesTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();
    private static final List<PersonId> PEOPLE = List.of(PersonId.of("anna"), PersonId.of("bram"), PersonId.of("carla"),
            PersonId.of("dirk"), PersonId.of("eva"));

    enum Kind {
        ADVANCE, ASSET, JOIN, LEAVE, GOAL, PLAN, ASSIGN, RESCHEDULE, DROP, INDICATOR, START_ACTION, PROGRESS, BLOCK, FINISH,
        SPEND, MEASURE, ACCEPT, ACKNOWLEDGE, BACK, PAUSE, RESUME, CLOSE, DEADLINES
    }

    /** One random move, turned into a command against the current state. */
    record Move(Kind kind, int a, int b, int hoursLater) {
    }

    @Provide
    Arbitrary<List<Move>> histories() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                Tuple.of(300, Arbitraries.just(Kind.ADVANCE)),
                Tuple.of(240, Arbitraries.of(Kind.ASSET, Kind.JOIN, Kind.LEAVE, Kind.GOAL, Kind.PLAN, Kind.ASSIGN, Kind.RESCHEDULE, Kind.DROP,
                        Kind.INDICATOR, Kind.START_ACTION, Kind.PROGRESS, Kind.BLOCK, Kind.FINISH, Kind.SPEND, Kind.MEASURE, Kind.ACCEPT,
                        Kind.ACKNOWLEDGE, Kind.DEADLINES)),
                Tuple.of(25, Arbitraries.of(Kind.BACK, Kind.PAUSE, Kind.RESUME)),
                Tuple.of(1, Arbitraries.just(Kind.CLOSE)));
        Arbitrary<Move> moves = Combinators.combine(kinds, Arbitraries.integers().between(0, 6), Arbitraries.integers().between(-5, 120),
                Arbitraries.integers().between(0, 24 * 20)).as(Move::new);
        return moves.list().ofMinSize(1).ofMaxSize(150).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void invariantsReplayAndJsonHoldForEveryHistory(@ForAll("histories") List<Move> moves) {
        Spec<InitiativeCommand, InitiativeEvent, Initiative> spec = Story.spec();
        spec.given(Story.ANNA_INITIATOR, Story.START);
        Initiative handled = spec.state();
        for (Move move : moves) {
            spec.after(Duration.ofHours(move.hoursLater()));
            List<Outcome<InitiativeEvent, Initiative>> outcomes = new ArrayList<>();
            if (move.kind() == Kind.DEADLINES) {
                outcomes.addAll(spec.engine().fireDue(spec.stream()));
            } else {
                InitiativeCommand command = command(move, handled, DutchTime.dayOf(spec.clock().instant()));
                if (command != null) {
                    outcomes.add(spec.engine().handle(spec.stream(), actorFor(command, handled), command));
                }
            }
            for (Outcome<InitiativeEvent, Initiative> outcome : outcomes) {
                if (outcome instanceof Outcome.Accepted<InitiativeEvent, Initiative> accepted) {
                    handled = accepted.state();
                    assertInvariants(handled);
                }
            }
        }
        assertThat(spec.engine().load(spec.stream())).as("replay").isEqualTo(handled);
        assertThat(spec.engine().verify(spec.stream()).valid()).as("audit trail").isTrue();
        assertThat(JSON.read(JSON.write(handled), Initiative.class)).as("state JSON").isEqualTo(handled);
        for (RecordedEvent<InitiativeEvent> r : spec.engine().history(spec.stream())) {
            assertThat(JSON.read(JSON.write(r.event()), InitiativeEvent.class)).as("event JSON").isEqualTo(r.event());
        }
        Statistics.label("reached a second cycle").collect(handled.cycle() > 1);
        Statistics.label("reached step 7").collect(handled.cycle() > 1 || handled.cycleStep().ordinal() >= InitiativeStep.ACCOUNTABILITY.ordinal());
        // The histories must go deep enough to mean something.
        Statistics.label("reached a second cycle").coverage(c -> c.check(true).percentage(p -> p > 4));
        Statistics.label("reached step 7").coverage(c -> c.check(true).percentage(p -> p > 30));
        // Reading the state never fails: the diagnosis and every cycle's report.
        StallDiagnosis.defaults().diagnose(handled, spec.clock().instant());
        for (int cycle = 1; cycle <= handled.cycle(); cycle++) {
            assertThat(AccountabilityReport.of(handled, cycle).toMarkdown(Locale.ENGLISH)).startsWith("# Accountability report");
        }
    }

    private static void assertInvariants(Initiative s) {
        assertThat(s.step()).isNotEqualTo(InitiativeStep.NEW);
        assertThat(s.cycle()).isGreaterThanOrEqualTo(1);
        assertThat(s.initiators()).isNotEmpty();
        assertThat(s.initiators()).doesNotHaveDuplicates();
        assertThat(s.initiators().stream().noneMatch(s.participants()::contains)).as("initiator or participant, not both").isTrue();
        assertThat(s.participants()).doesNotHaveDuplicates();
        assertThat(s.pausedIn() != null).as("paused in a step exactly when paused").isEqualTo(s.step() == InitiativeStep.PAUSED);
        if (s.pausedIn() != null) {
            assertThat(s.pausedIn().isCycleStep()).isTrue();
        }
        for (int i = 0; i < s.goals().size(); i++) {
            Goal g = s.goals().get(i);
            assertThat(g.id()).isEqualTo(i + 1);
            assertThat(g.cycle()).isLessThanOrEqualTo(s.cycle() + 1);
        }
        for (int i = 0; i < s.actions().size(); i++) {
            Action a = s.actions().get(i);
            assertThat(a.id()).isEqualTo(i + 1);
            assertThat(a.cycle()).isLessThanOrEqualTo(s.cycle());
            Goal goal = s.goal(a.goal());
            assertThat(goal).as("goal of action %s", a.id()).isNotNull();
            assertThat(goal.cycle()).as("every action belongs to a goal of its cycle").isEqualTo(a.cycle());
            assertThat(a.spent().isNegative()).isFalse();
            if (a.isOpen() && a.owner() != null) {
                assertThat(s.isMember(a.owner())).as("owner of open action %s is a member", a.id()).isTrue();
            }
            if (a.carriedFrom() > 0) {
                assertThat(s.action(a.carriedFrom()).cycle()).isEqualTo(a.cycle() - 1);
            }
        }
        for (int i = 0; i < s.indicators().size(); i++) {
            Indicator indicator = s.indicators().get(i);
            assertThat(indicator.id()).isEqualTo(i + 1);
            Goal goal = s.goal(indicator.goal());
            assertThat(goal).isNotNull();
            assertThat(goal.cycle()).as("every indicator belongs to a goal of its cycle").isEqualTo(indicator.cycle());
        }
        for (Measurement m : s.measurements()) {
            assertThat(s.indicator(m.indicator())).as("measurements only on existing indicators").isNotNull();
        }
        Set<Integer> signedCycles = new HashSet<>();
        for (ReportSignOff signOff : s.signOffs()) {
            assertThat(signedCycles.add(signOff.cycle())).as("one sign-off per cycle").isTrue();
            assertThat(signOff.cycle()).isLessThanOrEqualTo(s.cycle());
        }
        if (s.signOff(s.cycle()) != null) {
            assertThat(s.cycleStep().ordinal()).as("a signed report only from step 7 on")
                    .isGreaterThanOrEqualTo(InitiativeStep.ACCOUNTABILITY.ordinal());
        }
    }

    private static Actor actorFor(InitiativeCommand command, Initiative s) {
        if (command instanceof AcknowledgeReport) {
            return Story.GIJS_CIVIL_SERVANT;
        }
        if (command instanceof StartAction || command instanceof ReportProgress || command instanceof FinishAction
                || command instanceof BlockAction) {
            int id = command instanceof StartAction c ? c.action() : command instanceof ReportProgress c ? c.action()
                    : command instanceof FinishAction c ? c.action() : ((BlockAction) command).action();
            Action a = s.action(id);
            if (a != null && a.owner() != null && s.participants().contains(a.owner())) {
                return Actor.of(a.owner(), BurgersAanHetStuurWorkflow.PARTICIPANT);
            }
        }
        if (command instanceof LeaveInitiative c && s.participants().contains(c.person())) {
            return Actor.of(c.person(), BurgersAanHetStuurWorkflow.PARTICIPANT);
        }
        return Actor.of(s.initiators().isEmpty() ? Story.ANNA : s.initiators().get(0), BurgersAanHetStuurWorkflow.INITIATOR);
    }

    /** The command a move stands for in the state; on the method's path when the move is ADVANCE. */
    private static InitiativeCommand command(Move m, Initiative s, LocalDate today) {
        int cycle = s.cycle();
        List<Goal> goals = s.goals().stream().filter(g -> g.cycle() == cycle).toList();
        List<Action> actions = s.actions().stream().filter(a -> a.cycle() == cycle).toList();
        List<Indicator> indicators = s.indicators().stream().filter(i -> i.cycle() == cycle).toList();
        PersonId person = PEOPLE.get(m.a() % PEOPLE.size());
        int action = actions.isEmpty() ? 1 : actions.get(m.a() % actions.size()).id();
        int goal = goals.isEmpty() ? 1 : goals.get(m.a() % goals.size()).id();
        switch (m.kind()) {
            case ADVANCE:
                return onThePath(m, s, goals, actions, indicators, today);
            case ASSET:
                return new RecordAsset(Asset.Kind.values()[m.a() % 4], "kracht " + m.b());
            case JOIN:
                return new JoinInitiative(person, m.b() % 3 == 0 ? Membership.INITIATOR : Membership.PARTICIPANT);
            case LEAVE:
                return new LeaveInitiative(person, "");
            case GOAL:
                return new SetGoal("doel " + m.b(), Goal.Theme.values()[m.a() % 2]);
            case PLAN:
                List<PersonId> members = new ArrayList<>(s.initiators());
                members.addAll(s.participants());
                PersonId owner = m.b() % 4 == 0 ? null : members.get(Math.floorMod(m.b(), members.size()));
                return new PlanAction(goal, "actie " + m.b(), owner, today.plusDays(m.b()), m.a() % 2 == 0 ? List.of()
                        : List.of(Resource.of(Resource.Kind.MONEY, "budget", Money.euros(Math.abs(m.b()) * 10L))));
            case ASSIGN:
                return new AssignAction(action, person);
            case RESCHEDULE:
                return new RescheduleAction(action, today.plusDays(m.b()), "later");
            case DROP:
                return new DropAction(action, "niet meer nodig");
            case INDICATOR:
                return indicator(goal, m, today);
            case START_ACTION:
                return new StartAction(action);
            case PROGRESS:
                return new ReportProgress(action, Math.floorMod(m.b(), 101), "voortgang");
            case BLOCK:
                return new BlockAction(action, "geblokkeerd");
            case FINISH:
                return new FinishAction(action, "klaar " + m.b());
            case SPEND:
                return new RecordSpending(action, Money.ofCents(m.b() * 1234L), "uitgave");
            case MEASURE:
                return new RecordMeasurement(indicators.isEmpty() ? 1 : indicators.get(m.a() % indicators.size()).id(),
                        new BigDecimal(m.b()).movePointLeft(m.a() % 3), today.minusDays(m.a()), "telling");
            case ACCEPT:
                return new AcceptReport("");
            case ACKNOWLEDGE:
                return new AcknowledgeReport("");
            case BACK:
                List<InitiativeStep> earlier = List.copyOf(s.step().earlier());
                return earlier.isEmpty() ? null : new GoBack(earlier.get(m.a() % earlier.size()), "terug");
            case PAUSE:
                return new Pause("pauze");
            case RESUME:
                return new Resume();
            case CLOSE:
                return new Close("gestopt");
            default:
                return null;
        }
    }

    private static DefineIndicator indicator(int goal, Move m, LocalDate today) {
        BigDecimal baseline = new BigDecimal(m.a() * 10);
        BigDecimal target = baseline.add(new BigDecimal(m.b() == 0 ? 7 : m.b()));
        return new DefineIndicator(goal, "indicator " + m.b(), "stuks", Indicator.Kind.values()[m.a() % 3], baseline, target,
                today.plusDays(Math.abs(m.b()) % 30), today.plusDays(30 + Math.abs(m.b())), "telling");
    }

    private static InitiativeCommand onThePath(Move m, Initiative s, List<Goal> goals, List<Action> actions, List<Indicator> indicators,
                                               LocalDate today) {
        switch (s.step()) {
            case SITUATION:
                if (s.situation() == null || s.situation().cycle() != s.cycle()) {
                    return Story.SITUATION;
                }
                break;
            case GOALS:
                if (goals.isEmpty()) {
                    return new SetGoal("doel " + m.b(), Goal.Theme.LIVEABILITY);
                }
                break;
            case ACTION_PLAN:
                if (actions.stream().allMatch(a -> a.status() == Action.Status.DROPPED)) {
                    return new PlanAction(goals.get(0).id(), "actie " + m.b(), s.initiators().get(0), today.plusDays(30), List.of());
                }
                break;
            case MEASURABLE_RESULTS:
                if (indicators.isEmpty()) {
                    return indicator(goals.get(0).id(), m, today);
                }
                break;
            case MEASUREMENT:
                if (s.measurements().stream().noneMatch(x -> s.indicator(x.indicator()).cycle() == s.cycle())) {
                    return new RecordMeasurement(indicators.get(0).id(), BigDecimal.valueOf(m.b()), today, "telling");
                }
                break;
            case ACCOUNTABILITY:
                ReportSignOff signOff = s.signOff(s.cycle());
                if (signOff == null) {
                    return new AcceptReport("");
                }
                if (!signOff.isAcknowledged()) {
                    return new AcknowledgeReport("");
                }
                break;
            case NEW_GOALS:
                List<Integer> open = actions.stream().filter(Action::isOpen).map(Action::id).filter(id -> id % 2 == m.a() % 2).toList();
                List<Integer> kept = indicators.stream().map(Indicator::id).filter(id -> id % 2 == m.b() % 2).toList();
                InitiativeStep restart = m.a() % 3 == 0 ? InitiativeStep.SITUATION : InitiativeStep.GOALS;
                boolean pending = s.goals().stream().anyMatch(g -> g.cycle() == s.cycle() + 1);
                if (restart == InitiativeStep.GOALS && !pending && open.isEmpty() && kept.isEmpty()) {
                    return new SetGoal("nieuw doel " + m.b(), Goal.Theme.SOCIAL_COHESION);
                }
                return new OpenNextCycle(restart, List.of(), open, kept);
            case PAUSED:
                return new Resume();
            default:
                break;
        }
        return s.step().next() == null ? null : new AdvanceStep(s.step().next());
    }

    /** An indicator's target is reached exactly at the target, in its direction, and not a cent short of it. */
    @Property
    void anIndicatorIsReachedAtItsTargetAndNotShortOfIt(@ForAll @IntRange(min = -1000, max = 1000) int baseline,
                                                        @ForAll @IntRange(min = -1000, max = 1000) int target) {
        Assume.that(baseline != target);
        Indicator indicator = new Indicator(1, 1, 1, Story.by(Story.ANNA, "Geveltuinen"), "tuinen", Indicator.Kind.HOW_MUCH,
                BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1),
                Story.by(Story.ANNA, "tellen"), 0);
        BigDecimal cent = new BigDecimal("0.01");
        BigDecimal shortOfIt = indicator.isIncrease() ? indicator.target().subtract(cent) : indicator.target().add(cent);
        BigDecimal beyond = indicator.isIncrease() ? indicator.target().add(cent) : indicator.target().subtract(cent);
        assertThat(indicator.isIncrease()).isEqualTo(target > baseline);
        assertThat(indicator.isReachedBy(indicator.target())).isTrue();
        assertThat(indicator.isReachedBy(beyond)).isTrue();
        assertThat(indicator.isReachedBy(shortOfIt)).isFalse();
    }
}
