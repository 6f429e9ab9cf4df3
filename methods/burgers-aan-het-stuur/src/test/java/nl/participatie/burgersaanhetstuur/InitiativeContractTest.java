package nl.participatie.burgersaanhetstuur;

import static nl.participatie.burgersaanhetstuur.Story.ANNA;
import static nl.participatie.burgersaanhetstuur.Story.ASSET;
import static nl.participatie.burgersaanhetstuur.Story.BUURT;
import static nl.participatie.burgersaanhetstuur.Story.CARLA;
import static nl.participatie.burgersaanhetstuur.Story.GRABBERS;
import static nl.participatie.burgersaanhetstuur.Story.SOURCE;
import static nl.participatie.burgersaanhetstuur.Story.by;
import static nl.participatie.burgersaanhetstuur.Story.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcceptReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcknowledgeReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AssignAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.BlockAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Close;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DropAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.FinishAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.GoBack;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.JoinInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.LeaveInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.MarkActionOverdue;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.OpenNextCycle;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Pause;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordAsset;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordSpending;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.ReportProgress;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RescheduleAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.Resume;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartAction;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionAssigned;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionHandedToPartner;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.FundingRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.LessonRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionBlocked;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionDropped;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionFinished;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionOverdue;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionPlanned;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionRescheduled;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.ActionStarted;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.AssetRecorded;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.Closed;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.CycleOpened;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.GoalSet;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.IndicatorDefined;
import nl.participatie.burgersaanhetstuur.InitiativeEvent.InitiativeStarted;
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
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.MethodContract;

/** The contract of the initiative aggregate: every command decided, every event evolved, type ids, golden JSON files. */
class InitiativeContractTest extends MethodContract<InitiativeCommand, InitiativeEvent, Initiative> {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final LocalDate D = LocalDate.of(2026, 5, 1);
    private static final StreamLink IDEA = StreamLink.of("started-by", StreamId.of("buurtschouw.idea", "idee-7"));
    private static final StreamId BUDGET_ROUND = StreamId.of("budgetmonitoring.budget-round", "oost-2026");

    @Override
    protected ProcessDefinition<InitiativeCommand, InitiativeEvent, Initiative, ?> definition() {
        return BurgersAanHetStuurWorkflow.INITIATIVES;
    }

    @Override
    protected List<InitiativeCommand> sampleCommands() {
        return List.of(
                new InitiativeCommand.StartInitiative("Schone Bloemenbuurt", BUURT, List.of(ANNA), IDEA),
                Story.SITUATION,
                new RecordAsset(Asset.Kind.SKILL, "bewoners die kunnen timmeren"),
                new JoinInitiative(CARLA, Membership.PARTICIPANT),
                new LeaveInitiative(CARLA, "verhuisd"),
                Story.GOAL,
                Story.ACTION,
                new AssignAction(1, CARLA),
                new InitiativeCommand.HandToPartner(1, Partner.of(Partner.Kind.MUNICIPALITY, "Gemeente, team vergunningen")),
                new RescheduleAction(1, D, "school had geen tijd"),
                new DropAction(1, "school doet niet mee"),
                Story.INDICATOR,
                new StartAction(1),
                new ReportProgress(1, 60, "grijpers besteld"),
                new BlockAction(1, "geen vergunning"),
                new FinishAction(1, "18 bewoners"),
                new RecordSpending(1, Money.of("120.50"), "grijpers"),
                new InitiativeCommand.RecordFunding(Funding.Kind.OWN_CONTRIBUTION, Money.of("50.00"), "collecte buurtfeest"),
                new InitiativeCommand.FundActionFromBudget(1, BUDGET_ROUND, "7.4"),
                new InitiativeCommand.RecordLesson("Vraag de vergunning eerder aan"),
                Story.MEASUREMENT,
                new AcceptReport("akkoord"),
                new AcknowledgeReport("dank"),
                Story.advanceTo(InitiativeStep.GOALS),
                new GoBack(InitiativeStep.ACTION_PLAN, "opnieuw plannen"),
                new OpenNextCycle(InitiativeStep.GOALS, List.of(1), List.of(2), List.of(1)),
                new Pause("zomervakantie"),
                new Resume(),
                new Close("doel bereikt"),
                new MarkActionOverdue(1));
    }

