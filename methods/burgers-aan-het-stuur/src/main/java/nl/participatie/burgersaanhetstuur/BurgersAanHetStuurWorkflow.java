package nl.participatie.burgersaanhetstuur;

import static nl.participatie.burgersaanhetstuur.InitiativeStep.ACCOUNTABILITY;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.ACTION_PLAN;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.CLOSED;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.EXECUTION;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.GOALS;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.MEASURABLE_RESULTS;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.MEASUREMENT;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.NEW;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.NEW_GOALS;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.PAUSED;
import static nl.participatie.burgersaanhetstuur.InitiativeStep.SITUATION;

import java.util.EnumSet;
import java.util.Set;

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
import nl.participatie.core.API;
import nl.participatie.core.InstanceRoles;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;

/**
 * The method Burgers aan het stuur as a state machine (<i>werkwijze</i>), declared as data: the eight steps in order
 * (no skipping; going back with a reason), pausing, resuming and closing, which command is allowed in which step and
 * which roles may fire it. Only initiators and facilitators move the steps; the municipality acknowledges the
 * accountability report. A municipality tightens it with {@link Workflow#restrict} and
 * {@link ProcessDefinition#withWorkflow}.
 *
 * <pre>{@code
 * String diagram = BurgersAanHetStuurWorkflow.INITIATIVES.workflow().toMermaid();
 * Actor anna = Actor.of("p-7f3a9c", BurgersAanHetStuurWorkflow.INITIATOR);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BurgersAanHetStuurWorkflow {

    /** A resident running the initiative (<i>initiatiefnemer</i>). */
    public static final Role INITIATOR = Role.of("INITIATOR");
    /** A resident taking part (<i>deelnemer</i>). */
    public static final Role PARTICIPANT = Role.of("PARTICIPANT");
    /** The social professional who supports the initiative (<i>begeleider</i>, <i>sociaal professional</i>). */
    public static final Role FACILITATOR = Role.of("FACILITATOR");
    /** A civil servant of the municipality (<i>ambtenaar</i>). */
    public static final Role CIVIL_SERVANT = Role.of("CIVIL_SERVANT");
    /** An alderman or mayor (<i>bestuurder</i>). */
    public static final Role EXECUTIVE = Role.of("EXECUTIVE");

    /** The steps in which the system marks overdue actions. */
    static final Set<InitiativeStep> OVERDUE_STEPS = EnumSet.of(ACTION_PLAN, MEASURABLE_RESULTS, EXECUTION, MEASUREMENT);

    // Declared once, before the definition that uses it: every definition, whatever its rules, shares one state machine.
    private static final Workflow<InitiativeStep> WORKFLOW = declare();

    /**
     * Initiators and participants are roles in one initiative: an initiator of one initiative is nobody in another.
     * Facilitators, civil servants and executives are the municipality's, as the vendor's authentication says.
     */
    private static final InstanceRoles<Initiative> MEMBERS = new InstanceRoles<>(Set.of(INITIATOR, PARTICIPANT),
            (initiative, person, role, command) -> role.equals(INITIATOR) ? initiative.initiators().contains(person)
                    : initiative.isMember(person));

    /**
     * Citizen initiatives (<i>burgerinitiatieven</i>) with the library's default rules: stream type
     * {@code burgersaanhetstuur.initiative}, its state machine {@code INITIATIVES.workflow()}.
     */
    public static final ProcessDefinition<InitiativeCommand, InitiativeEvent, Initiative, InitiativeStep> INITIATIVES =
            initiatives(InitiativeRules.defaults());

    private BurgersAanHetStuurWorkflow() {
    }

    /** Citizen initiatives with the municipality's rules; {@link BurgersAanHetStuur} builds its engine with it. */
    static ProcessDefinition<InitiativeCommand, InitiativeEvent, Initiative, InitiativeStep> initiatives(InitiativeRules rules) {
        return ProcessDefinition.of("burgersaanhetstuur.initiative", InitiativeCommand.class, InitiativeEvent.class,
                new InitiativeDecider(rules), WORKFLOW, Initiative::step).withInstanceRoles(MEMBERS);
    }

    private static Workflow<InitiativeStep> declare() {
        Set<InitiativeStep> cycle = InitiativeStep.cycle();
        Set<InitiativeStep> running = EnumSet.copyOf(cycle);
        running.add(PAUSED);
        Role[] movers = {INITIATOR, FACILITATOR};
        Role[] residents = {INITIATOR, PARTICIPANT, FACILITATOR};
        Workflow.Builder<InitiativeStep> flow = Workflow.builder("Burgers aan het stuur", InitiativeStep.class, NEW)
                .terminal(CLOSED)
                .transition(StartInitiative.class, NEW, SITUATION, movers);
        for (InitiativeStep step : cycle) {
            if (step.next() != null) {
                flow.transition(AdvanceStep.class, step, step.next(), movers);
            }
        }
        flow.rule(OpenNextCycle.class, EnumSet.of(NEW_GOALS), EnumSet.of(GOALS, SITUATION), movers);
        for (InitiativeStep step : cycle) {
            if (!step.earlier().isEmpty()) {
                flow.rule(GoBack.class, EnumSet.of(step), step.earlier(), movers);
            }
        }
        return flow
                .rule(Pause.class, cycle, EnumSet.of(PAUSED), movers)
                .rule(Resume.class, EnumSet.of(PAUSED), cycle, movers)
                .rule(Close.class, running, EnumSet.of(CLOSED), movers)
                .within(DescribeSituation.class, SITUATION, residents)
                .within(RecordAsset.class, cycle, residents)
                .within(JoinInitiative.class, running, movers)
                .within(LeaveInitiative.class, running, residents)
                .within(SetGoal.class, EnumSet.of(GOALS, NEW_GOALS), residents)
                .within(PlanAction.class, ACTION_PLAN, residents)
                .within(AssignAction.class, EnumSet.of(ACTION_PLAN, MEASURABLE_RESULTS, EXECUTION), movers)
                .within(HandToPartner.class, EnumSet.of(ACTION_PLAN, MEASURABLE_RESULTS, EXECUTION), movers)
                .within(RescheduleAction.class, ACTION_PLAN, movers)
                .within(DropAction.class, EnumSet.of(ACTION_PLAN, EXECUTION), movers)
                .within(DefineIndicator.class, MEASURABLE_RESULTS, residents)
                .within(StartAction.class, EXECUTION, residents)
                .within(ReportProgress.class, EXECUTION, residents)
                .within(BlockAction.class, EXECUTION, residents)
                .within(FinishAction.class, EXECUTION, residents)
                .within(RecordSpending.class, EnumSet.of(EXECUTION, MEASUREMENT), movers)
                .within(FundActionFromBudget.class, EnumSet.of(ACTION_PLAN, MEASURABLE_RESULTS, EXECUTION), movers)
                .within(RecordFunding.class, EnumSet.of(ACTION_PLAN, MEASURABLE_RESULTS, EXECUTION, MEASUREMENT, ACCOUNTABILITY), movers)
                .within(RecordLesson.class, EnumSet.of(ACCOUNTABILITY, NEW_GOALS), residents)
                .within(RecordMeasurement.class, EnumSet.of(EXECUTION, MEASUREMENT), INITIATOR, PARTICIPANT, FACILITATOR, CIVIL_SERVANT)
                .within(AcceptReport.class, ACCOUNTABILITY, INITIATOR)
                .within(AcknowledgeReport.class, ACCOUNTABILITY, CIVIL_SERVANT, EXECUTIVE)
                .within(MarkActionOverdue.class, OVERDUE_STEPS, Role.SYSTEM)
                .build();
    }
}
