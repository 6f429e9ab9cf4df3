package nl.participatie.samenspel;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * What the people of a change trajectory ask (<i>opdracht</i>): draft and redesign it, declare frames, adopt it, run
 * its phases (participants, activities, contributions, decisions, reporting back, reviews), evaluate and close it.
 * Each command is checked with Bean Validation, then against the workflow (step and role), then by
 * {@link TrajectoryDecider}. Phases, activities, topics and deliverables are named by their codes in the design.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface TrajectoryCommand {

    /**
     * Drafts a trajectory from a design (often a template); it enters DESIGN as version 1.
     *
     * @param municipality the municipality (CBS code)
     * @param design       the design; refused with every problem of {@link Design#violations}
     */
    record DraftTrajectory(@NotNull MunicipalityCode municipality, @NotNull Design design) implements TrajectoryCommand {
    }

    /**
     * Replaces the design with a new version, with a reason. Completed phases must stay as they were; the current
     * phase keeps its place and code. In DESIGN a redesign needs adopting again.
     *
     * @param design the new design
     * @param reason why it changes
     */
    record Redesign(@NotNull Design design, @NotBlank @Size(max = 2000) String reason) implements TrajectoryCommand {
    }

    /**
     * Declares the frames of a phase before any input is collected.
     *
     * @param phase  the phase's code
     * @param frames the frames
     */
    record DeclareFrames(@NotBlank String phase, @NotNull Frames frames) implements TrajectoryCommand {
    }

    /**
     * Changes the frames of a phase, with a reason. After input was received this counts as a broken promise unless
     * the participants agreed.
     *
     * @param phase                the phase's code
     * @param frames               the new frames
     * @param reason               why
     * @param agreedByParticipants whether the participants agreed
     */
    record ChangeFrames(@NotBlank String phase, @NotNull Frames frames, @NotBlank @Size(max = 2000) String reason,
                        boolean agreedByParticipants) implements TrajectoryCommand {
    }

    /**
     * The executive adopts the current design (<i>vaststellen</i>).
     *
     * @param decisionReference the executive's decision, e.g. a document id; may be empty
     */
    record AdoptDesign(@NotNull @Size(max = 200) String decisionReference) implements TrajectoryCommand {
    }

    /** Starts the first phase (from DESIGN, once adopted) or the next one (from PHASE_REVIEW, once reviewed). */
    record StartPhase() implements TrajectoryCommand {
    }

    /**
     * Registers a person as participant of the current phase for a group the phase involves.
     *
     * @param person the person
     * @param group  the group they take part for
     */
    record RegisterParticipant(@NotNull PersonId person, @NotNull StakeholderGroup group) implements TrajectoryCommand {
    }

    /**
     * Records that a planned activity of the current phase was held, with its attendance.
     *
     * @param activity   the activity's code
     * @param date       when; not in the future
     * @param attendance how many came per group
     */
    record HoldActivity(@NotBlank String activity, @NotNull LocalDate date,
                        @NotNull @Size(max = 20) List<@NotNull @Valid Attendance> attendance) implements TrajectoryCommand {
        public HoldActivity {
            attendance = Checks.commandList(attendance);
        }
    }

    /**
     * A participant of the current phase brings something in. The text stays with the vendor; the command names
     * where.
     *
     * @param kind      idea, concern or advice
     * @param topic     the decision topic's code; empty when it is about none
     * @param reference where the text is kept
     */
    record Contribute(@NotNull ContributionKind kind, @NotNull @Size(max = 40) String topic,
                      @NotBlank @Size(max = 200) String reference) implements TrajectoryCommand {
    }

    /**
     * Records a decision of the current phase and what became of each contribution it considered; every contributor
     * is told.
     *
     * @param topic          the decision topic's code
     * @param decidedBy      who decided
     * @param followsOutcome whether it follows the participants' outcome
     * @param motivation     why it deviates, or the reasoning; may be empty
     * @param uses           what became of each contribution
     */
    record RecordDecision(@NotBlank String topic, @NotNull DecidedBy decidedBy, boolean followsOutcome,
                          @NotNull @Size(max = 4000) String motivation,
                          @NotNull @Size(max = 500) List<@NotNull @Valid ContributionUse> uses) implements TrajectoryCommand {
        public RecordDecision {
            uses = Checks.commandList(uses);
        }
    }

    /** The municipality reports back on the current phase: what was done with the input (<i>terugkoppeling</i>). */
    record ReportBack() implements TrajectoryCommand {
    }

    /**
     * Records another method's instance as (part of) a phase of this trajectory (<i>fase via een andere werkwijze</i>):
     * a Buurtschouw campaign, a residents' initiative, a Youth Manifesto group or a Budgetmonitoring round through which
     * the phase involves residents ("digital involvement leads to physical involvement"). A {@code phase-of} link from
     * that instance to this trajectory, checked and indexed by core; an instance is a phase of one trajectory at most.
     * The instance must exist in the same store; the phase must not be completed.
     *
     * @param phase    the phase's code
     * @param instance the other method's instance
     */
    record AddPhaseInstance(@NotBlank String phase, @NotNull StreamId instance) implements TrajectoryCommand {
    }

    /** Closes the current phase for review; at least one activity must have been held. */
    record ClosePhase() implements TrajectoryCommand {
    }

    /**
     * Reviews the closed phase: which deliverables were made.
     *
     * @param deliverables the codes of the deliverables made
     * @param note         the review's note; may be empty
     */
    record ReviewPhase(@NotNull @Size(max = 50) List<@NotBlank String> deliverables, @NotNull @Size(max = 4000) String note)
            implements TrajectoryCommand {
        public ReviewPhase {
            deliverables = Checks.commandList(deliverables);
        }
    }

    /** Starts the evaluation after the last phase was reviewed; reads the staff evidence. */
    record StartEvaluation() implements TrajectoryCommand {
    }

    /**
     * Records a before or after survey of one group.
     *
     * @param moment      before (in DESIGN or a phase) or after (in EVALUATION)
     * @param group       who was asked
     * @param respondents how many answered
     * @param scores      per question of the rules' question set
     */
    record RecordSurvey(@NotNull SurveyMoment moment, @NotNull StakeholderGroup group, @Min(0) @Max(1_000_000) int respondents,
                        @NotNull @Size(max = 50) List<@NotNull @Valid SurveyScore> scores) implements TrajectoryCommand {
        public RecordSurvey {
            scores = Checks.commandList(scores);
        }
    }

    /**
     * Records the evaluation.
     *
     * @param outcomes           what it brought
     * @param lessons            what was learnt
     * @param organisationChange what changed in the organisation's attitude and way of working
     */
    record Evaluate(@NotBlank @Size(max = 4000) String outcomes, @NotBlank @Size(max = 4000) String lessons,
                    @NotBlank @Size(max = 4000) String organisationChange) implements TrajectoryCommand {
    }

    /** Closes the evaluated trajectory. */
    record CloseTrajectory() implements TrajectoryCommand {
    }

    /**
     * Stops the trajectory early, with a reason.
     *
     * @param reason why
     */
    record StopTrajectory(@NotBlank @Size(max = 2000) String reason) implements TrajectoryCommand {
    }
}
