package nl.participatie.samenspel;

import static nl.participatie.samenspel.Fixtures.ANNA;
import static nl.participatie.samenspel.Fixtures.WADDINXVEEN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.core.ProcessDefinition;
import nl.participatie.samenspel.TrajectoryCommand.*;
import nl.participatie.samenspel.TrajectoryEvent.*;
import nl.participatie.testkit.MethodContract;

/** The contract of the trajectory aggregate: every command decided, every event evolved, type ids, golden JSON files. */
class TrajectoryContractTest extends MethodContract<TrajectoryCommand, TrajectoryEvent, Trajectory> {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final LocalDate D = LocalDate.of(2026, 3, 7);
    private static final Design DESIGN = WADDINXVEEN.design();

    @Override
    protected ProcessDefinition<TrajectoryCommand, TrajectoryEvent, Trajectory, ?> definition() {
        return SamenspelWorkflow.TRAJECTORIES;
    }

    @Override
    protected List<TrajectoryCommand> sampleCommands() {
        return List.of(Fixtures.draft(WADDINXVEEN), new Redesign(DESIGN, "council asked"), new DeclareFrames("listen", Fixtures.frames()),
                new ChangeFrames("listen", Fixtures.frames(), "budget cut", false), new AdoptDesign("B&W 2026-12"), new StartPhase(),
                new RegisterParticipant(ANNA, StakeholderGroup.RESIDENTS),
                new HoldActivity("town-walk", D, List.of(new Attendance(StakeholderGroup.RESIDENTS, 40))),
                new Contribute(ContributionKind.ADVICE, "agenda", "doc-1"),
                new RecordDecision("agenda", DecidedBy.EXECUTIVE, false, "no room", List.of(new ContributionUse(1, Uptake.NOT_USED, "no room"))),
                new ReportBack(), new TrajectoryCommand.AddPhaseInstance("listen", nl.participatie.core.value.StreamId.of(
                        "buurtschouw.campaign", "schouw-2026")), new ClosePhase(), new ReviewPhase(List.of("agenda"), "made"), new StartEvaluation(),
                new RecordSurvey(SurveyMoment.BEFORE, StakeholderGroup.RESIDENTS, 120, List.of(new SurveyScore("feel-heard", 31))),
                new Evaluate("three pilots", "start small", "staff ask residents first"), new CloseTrajectory(), new StopTrajectory("no budget"));
    }

    @Override
    protected List<TrajectoryEvent> sampleEvents() {
        return List.of(new TrajectoryDrafted(WADDINXVEEN.municipality(), DESIGN, T), new Redesigned(2, DESIGN, "council asked", T),
                new FramesDeclared(new FramesDeclaration("listen", Fixtures.frames(), true, false, "budget cut", T)),
                new DesignAdopted(1, "B&W 2026-12", T), new PhaseStarted(0, "listen", T),
                new ParticipantRegistered(new Participant("listen", ANNA, StakeholderGroup.RESIDENTS)),
                new ActivityHeld(new HeldActivity("listen", "town-walk", D, List.of(new Attendance(StakeholderGroup.RESIDENTS, 40)))),
                new ContributionReceived(new Contribution(1, "listen", ANNA, StakeholderGroup.RESIDENTS, ContributionKind.ADVICE, "agenda", "doc-1"), T),
                new DecisionRecorded(new PhaseDecision(1, "listen", "agenda", DecidedBy.EXECUTIVE, false, "no room",
                        List.of(new ContributionUse(1, Uptake.NOT_USED, "no room")), T)),
                new ReportedBack("listen", T), new TrajectoryEvent.PhaseInstanceAdded("listen", nl.participatie.core.value.StreamLink.of(
                        "phase-of", nl.participatie.core.value.StreamId.of("buurtschouw.campaign", "schouw-2026")), T),
                new PhaseClosed("listen", T),
                new PhaseReviewed(new PhaseReview("listen", List.of("agenda"), "made", T)),
                new EvaluationStarted(List.of(new StaffMeasure("buurtschouw", "median-handling-days", new BigDecimal("6.5"))),
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 2), T),
                new SurveyRecorded(new SurveyResult(SurveyMoment.AFTER, StakeholderGroup.RESIDENTS, 120, List.of(new SurveyScore("feel-heard", 44)))),
                new Evaluated(new Evaluation("three pilots", "start small", "staff ask residents first", T)),
                new TrajectoryClosed(TrajectoryStep.EVALUATION, "", T));
    }

    @Override
    protected List<Trajectory> sampleStates() {
        return List.of(Trajectory.INITIAL, Fixtures.adopted(WADDINXVEEN).state(),
                Templates.runToLastReview(WADDINXVEEN, Templates.Variant.BROKEN).state(),
                Templates.runToEvaluation(WADDINXVEEN, Templates.Variant.KEPT).state());
    }
}
