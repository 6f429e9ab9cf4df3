package nl.participatie.samenspel;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;

/**
 * A change trajectory (<i>veranderingstraject</i>) as the fold of its events: where it stands, its current design and
 * the versions before it, the frames per phase, the participants, the activities held, the contributions and the
 * decisions with what became of each contribution, the reviews, the evidence and surveys, and the evaluation.
 * Immutable; built only by {@link TrajectoryDecider#evolve}. People are opaque {@link PersonId}s only.
 *
 * @param step          where it stands
 * @param municipality  the municipality (CBS code); {@code null} before it was drafted
 * @param design        the current design; {@code null} before it was drafted
 * @param versions      the versions of the design, from 1
 * @param adopted       whether the executive adopted the current design
 * @param phaseIndex    the index of the current (or last) phase in the design; -1 before the first
 * @param frames        the frames declared and changed, in order
 * @param participants  the participants of every phase
 * @param held          the activities held
 * @param contributions the contributions, in order of number
 * @param decisions     the decisions, in order of number
 * @param reportedBack  the codes of the phases the municipality reported back on
 * @param reviews       the reviews of finished phases
 * @param evidence      the staff evidence read when the evaluation started
 * @param surveys       the before and after surveys
 * @param evaluation    the evaluation; {@code null} until recorded
 */
@API(status = API.Status.EXPERIMENTAL)
public record Trajectory(TrajectoryStep step, MunicipalityCode municipality, Design design, List<DesignVersion> versions, boolean adopted, int phaseIndex, List<FramesDeclaration> frames, List<Participant> participants, List<HeldActivity> held, List<Contribution> contributions, List<PhaseDecision> decisions, List<String> reportedBack, List<PhaseReview> reviews, List<StaffMeasure> evidence, List<SurveyResult> surveys, Evaluation evaluation) {

    /** The trajectory before anything happened. */
    public static final Trajectory INITIAL = new Trajectory(TrajectoryStep.NEW, null, null, List.of(), false, -1, List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);

    public Trajectory {
        InvalidValueException.requireNonNull(step, "step");
        versions = Checks.list(versions, "versions");
        frames = Checks.list(frames, "frames");
        participants = Checks.list(participants, "participants");
        held = Checks.list(held, "held");
        contributions = Checks.list(contributions, "contributions");
        decisions = Checks.list(decisions, "decisions");
        reportedBack = Checks.list(reportedBack, "reportedBack");
        reviews = Checks.list(reviews, "reviews");
        evidence = Checks.list(evidence, "evidence");
        surveys = Checks.list(surveys, "surveys");
    }

    /** The current (or last) phase, or {@code null} before the first. */
    public Phase currentPhase() {
        return design != null && phaseIndex >= 0 && phaseIndex < design.phases().size() ? design.phases().get(phaseIndex) : null;
    }

    /**
     * How many phases are completed: every phase before the current one, and the current one once it was closed for
     * review. A redesign leaves these as they were.
     */
    public int completedPhases() {
        if (phaseIndex < 0) {
            return 0;
        }
        return step == TrajectoryStep.PHASE_ACTIVE ? phaseIndex : phaseIndex + 1;
    }

    /** The latest frames of the phase, or {@code null} when none were declared. */
    public Frames framesOf(String phase) {
        Frames last = null;
        for (FramesDeclaration f : frames) {
            if (f.phase().equals(phase)) {
                last = f.frames();
            }
        }
        return last;
    }

    /** The participant record of the person in the phase, or {@code null}. */
    public Participant participant(String phase, PersonId person) {
        return participants.stream().filter(p -> p.phase().equals(phase) && p.person().equals(person)).findFirst().orElse(null);
    }

    /** Whether any contribution was received in the phase. */
    public boolean hasInput(String phase) {
        return contributions.stream().anyMatch(c -> c.phase().equals(phase));
    }

    /** The review of the phase, or {@code null}. */
    public PhaseReview review(String phase) {
        return reviews.stream().filter(r -> r.phase().equals(phase)).findFirst().orElse(null);
    }

    /** Contribution number {@code id}, or {@code null}. */
    public Contribution contribution(int id) {
        return id >= 1 && id <= contributions.size() ? contributions.get(id - 1) : null;
    }

    Trajectory withDraft(MunicipalityCode value, Design draft, List<DesignVersion> newVersions) {
        return new Trajectory(TrajectoryStep.DESIGN, value, draft, newVersions, false, -1, frames, participants, held,
                contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withStep(TrajectoryStep value) {
        return new Trajectory(value, municipality, design, versions, adopted, phaseIndex, frames, participants, held, contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withDesign(Design value) {
        return new Trajectory(step, municipality, value, versions, adopted, phaseIndex, frames, participants, held, contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withVersions(List<DesignVersion> value) {
        return new Trajectory(step, municipality, design, value, adopted, phaseIndex, frames, participants, held, contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withAdopted(boolean value) {
        return new Trajectory(step, municipality, design, versions, value, phaseIndex, frames, participants, held, contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withPhaseIndex(int value) {
        return new Trajectory(step, municipality, design, versions, adopted, value, frames, participants, held, contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withFrames(List<FramesDeclaration> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, value, participants, held, contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withParticipants(List<Participant> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, value, held, contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withHeld(List<HeldActivity> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, participants, value, contributions, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withContributions(List<Contribution> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, participants, held, value, decisions, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withDecisions(List<PhaseDecision> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, participants, held, contributions, value, reportedBack, reviews, evidence, surveys, evaluation);
    }

    Trajectory withReportedBack(List<String> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, participants, held, contributions, decisions, value, reviews, evidence, surveys, evaluation);
    }

    Trajectory withReviews(List<PhaseReview> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, participants, held, contributions, decisions, reportedBack, value, evidence, surveys, evaluation);
    }

    Trajectory withEvidence(List<StaffMeasure> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, participants, held, contributions, decisions, reportedBack, reviews, value, surveys, evaluation);
    }

    Trajectory withSurveys(List<SurveyResult> value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, participants, held, contributions, decisions, reportedBack, reviews, evidence, value, evaluation);
    }

    Trajectory withEvaluation(Evaluation value) {
        return new Trajectory(step, municipality, design, versions, adopted, phaseIndex, frames, participants, held, contributions, decisions, reportedBack, reviews, evidence, surveys, value);
    }
}
