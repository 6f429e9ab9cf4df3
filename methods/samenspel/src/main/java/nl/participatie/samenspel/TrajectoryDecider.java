package nl.participatie.samenspel;

import static nl.participatie.samenspel.SamenspelWorkflow.RESIDENT;
import static nl.participatie.samenspel.SamenspelWorkflow.STAKEHOLDER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;
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
import nl.participatie.samenspel.TrajectoryEvent.ActivityHeld;
import nl.participatie.samenspel.TrajectoryEvent.ContributionReceived;
import nl.participatie.samenspel.TrajectoryEvent.DecisionRecorded;
import nl.participatie.samenspel.TrajectoryEvent.DesignAdopted;
import nl.participatie.samenspel.TrajectoryEvent.EvaluationStarted;
import nl.participatie.samenspel.TrajectoryEvent.Evaluated;
import nl.participatie.samenspel.TrajectoryEvent.FramesDeclared;
import nl.participatie.samenspel.TrajectoryEvent.ParticipantRegistered;
import nl.participatie.samenspel.TrajectoryEvent.PhaseClosed;
import nl.participatie.samenspel.TrajectoryEvent.PhaseReviewed;
import nl.participatie.samenspel.TrajectoryEvent.PhaseStarted;
import nl.participatie.samenspel.TrajectoryEvent.Redesigned;
import nl.participatie.samenspel.TrajectoryEvent.ReportedBack;
import nl.participatie.samenspel.TrajectoryEvent.SurveyRecorded;
import nl.participatie.samenspel.TrajectoryEvent.TrajectoryClosed;
import nl.participatie.samenspel.TrajectoryEvent.TrajectoryDrafted;

