package nl.participatie.samenspel.json;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.participatie.core.API;
import nl.participatie.core.json.TypedJacksonModule;
import nl.participatie.samenspel.Design;
import nl.participatie.samenspel.OwnGroup;
import nl.participatie.samenspel.StakeholderGroup;
import nl.participatie.samenspel.TrajectoryCommand;
import nl.participatie.samenspel.TrajectoryEvent;

/**
 * The Jackson module of Samenspel (<i>JSON-koppeling</i>): the stable, versioned type ids of the trajectory's commands
 * and events ({@code samenspel.phase-started.v1}). The state, the design and the other values are plain records and
 * need nothing. Found through {@code META-INF/services}, so {@code ParticipatieJson.defaults()},
 * {@code ObjectMapper.findAndRegisterModules()} pick it up;
 * Spring Boot registers it when it is a {@code Module} bean.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SamenspelJacksonModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    /** The module; found by {@link java.util.ServiceLoader}. */
    public SamenspelJacksonModule() {
        super("participatie-samenspel");
        // A stakeholder group is its code, as when it was an enum; a design without own groups is written as before.
        stringValue(StakeholderGroup.class, StakeholderGroup::code, StakeholderGroup::of);
        setMixInAnnotation(Design.class, DesignMixIn.class);
        commands(TrajectoryCommand.class);
        family(TrajectoryEvent.class);
        // Commands
        type(TrajectoryCommand.DraftTrajectory.class, "samenspel.draft-trajectory.v1");
        type(TrajectoryCommand.Redesign.class, "samenspel.redesign.v1");
        type(TrajectoryCommand.DeclareFrames.class, "samenspel.declare-frames.v1");
        type(TrajectoryCommand.ChangeFrames.class, "samenspel.change-frames.v1");
        type(TrajectoryCommand.AdoptDesign.class, "samenspel.adopt-design.v1");
        type(TrajectoryCommand.StartPhase.class, "samenspel.start-phase.v1");
        type(TrajectoryCommand.RegisterParticipant.class, "samenspel.register-participant.v1");
        type(TrajectoryCommand.HoldActivity.class, "samenspel.hold-activity.v1");
        type(TrajectoryCommand.Contribute.class, "samenspel.contribute.v1");
        type(TrajectoryCommand.RecordDecision.class, "samenspel.record-decision.v1");
        type(TrajectoryCommand.ReportBack.class, "samenspel.report-back.v1");
        type(TrajectoryCommand.AddPhaseInstance.class, "samenspel.add-phase-instance.v1");
        type(TrajectoryCommand.ClosePhase.class, "samenspel.close-phase.v1");
        type(TrajectoryCommand.ReviewPhase.class, "samenspel.review-phase.v1");
        type(TrajectoryCommand.StartEvaluation.class, "samenspel.start-evaluation.v1");
        type(TrajectoryCommand.RecordSurvey.class, "samenspel.record-survey.v1");
        type(TrajectoryCommand.Evaluate.class, "samenspel.evaluate.v1");
        type(TrajectoryCommand.CloseTrajectory.class, "samenspel.close-trajectory.v1");
        type(TrajectoryCommand.StopTrajectory.class, "samenspel.stop-trajectory.v1");
        // Events
        type(TrajectoryEvent.TrajectoryDrafted.class, "samenspel.trajectory-drafted.v1");
        type(TrajectoryEvent.Redesigned.class, "samenspel.redesigned.v1");
        type(TrajectoryEvent.FramesDeclared.class, "samenspel.frames-declared.v1");
        type(TrajectoryEvent.DesignAdopted.class, "samenspel.design-adopted.v1");
        type(TrajectoryEvent.PhaseStarted.class, "samenspel.phase-started.v1");
        type(TrajectoryEvent.ParticipantRegistered.class, "samenspel.participant-registered.v1");
        type(TrajectoryEvent.ActivityHeld.class, "samenspel.activity-held.v1");
        type(TrajectoryEvent.ContributionReceived.class, "samenspel.contribution-received.v1");
        type(TrajectoryEvent.DecisionRecorded.class, "samenspel.decision-recorded.v1");
        type(TrajectoryEvent.ReportedBack.class, "samenspel.reported-back.v1");
        type(TrajectoryEvent.PhaseInstanceAdded.class, "samenspel.phase-instance-added.v1");
        type(TrajectoryEvent.PhaseClosed.class, "samenspel.phase-closed.v1");
        type(TrajectoryEvent.PhaseReviewed.class, "samenspel.phase-reviewed.v1");
        type(TrajectoryEvent.EvaluationStarted.class, "samenspel.evaluation-started.v1");
        type(TrajectoryEvent.SurveyRecorded.class, "samenspel.survey-recorded.v1");
        type(TrajectoryEvent.Evaluated.class, "samenspel.evaluated.v1");
        type(TrajectoryEvent.TrajectoryClosed.class, "samenspel.trajectory-closed.v1");
    }

    /** Leaves a design's own groups out of its JSON when it has none, so such a design reads and writes as before. */
    abstract static class DesignMixIn {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<OwnGroup> groups();
    }
}