    @Override
    protected List<InitiativeEvent> sampleEvents() {
        Goal goal = new Goal(3, 2, by(ANNA, "Minder zwerfafval rond het speelveld"), Goal.Theme.LIVEABILITY, 1);
        Action action = new Action(3, 2, 3, by(ANNA, "Afvalbakken bij het speelveld"), CARLA,
                Partner.of(Partner.Kind.MUNICIPALITY, "Gemeente, team vergunningen"), T, D, List.of(GRABBERS), Action.Status.BLOCKED, 10,
                Money.ZERO, by(CARLA, "wacht op gemeente"), T, true, 2);
        Indicator indicator = new Indicator(2, 2, 3, by(ANNA, "Zakken zwerfafval per opschoonronde"), "zakken", Indicator.Kind.BETTER_OFF,
                new BigDecimal("22"), new BigDecimal("15"), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), by(ANNA, "telling"), 1);
        return List.of(
                new InitiativeStarted(by(ANNA, "Schone Bloemenbuurt"), BUURT, List.of(ANNA), IDEA, T),
                new SituationDescribed(1, by(ANNA, "Veel zwerfafval rond het speelveld"), by(ANNA, "ouders en kinderen"),
                        List.of(Erasable.of(ANNA, SOURCE)), List.of(Erasable.of(ANNA, ASSET))),
                new AssetRecorded(Erasable.of(ANNA, Asset.of(Asset.Kind.SKILL, "bewoners die kunnen timmeren"))),
                new MemberJoined(CARLA, Membership.PARTICIPANT),
                new MemberLeft(CARLA, by(CARLA, "verhuisd")),
                new GoalSet(1, 1, by(ANNA, "Minder zwerfafval rond het speelveld"), Goal.Theme.LIVEABILITY),
                new ActionPlanned(1, 1, by(ANNA, "Opschoonochtend met de basisschool"), CARLA, LocalDate.of(2026, 3, 1), List.of(GRABBERS), T),
                new ActionAssigned(1, CARLA),
                new ActionHandedToPartner(1, Partner.of(Partner.Kind.HOUSING_CORPORATION, "Woningcorporatie Mitros"), T),
                new FundingRecorded(1, Funding.Kind.RESIDENTS_BUDGET, Money.of("500.00"), by(ANNA, "bewonersbudget Oost")),
                new InitiativeEvent.ActionFundedFromBudget(1, StreamLink.of("funded-by", BUDGET_ROUND), "7.4", T),
                new LessonRecorded(1, by(CARLA, "Vraag de vergunning eerder aan")),
                new ActionRescheduled(1, D, by(ANNA, "school had geen tijd")),
                new ActionStarted(1, T),
                new ProgressReported(1, 60, by(CARLA, "grijpers besteld"), T),
                new ActionBlocked(1, by(CARLA, "geen vergunning"), T),
                new ActionFinished(1, by(CARLA, "18 bewoners"), T),
                new ActionDropped(1, by(ANNA, "school doet niet mee"), T),
                new SpendingRecorded(1, Money.of("120.50"), by(ANNA, "grijpers")),
                new ActionOverdue(1, LocalDate.of(2026, 3, 1)),
                new IndicatorDefined(1, 1, by(ANNA, "Zakken zwerfafval per opschoonronde"), "zakken", Indicator.Kind.BETTER_OFF,
                        new BigDecimal("40"), new BigDecimal("15"), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), by(ANNA, "telling")),
                new MeasurementRecorded(1, new BigDecimal("22.5"), LocalDate.of(2026, 2, 3), by(CARLA, "telling werkgroep")),
                new ReportAccepted(1, by(ANNA, "akkoord"), T),
                new ReportAcknowledged(1, "dank", T),
                new StepAdvanced(InitiativeStep.SITUATION, InitiativeStep.GOALS, T),
                new SteppedBack(InitiativeStep.EXECUTION, InitiativeStep.ACTION_PLAN, by(ANNA, "opnieuw plannen"), T),
                new CycleOpened(2, InitiativeStep.GOALS, List.of(goal), List.of(action), List.of(indicator), T),
                new Paused(InitiativeStep.EXECUTION, text("zomervakantie"), T),
                new Resumed(InitiativeStep.EXECUTION, T),
                new Closed(InitiativeStep.MEASUREMENT, by(ANNA, "doel bereikt"), T));
    }

    @Override
    protected List<Initiative> sampleStates() {
        List<Initiative> states = new ArrayList<>();
        states.add(Initiative.INITIAL);
        for (InitiativeStep step : InitiativeStep.cycle()) {
            states.add(Story.at(step).state());
        }
        states.add(TwoCycles.run().state());
        return states;
    }
}
