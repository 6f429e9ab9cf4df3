package nl.participatie.samenspel;

import static nl.participatie.samenspel.TrajectoryStep.CLOSED;
import static nl.participatie.samenspel.TrajectoryStep.DESIGN;
import static nl.participatie.samenspel.TrajectoryStep.EVALUATION;
import static nl.participatie.samenspel.TrajectoryStep.NEW;
import static nl.participatie.samenspel.TrajectoryStep.PHASE_ACTIVE;
import static nl.participatie.samenspel.TrajectoryStep.PHASE_REVIEW;

import java.util.EnumSet;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;
import nl.participatie.samenspel.TrajectoryCommand.AddPhaseInstance;
import nl.participatie.samenspel.TrajectoryCommand.AdoptDesign;
import nl.participatie.samenspel.TrajectoryCommand.ChangeFrames;
import nl.participatie.samenspel.TrajectoryCommand.ClosePhase;
import nl.participatie.samenspel.TrajectoryCommand.CloseTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Contribute;
import nl.participatie.samenspel.TrajectoryCommand.DeclareFrames;
import nl.participatie.samenspel.TrajectoryCommand.DraftTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Evaluate;
import nl.participatie.samenspel.TrajectoryCommand.HoldActivity;
import nl.participatie.samenspel.TrajectoryCommand.RecordDecision;
import nl.participatie.samenspel.TrajectoryCommand.RecordSurvey;
import nl.participatie.samenspel.TrajectoryCommand.Redesign;
import nl.participatie.samenspel.TrajectoryCommand.RegisterParticipant;
import nl.participatie.samenspel.TrajectoryCommand.ReportBack;
import nl.participatie.samenspel.TrajectoryCommand.ReviewPhase;
import nl.participatie.samenspel.TrajectoryCommand.StartEvaluation;
import nl.participatie.samenspel.TrajectoryCommand.StartPhase;
import nl.participatie.samenspel.TrajectoryCommand.StopTrajectory;

/**
 * The method Samenspel as a state machine (<i>werkwijze</i>), declared as data: DESIGN, then per phase PHASE_ACTIVE
 * and PHASE_REVIEW, then EVALUATION and CLOSED; which command is allowed in which step and which roles may fire it.
 * Civil servants and facilitators run the trajectory, the executive adopts, decides and closes, participants
 * contribute. A municipality tightens it with {@link Workflow#restrict} and {@link ProcessDefinition#withWorkflow}.
 *
 * <pre>{@code
 * String diagram = SamenspelWorkflow.TRAJECTORIES.workflow().toMermaid();
 * Actor fatima = Actor.of("p-41c2", SamenspelWorkflow.FACILITATOR);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SamenspelWorkflow {

    /** A resident (<i>inwoner</i>). */
    public static final Role RESIDENT = Role.of("RESIDENT");
    /** Someone for an organisation or other stakeholder (<i>belanghebbende</i>, <i>organisatie</i>). */
    public static final Role STAKEHOLDER = Role.of("STAKEHOLDER");
    /** The facilitator or advisor of the trajectory (<i>begeleider</i>, <i>adviseur</i>). */
    public static final Role FACILITATOR = Role.of("FACILITATOR");
    /** A civil servant of the municipality (<i>ambtenaar</i>). */
    public static final Role CIVIL_SERVANT = Role.of("CIVIL_SERVANT");
    /** An alderman or mayor (<i>bestuurder</i>). */
    public static final Role EXECUTIVE = Role.of("EXECUTIVE");
    /** A council member (<i>raadslid</i>). */
    public static final Role COUNCIL_MEMBER = Role.of("COUNCIL_MEMBER");

    private static final Workflow<TrajectoryStep> WORKFLOW = declare();

    /**
     * Change trajectories (<i>veranderingstrajecten</i>) with the library's default rules and no staff evidence:
     * stream type {@code samenspel.trajectory}, its state machine {@code TRAJECTORIES.workflow()}.
     */
    public static final ProcessDefinition<TrajectoryCommand, TrajectoryEvent, Trajectory, TrajectoryStep> TRAJECTORIES =
            trajectories(TrajectoryRules.defaults(), StaffEvidence.NONE);

    private SamenspelWorkflow() {
    }

    /** Change trajectories with the municipality's rules and evidence; {@link Samenspel} builds its engine with it. */
    static ProcessDefinition<TrajectoryCommand, TrajectoryEvent, Trajectory, TrajectoryStep> trajectories(TrajectoryRules rules,
                                                                                                      StaffEvidence evidence) {
        return ProcessDefinition.of("samenspel.trajectory", TrajectoryCommand.class, TrajectoryEvent.class,
                new TrajectoryDecider(rules, evidence), WORKFLOW, Trajectory::step);
    }

    private static Workflow<TrajectoryStep> declare() {
        Role[] runners = {CIVIL_SERVANT, FACILITATOR};
        Set<TrajectoryStep> running = EnumSet.of(DESIGN, PHASE_ACTIVE, PHASE_REVIEW);
        Set<TrajectoryStep> phases = EnumSet.of(PHASE_ACTIVE, PHASE_REVIEW);
        return Workflow.builder("Samenspel", TrajectoryStep.class, NEW)
                .terminal(CLOSED)
                .transition(DraftTrajectory.class, NEW, DESIGN, runners)
                .within(Redesign.class, running, runners)
                .within(DeclareFrames.class, running, runners)
                .within(ChangeFrames.class, phases, CIVIL_SERVANT, FACILITATOR, EXECUTIVE)
                .within(AdoptDesign.class, DESIGN, EXECUTIVE)
                .within(AddPhaseInstance.class, running, runners)
                .transition(StartPhase.class, DESIGN, PHASE_ACTIVE, runners)
                .transition(StartPhase.class, PHASE_REVIEW, PHASE_ACTIVE, runners)
                .within(RegisterParticipant.class, PHASE_ACTIVE, runners)
                .within(HoldActivity.class, PHASE_ACTIVE, runners)
                .within(Contribute.class, PHASE_ACTIVE, RESIDENT, STAKEHOLDER, COUNCIL_MEMBER, CIVIL_SERVANT)
                .within(RecordDecision.class, phases, CIVIL_SERVANT, EXECUTIVE)
                .within(ReportBack.class, EnumSet.of(PHASE_ACTIVE, PHASE_REVIEW, EVALUATION), runners)
                .transition(ClosePhase.class, PHASE_ACTIVE, PHASE_REVIEW, runners)
                .within(ReviewPhase.class, PHASE_REVIEW, CIVIL_SERVANT, FACILITATOR, EXECUTIVE)
                .transition(StartEvaluation.class, PHASE_REVIEW, EVALUATION, runners)
                .within(RecordSurvey.class, EnumSet.of(DESIGN, PHASE_ACTIVE, PHASE_REVIEW, EVALUATION), runners)
                .within(Evaluate.class, EVALUATION, CIVIL_SERVANT, FACILITATOR, EXECUTIVE)
                .transition(CloseTrajectory.class, EVALUATION, CLOSED, EXECUTIVE)
                .rule(StopTrajectory.class, EnumSet.of(DESIGN, PHASE_ACTIVE, PHASE_REVIEW, EVALUATION), EnumSet.of(CLOSED), EXECUTIVE)
                .build();
    }
}
