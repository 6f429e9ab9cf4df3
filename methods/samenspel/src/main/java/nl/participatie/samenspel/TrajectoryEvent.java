package nl.participatie.samenspel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.link.Linking;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.StreamLink;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;

/**
 * What happened to a change trajectory (<i>gebeurtenis</i>): the facts its state is folded from and its audit trail
 * records. Never holds personal data: people are {@link PersonId}s, and what residents wrote is a reference. The JSON
 * form of each event is a versioned contract ({@code samenspel.<name>.v1}).
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface TrajectoryEvent {

    /**
     * The trajectory was drafted: version 1 of its design.
     *
     * @param municipality the municipality
     * @param design       the design
     * @param at           when
     */
    record TrajectoryDrafted(MunicipalityCode municipality, Design design, Instant at) implements TrajectoryEvent {
        public TrajectoryDrafted {
            InvalidValueException.requireNonNull(municipality, "municipality");
            InvalidValueException.requireNonNull(design, "design");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * The design was replaced by a new version.
     *
     * @param version the new version's number
     * @param design  the new design
     * @param reason  why
     * @param at      when
     */
    record Redesigned(int version, Design design, String reason, Instant at) implements TrajectoryEvent {
        public Redesigned {
            InvalidValueException.requireNonNull(design, "design");
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Frames were declared or changed.
     *
     * @param declaration the declaration
     */
    record FramesDeclared(FramesDeclaration declaration) implements TrajectoryEvent {
        public FramesDeclared {
            InvalidValueException.requireNonNull(declaration, "declaration");
        }
    }

    /**
     * The executive adopted the design.
     *
     * @param version           the version adopted
     * @param decisionReference the executive's decision; may be empty
     * @param at                when
     */
    record DesignAdopted(int version, String decisionReference, Instant at) implements TrajectoryEvent {
        public DesignAdopted {
            InvalidValueException.requireNonNull(decisionReference, "decisionReference");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A phase started.
     *
     * @param index its index in the design
     * @param phase its code
     * @param at    when
     */
    record PhaseStarted(int index, String phase, Instant at) implements TrajectoryEvent {
        public PhaseStarted {
            Checks.notNegative(index, "index");
            InvalidValueException.requireNonNull(phase, "phase");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A participant was registered.
     *
     * @param participant the participant
     */
    record ParticipantRegistered(Participant participant) implements TrajectoryEvent {
        public ParticipantRegistered {
            InvalidValueException.requireNonNull(participant, "participant");
        }
    }

    /**
     * An activity was held.
     *
     * @param activity the activity with its attendance
     */
    record ActivityHeld(HeldActivity activity) implements TrajectoryEvent {
        public ActivityHeld {
            InvalidValueException.requireNonNull(activity, "activity");
        }
    }

    /**
     * A contribution was received.
     *
     * @param contribution the contribution
     * @param at           when
     */
    record ContributionReceived(Contribution contribution, Instant at) implements TrajectoryEvent {
        public ContributionReceived {
            InvalidValueException.requireNonNull(contribution, "contribution");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A decision was recorded.
     *
     * @param decision the decision
     */
    record DecisionRecorded(PhaseDecision decision) implements TrajectoryEvent {
        public DecisionRecorded {
            InvalidValueException.requireNonNull(decision, "decision");
        }
    }

    /**
     * The municipality reported back on a phase.
     *
     * @param phase the phase's code
     * @param at    when
     */
    record ReportedBack(String phase, Instant at) implements TrajectoryEvent {
        public ReportedBack {
            InvalidValueException.requireNonNull(phase, "phase");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Another method's instance was recorded as (part of) a phase: a {@code phase-of} link from that instance to this
     * trajectory, anchored in the instance's audit trail.
     *
     * @param phase   the phase's code
     * @param phaseOf the link from the instance ({@code phase-of}); its target names the instance
     * @param at      when
     */
    record PhaseInstanceAdded(String phase, StreamLink phaseOf, Instant at) implements TrajectoryEvent, Linking {
        public PhaseInstanceAdded {
            InvalidValueException.requireNonNull(phase, "phase");
            InvalidValueException.requireNonNull(phaseOf, "phaseOf");
            InvalidValueException.requireNonNull(at, "at");
        }

        @Override
        public Optional<StreamLink> link() {
            return Optional.of(phaseOf);
        }
    }

    /**
     * A phase was closed for review.
     *
     * @param phase the phase's code
     * @param at    when
     */
    record PhaseClosed(String phase, Instant at) implements TrajectoryEvent {
        public PhaseClosed {
            InvalidValueException.requireNonNull(phase, "phase");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A phase was reviewed.
     *
     * @param review the review
     */
    record PhaseReviewed(PhaseReview review) implements TrajectoryEvent {
        public PhaseReviewed {
            InvalidValueException.requireNonNull(review, "review");
        }
    }

    /**
     * The evaluation started, with the staff evidence read then.
     *
     * @param evidence the measures
     * @param from     the start of the period read
     * @param to       its end
     * @param at       when
     */
    record EvaluationStarted(List<StaffMeasure> evidence, LocalDate from, LocalDate to, Instant at) implements TrajectoryEvent {
        public EvaluationStarted {
            evidence = Checks.list(evidence, "evidence");
            InvalidValueException.requireNonNull(from, "from");
            InvalidValueException.requireNonNull(to, "to");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A survey was recorded.
     *
     * @param result the result
     */
    record SurveyRecorded(SurveyResult result) implements TrajectoryEvent {
        public SurveyRecorded {
            InvalidValueException.requireNonNull(result, "result");
        }
    }

    /**
     * The trajectory was evaluated.
     *
     * @param evaluation the evaluation
     */
    record Evaluated(Evaluation evaluation) implements TrajectoryEvent {
        public Evaluated {
            InvalidValueException.requireNonNull(evaluation, "evaluation");
        }
    }

    /**
     * The trajectory was closed or stopped.
     *
     * @param from   the step it was in
     * @param reason why; empty when it was closed after its evaluation
     * @param at     when
     */
    record TrajectoryClosed(TrajectoryStep from, String reason, Instant at) implements TrajectoryEvent {
        public TrajectoryClosed {
            InvalidValueException.requireNonNull(from, "from");
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }
}