/**
 * The rules of a change trajectory (<i>spelregels</i>): what each command causes in a given state, and how each event
 * changes the state. The workflow (step and role) is checked by the engine before {@link #decide}; here live the rules
 * that need the state: a sound design, completed phases left alone by a redesign, frames before input, only
 * participants contribute, decisions say what became of each contribution, a phase is reviewed before the next.
 * The staff evidence comes in through the {@link StaffEvidence} port and is recorded in the event, so a replay never
 * reads it again. Stateless and thread-safe; dates are days in {@link DutchTime#ZONE}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TrajectoryDecider implements Decider<TrajectoryCommand, TrajectoryEvent, Trajectory> {

    private final TrajectoryRules rules;
    private final StaffEvidence evidence;

    /** A decider with the library's default rules and no staff evidence. */
    public TrajectoryDecider() {
        this(TrajectoryRules.defaults(), StaffEvidence.NONE);
    }

    /** A decider with the municipality's rules and its source of staff evidence. */
    public TrajectoryDecider(TrajectoryRules rules, StaffEvidence evidence) {
        this.rules = InvalidValueException.requireNonNull(rules, "rules");
        this.evidence = InvalidValueException.requireNonNull(evidence, "evidence");
    }

    @Override
    public Trajectory initialState() {
        return Trajectory.INITIAL;
    }

    // ------------------------------------------------------------------------------------------------------- decide

    @Override
    public Decision<TrajectoryEvent> decide(TrajectoryCommand command, Trajectory state, DecisionContext context) {
        if (command instanceof DraftTrajectory c) {
            List<Violation> problems = prefixed(c.design().violations(rules));
            return problems.isEmpty() ? Decision.accept(new TrajectoryDrafted(c.municipality(), c.design(), context.now()))
                    : Decision.reject(problems);
        }
        if (state.design() == null) {
            // Only a command of a trajectory that was never drafted gets here (the contract test asks every state).
            return Decision.reject(TrajectoryRejection.PHASE_UNKNOWN, "", "-");
        }
        if (command instanceof Redesign c) {
            return redesign(c, state, context);
        }
        if (command instanceof DeclareFrames c) {
            Decision<TrajectoryEvent> refused = framesRefused(state, c.phase());
            if (refused != null) {
                return refused;
            }
            if (state.framesOf(c.phase()) != null) {
                return Decision.reject(TrajectoryRejection.FRAMES_ALREADY_DECLARED, "phase", c.phase());
            }
            return Decision.accept(new FramesDeclared(new FramesDeclaration(c.phase(), c.frames(), false, false, "", context.now())));
        }
        if (command instanceof ChangeFrames c) {
            Decision<TrajectoryEvent> refused = framesRefused(state, c.phase());
            if (refused != null) {
                return refused;
            }
            if (state.framesOf(c.phase()) == null) {
                return Decision.reject(TrajectoryRejection.FRAMES_NOT_DECLARED, "phase", c.phase());
            }
            return Decision.<TrajectoryEvent>accept(new FramesDeclared(new FramesDeclaration(c.phase(), c.frames(),
                            state.hasInput(c.phase()), c.agreedByParticipants(), c.reason().strip(), context.now())))
                    .notify(toParticipants(TrajectoryNotice.FRAMES_CHANGED, phaseName(state, c.phase())));
        }
        if (command instanceof AddPhaseInstance c) {
            Decision<TrajectoryEvent> refused = framesRefused(state, c.phase());
            if (refused != null) {
                return refused;
            }
            // Which kinds of instance may be a phase, and that it exists, are core's to check (the phase-of link type).
            return Decision.accept(new TrajectoryEvent.PhaseInstanceAdded(c.phase(), StreamLink.of("phase-of", c.instance()),
                    context.now()));
        }
        if (command instanceof AdoptDesign c) {
            if (state.adopted()) {
                return Decision.reject(TrajectoryRejection.ALREADY_ADOPTED, "", state.versions().size());
            }
            return Decision.accept(new DesignAdopted(state.versions().size(), c.decisionReference().strip(), context.now()));
        }
        if (command instanceof StartPhase) {
            return startPhase(state, context);
        }
        if (command instanceof RecordSurvey c) {
            return survey(c, state);
        }
        if (command instanceof Evaluate c) {
            return Decision.accept(new Evaluated(new Evaluation(c.outcomes().strip(), c.lessons().strip(),
                    c.organisationChange().strip(), context.now())));
        }
        if (command instanceof CloseTrajectory) {
            if (state.evaluation() == null) {
                return Decision.reject(TrajectoryRejection.NOT_EVALUATED, "");
            }
            return Decision.accept(new TrajectoryClosed(state.step(), "", context.now()));
        }
        if (command instanceof StopTrajectory c) {
            return Decision.accept(new TrajectoryClosed(state.step(), c.reason().strip(), context.now()));
        }
        Phase phase = state.currentPhase();
        if (phase == null) {
            // Only outside the workflow: every command below belongs to a phase.
            return Decision.reject(TrajectoryRejection.PHASE_UNKNOWN, "", "-");
        }
        if (command instanceof RegisterParticipant c) {
            if (phase.levelFor(c.group()) == null) {
                return Decision.reject(TrajectoryRejection.GROUP_NOT_IN_PHASE, "group", c.group(), phase.code());
            }
            if (state.participant(phase.code(), c.person()) != null) {
                return Decision.reject(TrajectoryRejection.ALREADY_PARTICIPANT, "person", c.person(), phase.code());
            }
            return Decision.accept(new ParticipantRegistered(new Participant(phase.code(), c.person(), c.group())));
        }
        if (command instanceof HoldActivity c) {
            return holdActivity(c, state, phase, context);
        }
        if (command instanceof Contribute c) {
            Participant p = state.participant(phase.code(), context.actor().person());
            if (p == null) {
                return Decision.reject(TrajectoryRejection.NOT_A_PARTICIPANT, "", context.actor().person(), phase.code());
            }
            if (!c.topic().isEmpty() && phase.topic(c.topic()) == null) {
                return Decision.reject(TrajectoryRejection.TOPIC_UNKNOWN, "topic", c.topic(), phase.code());
            }
            return Decision.accept(new ContributionReceived(new Contribution(state.contributions().size() + 1, phase.code(),
                    p.person(), p.group(), c.kind(), c.topic(), c.reference().strip()), context.now()));
        }
        if (command instanceof RecordDecision c) {
            return recordDecision(c, state, phase, context);
        }
        if (command instanceof ReportBack) {
            return Decision.<TrajectoryEvent>accept(new ReportedBack(phase.code(), context.now()))
                    .notify(toParticipants(TrajectoryNotice.REPORTED_BACK, phase.name()));
        }
        if (command instanceof ClosePhase) {
            if (state.held().stream().noneMatch(h -> h.phase().equals(phase.code()))) {
                return Decision.reject(TrajectoryRejection.NO_ACTIVITY_HELD, "", phase.code());
            }
            return Decision.accept(new PhaseClosed(phase.code(), context.now()));
        }
        if (command instanceof ReviewPhase c) {
            return review(c, state, phase, context);
        }
        if (command instanceof StartEvaluation) {
            if (state.review(phase.code()) == null) {
                return Decision.reject(TrajectoryRejection.PHASE_NOT_REVIEWED, "", phase.code());
            }
            if (state.phaseIndex() + 1 < state.design().phases().size()) {
                return Decision.reject(TrajectoryRejection.PHASES_REMAINING, "", state.design().phases().size() - state.phaseIndex() - 1);
            }
            LocalDate from = state.design().phases().get(0).start();
            LocalDate to = DutchTime.dayOf(context.now());
            return Decision.accept(new EvaluationStarted(evidence.measures(state.municipality(), from, to), from, to, context.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private Decision<TrajectoryEvent> redesign(Redesign c, Trajectory state, DecisionContext context) {
        List<Violation> problems = prefixed(c.design().violations(rules));
        int completed = state.completedPhases();
        List<Phase> before = state.design().phases();
        List<Phase> after = c.design().phases();
        for (int i = 0; i < completed; i++) {
            if (i >= after.size() || !after.get(i).equals(before.get(i))) {
                problems.add(Violation.of(TrajectoryRejection.COMPLETED_PHASE_CHANGED, "design.phases[" + i + "]", before.get(i).code()));
            }
        }
        int current = state.phaseIndex();
        if (state.step() == TrajectoryStep.PHASE_ACTIVE
                && (current >= after.size() || !after.get(current).code().equals(before.get(current).code()))) {
            problems.add(Violation.of(TrajectoryRejection.CURRENT_PHASE_MOVED, "design.phases[" + current + "]", before.get(current).code()));
        }
        if (!problems.isEmpty()) {
            return Decision.reject(problems);
        }
        return Decision.accept(new Redesigned(state.versions().size() + 1, c.design(), c.reason().strip(), context.now()));
    }

    private static Decision<TrajectoryEvent> framesRefused(Trajectory state, String code) {
        int index = indexOf(state.design(), code);
        if (index < 0) {
            return Decision.reject(TrajectoryRejection.PHASE_UNKNOWN, "phase", code);
        }
        if (index < state.completedPhases()) {
            return Decision.reject(TrajectoryRejection.PHASE_COMPLETED, "phase", code);
        }
        return null;
    }

    private static Decision<TrajectoryEvent> startPhase(Trajectory state, DecisionContext context) {
        if (state.step() == TrajectoryStep.DESIGN && !state.adopted()) {
            return Decision.reject(TrajectoryRejection.NOT_ADOPTED, "", state.versions().size());
        }
        if (state.step() == TrajectoryStep.PHASE_REVIEW && state.review(state.currentPhase().code()) == null) {
            return Decision.reject(TrajectoryRejection.PHASE_NOT_REVIEWED, "", state.currentPhase().code());
        }
        int next = state.phaseIndex() + 1;
        if (next >= state.design().phases().size()) {
            return Decision.reject(TrajectoryRejection.NO_NEXT_PHASE, "", state.currentPhase().code());
        }
        Phase phase = state.design().phases().get(next);
        if (state.framesOf(phase.code()) == null) {
            return Decision.reject(TrajectoryRejection.FRAMES_NOT_DECLARED, "", phase.code());
        }
        return Decision.<TrajectoryEvent>accept(new PhaseStarted(next, phase.code(), context.now()))
                .notify(toParticipants(TrajectoryNotice.PHASE_STARTED, phase.name()));
    }

    private static Decision<TrajectoryEvent> holdActivity(HoldActivity c, Trajectory state, Phase phase, DecisionContext context) {
        if (phase.activity(c.activity()) == null) {
            return Decision.reject(TrajectoryRejection.ACTIVITY_UNKNOWN, "activity", c.activity(), phase.code());
        }
        if (state.held().stream().anyMatch(h -> h.activity().equals(c.activity()))) {
            return Decision.reject(TrajectoryRejection.ACTIVITY_ALREADY_HELD, "activity", c.activity());
        }
        if (c.date().isAfter(DutchTime.dayOf(context.now()))) {
            return Decision.reject(TrajectoryRejection.DATE_IN_FUTURE, "date", c.date());
        }
        return Decision.accept(new ActivityHeld(new HeldActivity(phase.code(), c.activity(), c.date(), c.attendance())));
    }

    private static Decision<TrajectoryEvent> recordDecision(RecordDecision c, Trajectory state, Phase phase, DecisionContext context) {
        if (phase.topic(c.topic()) == null) {
            return Decision.reject(TrajectoryRejection.TOPIC_UNKNOWN, "topic", c.topic(), phase.code());
        }
        List<Notification> told = new ArrayList<>();
        Set<PersonId> seen = new LinkedHashSet<>();
        for (int i = 0; i < c.uses().size(); i++) {
            ContributionUse use = c.uses().get(i);
            Contribution contribution = state.contribution(use.contribution());
            if (contribution == null || !contribution.phase().equals(phase.code())) {
                return Decision.reject(TrajectoryRejection.CONTRIBUTION_UNKNOWN, "uses[" + i + "].contribution", use.contribution(), phase.code());
            }
            if (use.uptake() == Uptake.NOT_USED && use.reason().isBlank()) {
                return Decision.reject(TrajectoryRejection.REASON_MISSING, "uses[" + i + "].reason", use.contribution());
            }
            if (seen.add(contribution.person())) {
                told.add(Notification.of(Recipient.person(contribution.person()), TrajectoryNotice.CONTRIBUTION_OUTCOME.code(),
                        Catalogue.text(TrajectoryNotice.CONTRIBUTION_OUTCOME, String.valueOf(use.contribution()),
                                use.uptake().label().nl(), use.uptake().label().en())));
            }
        }
        PhaseDecision decision = new PhaseDecision(state.decisions().size() + 1, phase.code(), c.topic(), c.decidedBy(),
                c.followsOutcome(), c.motivation().strip(), c.uses(), context.now());
        return Decision.<TrajectoryEvent>accept(new DecisionRecorded(decision)).notify(told);
    }

    private static Decision<TrajectoryEvent> review(ReviewPhase c, Trajectory state, Phase phase, DecisionContext context) {
        if (state.review(phase.code()) != null) {
            return Decision.reject(TrajectoryRejection.ALREADY_REVIEWED, "", phase.code());
        }
        for (int i = 0; i < c.deliverables().size(); i++) {
            String code = c.deliverables().get(i);
            if (phase.deliverables().stream().noneMatch(d -> d.code().equals(code))) {
                return Decision.reject(TrajectoryRejection.DELIVERABLE_UNKNOWN, "deliverables[" + i + "]", code, phase.code());
            }
        }
        return Decision.accept(new PhaseReviewed(new PhaseReview(phase.code(), c.deliverables(), c.note().strip(), context.now())));
    }

    private Decision<TrajectoryEvent> survey(RecordSurvey c, Trajectory state) {
        boolean after = state.step() == TrajectoryStep.EVALUATION;
        if ((c.moment() == SurveyMoment.AFTER) != after) {
            return Decision.reject(TrajectoryRejection.SURVEY_MOMENT_WRONG, "moment", c.moment(), state.step());
        }
        if (!state.design().knows(c.group())) {
            return Decision.reject(TrajectoryRejection.GROUP_UNKNOWN, "group", c.group());
        }
        for (int i = 0; i < c.scores().size(); i++) {
            if (!rules.surveyQuestions().contains(c.scores().get(i).question())) {
                return Decision.reject(TrajectoryRejection.QUESTION_UNKNOWN, "scores[" + i + "].question", c.scores().get(i).question());
            }
        }
        return Decision.accept(new SurveyRecorded(new SurveyResult(c.moment(), c.group(), c.respondents(), c.scores())));
    }

    private static List<Violation> prefixed(List<Violation> violations) {
        List<Violation> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(new Violation(v.code(), "design." + v.path(), v.message()));
        }
        return out;
    }

    private static int indexOf(Design design, String code) {
        for (int i = 0; i < design.phases().size(); i++) {
            if (design.phases().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static LocalizedText phaseName(Trajectory state, String code) {
        return state.design().phase(code).name();
    }

    private static List<Notification> toParticipants(TrajectoryNotice notice, LocalizedText phase) {
        var text = LocalizedText.of(
                Catalogue.text(Locale.forLanguageTag("nl"), notice.code(), phase.nl()),
                Catalogue.text(Locale.ENGLISH, notice.code(), phase.en()));
        return List.of(Notification.of(Recipient.everyone(RESIDENT), notice.code(), text),
                Notification.of(Recipient.everyone(STAKEHOLDER), notice.code(), text));
    }

    // ------------------------------------------------------------------------------------------------------- evolve

    @Override
    public Trajectory evolve(Trajectory state, TrajectoryEvent event) {
        if (event instanceof TrajectoryDrafted e) {
            return state.withDraft(e.municipality(), e.design(), List.of(new DesignVersion(1, "", e.at())));
        }
        if (event instanceof Redesigned e) {
            Trajectory t = state.withDesign(e.design()).withVersions(Checks.plus(state.versions(), new DesignVersion(e.version(), e.reason(), e.at())));
            // A new design in DESIGN is a new proposal: the executive adopts it again.
            return state.step() == TrajectoryStep.DESIGN ? t.withAdopted(false) : t;
        }
        if (event instanceof FramesDeclared e) {
            return state.withFrames(Checks.plus(state.frames(), e.declaration()));
        }
        if (event instanceof DesignAdopted) {
            return state.withAdopted(true);
        }
        if (event instanceof PhaseStarted e) {
            return state.withStep(TrajectoryStep.PHASE_ACTIVE).withPhaseIndex(e.index());
        }
        if (event instanceof ParticipantRegistered e) {
            return state.withParticipants(Checks.plus(state.participants(), e.participant()));
        }
        if (event instanceof ActivityHeld e) {
            return state.withHeld(Checks.plus(state.held(), e.activity()));
        }
        if (event instanceof ContributionReceived e) {
            return state.withContributions(Checks.plus(state.contributions(), e.contribution()));
        }
        if (event instanceof DecisionRecorded e) {
            return state.withDecisions(Checks.plus(state.decisions(), e.decision()));
        }
        if (event instanceof TrajectoryEvent.PhaseInstanceAdded) {
            // The link is the store's to keep (linksTo, the chain view): the trajectory needs nothing of it to decide.
            return state;
        }
        if (event instanceof ReportedBack e) {
            return state.reportedBack().contains(e.phase()) ? state : state.withReportedBack(Checks.plus(state.reportedBack(), e.phase()));
        }
        if (event instanceof PhaseClosed) {
            return state.withStep(TrajectoryStep.PHASE_REVIEW);
        }
        if (event instanceof PhaseReviewed e) {
            return state.withReviews(Checks.plus(state.reviews(), e.review()));
        }
        if (event instanceof EvaluationStarted e) {
            return state.withStep(TrajectoryStep.EVALUATION).withEvidence(e.evidence());
        }
        if (event instanceof SurveyRecorded e) {
            return state.withSurveys(Checks.plus(state.surveys(), e.result()));
        }
        if (event instanceof Evaluated e) {
            return state.withEvaluation(e.evaluation());
        }
        if (event instanceof TrajectoryClosed) {
            return state.withStep(TrajectoryStep.CLOSED);
        }
        throw new IllegalArgumentException("unknown event " + event);
    }
}
