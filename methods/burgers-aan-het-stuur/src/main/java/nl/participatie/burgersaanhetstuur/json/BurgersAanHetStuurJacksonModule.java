package nl.participatie.burgersaanhetstuur.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.API;
import nl.participatie.core.json.TypedJacksonModule;

/**
 * The Jackson module of Burgers aan het stuur (<i>JSON-koppeling</i>): the stable, versioned type ids of the
 * initiative's commands and events ({@code burgersaanhetstuur.action-planned.v2}). The state and the value types are
 * plain records and need nothing. Found through {@code META-INF/services}, so {@code ParticipatieJson.defaults()},
 * {@code ObjectMapper.findAndRegisterModules()} pick it up;
 * Spring Boot registers it when it is a {@code Module} bean.
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
        type(InitiativeCommand.HandToPartner.class, "burgersaanhetstuur.hand-to-partner.v1");
        type(InitiativeCommand.RescheduleAction.class, "burgersaanhetstuur.reschedule-action.v1");
        type(InitiativeCommand.DropAction.class, "burgersaanhetstuur.drop-action.v1");
        type(InitiativeCommand.DefineIndicator.class, "burgersaanhetstuur.define-indicator.v1");
        type(InitiativeCommand.StartAction.class, "burgersaanhetstuur.start-action.v1");
        type(InitiativeCommand.ReportProgress.class, "burgersaanhetstuur.report-progress.v1");
        type(InitiativeCommand.BlockAction.class, "burgersaanhetstuur.block-action.v1");
        type(InitiativeCommand.FinishAction.class, "burgersaanhetstuur.finish-action.v1");
        type(InitiativeCommand.FundActionFromBudget.class, "burgersaanhetstuur.fund-action-from-budget.v1");
        type(InitiativeCommand.RecordSpending.class, "burgersaanhetstuur.record-spending.v1");
        type(InitiativeCommand.RecordFunding.class, "burgersaanhetstuur.record-funding.v1");
        type(InitiativeCommand.RecordLesson.class, "burgersaanhetstuur.record-lesson.v1");
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
        // Events. v2: what residents write became erasable (crypto-shredding, see core/TRUST.md); v1 documents
        // read as erasable values without a subject, under the initiative's key once rewritten.
        type(InitiativeEvent.InitiativeStarted.class, "burgersaanhetstuur.initiative-started.v2");
        upcastToErasable("burgersaanhetstuur.initiative-started.v1", "burgersaanhetstuur.initiative-started.v2", null, "title");
        type(InitiativeEvent.SituationDescribed.class, "burgersaanhetstuur.situation-described.v2");
        upcastToErasable("burgersaanhetstuur.situation-described.v1", "burgersaanhetstuur.situation-described.v2", null, "description",
                "affected", "sources", "assets");
        type(InitiativeEvent.AssetRecorded.class, "burgersaanhetstuur.asset-recorded.v2");
        upcastToErasable("burgersaanhetstuur.asset-recorded.v1", "burgersaanhetstuur.asset-recorded.v2", null, "asset");
        type(InitiativeEvent.MemberJoined.class, "burgersaanhetstuur.member-joined.v1");
        type(InitiativeEvent.MemberLeft.class, "burgersaanhetstuur.member-left.v2");
        upcastToErasable("burgersaanhetstuur.member-left.v1", "burgersaanhetstuur.member-left.v2", "person", "reason");
        type(InitiativeEvent.GoalSet.class, "burgersaanhetstuur.goal-set.v2");
        upcastToErasable("burgersaanhetstuur.goal-set.v1", "burgersaanhetstuur.goal-set.v2", null, "title");
        type(InitiativeEvent.ActionPlanned.class, "burgersaanhetstuur.action-planned.v2");
        upcastToErasable("burgersaanhetstuur.action-planned.v1", "burgersaanhetstuur.action-planned.v2", null, "title");
        type(InitiativeEvent.ActionAssigned.class, "burgersaanhetstuur.action-assigned.v1");
        type(InitiativeEvent.ActionHandedToPartner.class, "burgersaanhetstuur.action-handed-to-partner.v1");
        type(InitiativeEvent.ActionRescheduled.class, "burgersaanhetstuur.action-rescheduled.v2");
        upcastToErasable("burgersaanhetstuur.action-rescheduled.v1", "burgersaanhetstuur.action-rescheduled.v2", null, "reason");
        type(InitiativeEvent.ActionStarted.class, "burgersaanhetstuur.action-started.v1");
        type(InitiativeEvent.ProgressReported.class, "burgersaanhetstuur.progress-reported.v2");
        upcastToErasable("burgersaanhetstuur.progress-reported.v1", "burgersaanhetstuur.progress-reported.v2", null, "note");
        type(InitiativeEvent.ActionBlocked.class, "burgersaanhetstuur.action-blocked.v2");
        upcastToErasable("burgersaanhetstuur.action-blocked.v1", "burgersaanhetstuur.action-blocked.v2", null, "reason");
        type(InitiativeEvent.ActionFinished.class, "burgersaanhetstuur.action-finished.v2");
        upcastToErasable("burgersaanhetstuur.action-finished.v1", "burgersaanhetstuur.action-finished.v2", null, "note");
        type(InitiativeEvent.ActionDropped.class, "burgersaanhetstuur.action-dropped.v2");
        upcastToErasable("burgersaanhetstuur.action-dropped.v1", "burgersaanhetstuur.action-dropped.v2", null, "reason");
        type(InitiativeEvent.SpendingRecorded.class, "burgersaanhetstuur.spending-recorded.v2");
        upcastToErasable("burgersaanhetstuur.spending-recorded.v1", "burgersaanhetstuur.spending-recorded.v2", null, "description");
        type(InitiativeEvent.ActionOverdue.class, "burgersaanhetstuur.action-overdue.v1");
        type(InitiativeEvent.IndicatorDefined.class, "burgersaanhetstuur.indicator-defined.v2");
        upcastToErasable("burgersaanhetstuur.indicator-defined.v1", "burgersaanhetstuur.indicator-defined.v2", null, "name", "method");
        type(InitiativeEvent.MeasurementRecorded.class, "burgersaanhetstuur.measurement-recorded.v2");
        upcastToErasable("burgersaanhetstuur.measurement-recorded.v1", "burgersaanhetstuur.measurement-recorded.v2", null, "source");
        type(InitiativeEvent.FundingRecorded.class, "burgersaanhetstuur.funding-recorded.v1");
        type(InitiativeEvent.ActionFundedFromBudget.class, "burgersaanhetstuur.action-funded-from-budget.v1");
        type(InitiativeEvent.LessonRecorded.class, "burgersaanhetstuur.lesson-recorded.v1");
        type(InitiativeEvent.ReportAccepted.class, "burgersaanhetstuur.report-accepted.v2");
        upcastToErasable("burgersaanhetstuur.report-accepted.v1", "burgersaanhetstuur.report-accepted.v2", null, "note");
        type(InitiativeEvent.ReportAcknowledged.class, "burgersaanhetstuur.report-acknowledged.v1");
        type(InitiativeEvent.StepAdvanced.class, "burgersaanhetstuur.step-advanced.v1");
        type(InitiativeEvent.SteppedBack.class, "burgersaanhetstuur.stepped-back.v2");
        upcastToErasable("burgersaanhetstuur.stepped-back.v1", "burgersaanhetstuur.stepped-back.v2", null, "reason");
        type(InitiativeEvent.CycleOpened.class, "burgersaanhetstuur.cycle-opened.v2");
        upcast("burgersaanhetstuur.cycle-opened.v1", "burgersaanhetstuur.cycle-opened.v2", node -> {
            wrapEach(node.get("goals"), "title");
            wrapEach(node.get("actions"), "title", "note");
            wrapEach(node.get("indicators"), "name", "method");
            return node;
        });
        type(InitiativeEvent.Paused.class, "burgersaanhetstuur.paused.v2");
        upcastToErasable("burgersaanhetstuur.paused.v1", "burgersaanhetstuur.paused.v2", null, "reason");
        type(InitiativeEvent.Resumed.class, "burgersaanhetstuur.resumed.v1");
        type(InitiativeEvent.Closed.class, "burgersaanhetstuur.closed.v2");
        upcastToErasable("burgersaanhetstuur.closed.v1", "burgersaanhetstuur.closed.v2", null, "reason");
    }

    /**
     * Wraps the named text fields of each object of a carried-over list as an erasable value without a subject, as
     * {@code upcastToErasable} does for an event's own fields; an empty note of version 1 becomes no note.
     */
    private static void wrapEach(JsonNode list, String... fields) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (JsonNode item : list) {
            if (!(item instanceof ObjectNode object)) {
                continue;
            }
            for (String field : fields) {
                JsonNode value = object.get(field);
                if (value == null || value.isNull()) {
                    continue;
                }
                if (value.isTextual() && value.asText().isEmpty() && "note".equals(field)) {
                    object.remove(field);
                    continue;
                }
                object.set(field, object.objectNode().set("value", value));
            }
        }
    }
}
