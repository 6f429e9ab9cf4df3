package nl.participatie.burgersaanhetstuur.json;

import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.API;
import nl.participatie.core.json.TypedJacksonModule;

/**
 * The Jackson module of Burgers aan het stuur (<i>JSON-koppeling</i>): the stable, versioned type ids of the
 * initiative's commands and events ({@code burgersaanhetstuur.action-planned.v1}). The state and the value types are
 * plain records and need nothing. Found through {@code META-INF/services}, so {@code ParticipatieJson.defaults()},
 * {@code ObjectMapper.findAndRegisterModules()} and Spring Boot pick it up.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BurgersAanHetStuurJacksonModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    /** The module; found by {@link java.util.ServiceLoader}. */
    public BurgersAanHetStuurJacksonModule() {
        super("participatie-burgers-aan-het-stuur");
        commands(InitiativeCommand.class);
        family(InitiativeEvent.class);
        // Commands
        type(InitiativeCommand.StartInitiative.class, "burgersaanhetstuur.start-initiative.v1");
        type(InitiativeCommand.DescribeSituation.class, "burgersaanhetstuur.describe-situation.v1");
        type(InitiativeCommand.RecordAsset.class, "burgersaanhetstuur.record-asset.v1");
        type(InitiativeCommand.JoinInitiative.class, "burgersaanhetstuur.join-initiative.v1");
        type(InitiativeCommand.LeaveInitiative.class, "burgersaanhetstuur.leave-initiative.v1");
        type(InitiativeCommand.SetGoal.class, "burgersaanhetstuur.set-goal.v1");
        type(InitiativeCommand.PlanAction.class, "burgersaanhetstuur.plan-action.v1");
        type(InitiativeCommand.AssignAction.class, "burgersaanhetstuur.assign-action.v1");
        type(InitiativeCommand.RescheduleAction.class, "burgersaanhetstuur.reschedule-action.v1");
        type(InitiativeCommand.DropAction.class, "burgersaanhetstuur.drop-action.v1");
        type(InitiativeCommand.DefineIndicator.class, "burgersaanhetstuur.define-indicator.v1");
        type(InitiativeCommand.StartAction.class, "burgersaanhetstuur.start-action.v1");
        type(InitiativeCommand.ReportProgress.class, "burgersaanhetstuur.report-progress.v1");
        type(InitiativeCommand.BlockAction.class, "burgersaanhetstuur.block-action.v1");
        type(InitiativeCommand.FinishAction.class, "burgersaanhetstuur.finish-action.v1");
        type(InitiativeCommand.RecordSpending.class, "burgersaanhetstuur.record-spending.v1");
        type(InitiativeCommand.RecordMeasurement.class, "burgersaanhetstuur.record-measurement.v1");
        type(InitiativeCommand.AcceptReport.class, "burgersaanhetstuur.accept-report.v1");
        type(InitiativeCommand.AcknowledgeReport.class, "burgersaanhetstuur.acknowledge-report.v1");
        type(InitiativeCommand.AdvanceStep.class, "burgersaanhetstuur.advance-step.v1");
        type(InitiativeCommand.GoBack.class, "burgersaanhetstuur.go-back.v1");
        type(InitiativeCommand.OpenNextCycle.class, "burgersaanhetstuur.open-next-cycle.v1");
        type(InitiativeCommand.Pause.class, "burgersaanhetstuur.pause.v1");
        type(InitiativeCommand.Resume.class, "burgersaanhetstuur.resume.v1");
        type(InitiativeCommand.Close.class, "burgersaanhetstuur.close.v1");
        type(InitiativeCommand.MarkActionOverdue.class, "burgersaanhetstuur.mark-action-overdue.v1");
        // Events
        type(InitiativeEvent.InitiativeStarted.class, "burgersaanhetstuur.initiative-started.v1");
        type(InitiativeEvent.SituationDescribed.class, "burgersaanhetstuur.situation-described.v1");
        type(InitiativeEvent.AssetRecorded.class, "burgersaanhetstuur.asset-recorded.v1");
        type(InitiativeEvent.MemberJoined.class, "burgersaanhetstuur.member-joined.v1");
        type(InitiativeEvent.MemberLeft.class, "burgersaanhetstuur.member-left.v1");
        type(InitiativeEvent.GoalSet.class, "burgersaanhetstuur.goal-set.v1");
        type(InitiativeEvent.ActionPlanned.class, "burgersaanhetstuur.action-planned.v1");
        type(InitiativeEvent.ActionAssigned.class, "burgersaanhetstuur.action-assigned.v1");
        type(InitiativeEvent.ActionRescheduled.class, "burgersaanhetstuur.action-rescheduled.v1");
        type(InitiativeEvent.ActionStarted.class, "burgersaanhetstuur.action-started.v1");
        type(InitiativeEvent.ProgressReported.class, "burgersaanhetstuur.progress-reported.v1");
        type(InitiativeEvent.ActionBlocked.class, "burgersaanhetstuur.action-blocked.v1");
        type(InitiativeEvent.ActionFinished.class, "burgersaanhetstuur.action-finished.v1");
        type(InitiativeEvent.ActionDropped.class, "burgersaanhetstuur.action-dropped.v1");
        type(InitiativeEvent.SpendingRecorded.class, "burgersaanhetstuur.spending-recorded.v1");
        type(InitiativeEvent.ActionOverdue.class, "burgersaanhetstuur.action-overdue.v1");
        type(InitiativeEvent.IndicatorDefined.class, "burgersaanhetstuur.indicator-defined.v1");
        type(InitiativeEvent.MeasurementRecorded.class, "burgersaanhetstuur.measurement-recorded.v1");
        type(InitiativeEvent.ReportAccepted.class, "burgersaanhetstuur.report-accepted.v1");
        type(InitiativeEvent.ReportAcknowledged.class, "burgersaanhetstuur.report-acknowledged.v1");
        type(InitiativeEvent.StepAdvanced.class, "burgersaanhetstuur.step-advanced.v1");
        type(InitiativeEvent.SteppedBack.class, "burgersaanhetstuur.stepped-back.v1");
        type(InitiativeEvent.CycleOpened.class, "burgersaanhetstuur.cycle-opened.v1");
        type(InitiativeEvent.Paused.class, "burgersaanhetstuur.paused.v1");
        type(InitiativeEvent.Resumed.class, "burgersaanhetstuur.resumed.v1");
        type(InitiativeEvent.Closed.class, "burgersaanhetstuur.closed.v1");
    }
}
