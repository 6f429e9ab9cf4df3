package nl.participatie.youthmanifesto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.link.Linking;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

/**
 * What happened to a Youth Manifesto group (<i>gebeurtenis</i>): the facts its state is folded from and its audit trail
 * records. Never holds personal data: young people are {@link PersonId}s with an {@link AgeBand}, never a name, a date
 * of birth, a guardian or a consent record. The JSON form of each event is a versioned contract
 * ({@code youthmanifesto.<name>.v1}).
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface ManifestoGroupEvent {

    /**
     * The group started, in recruitment, with the method's default process.
     *
     * @param name         its name
     * @param municipality the municipality
     * @param basis        the legal basis of processing the participants' data
     * @param votingMethod how it votes on its topics
     * @param at           when
     */
    record GroupStarted(String name, MunicipalityCode municipality, ProcessingBasis basis, VotingMethod votingMethod, Instant at)
            implements ManifestoGroupEvent {
        public GroupStarted {
            InvalidValueException.requireNonNull(name, "name");
            InvalidValueException.requireNonNull(municipality, "municipality");
            InvalidValueException.requireNonNull(basis, "basis");
            InvalidValueException.requireNonNull(votingMethod, "votingMethod");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A young person joined, with every permission they needed on the day.
     *
     * @param person        the young person
     * @param ageBand       their age band on the day
     * @param channel       how they were reached
     * @param neighbourhood where they live; may be {@code null}
     */
    record ParticipantEnrolled(PersonId person, AgeBand ageBand, RecruitmentChannel channel, NeighbourhoodCode neighbourhood)
            implements ManifestoGroupEvent {
        public ParticipantEnrolled {
            InvalidValueException.requireNonNull(person, "person");
            InvalidValueException.requireNonNull(ageBand, "ageBand");
            InvalidValueException.requireNonNull(channel, "channel");
        }
    }

    /**
     * A participant left.
     *
     * @param person the participant
     * @param reason why, erasable under the participant's key; {@code null} when none was given
     */
    record ParticipantLeft(PersonId person, Erasable<String> reason) implements ManifestoGroupEvent {
        public ParticipantLeft {
            InvalidValueException.requireNonNull(person, "person");
        }
    }

    /**
     * AVG consent was withdrawn: the participant is out of the group and their personal data is to be erased.
     *
     * @param person  the participant
     * @param consent whose consent: the guardian's or their own
     */
    record ConsentWithdrawn(PersonId person, Permission consent) implements ManifestoGroupEvent {
        public ConsentWithdrawn {
            InvalidValueException.requireNonNull(person, "person");
            InvalidValueException.requireNonNull(consent, "consent");
        }
    }

    /**
     * A participant who turned 16 was asked to re-confirm their consent themselves.
     *
     * @param person the participant
     */
    record ConsentReconfirmationRequested(PersonId person) implements ManifestoGroupEvent {
        public ConsentReconfirmationRequested {
            InvalidValueException.requireNonNull(person, "person");
        }
    }

    /**
     * The group adapted its process.
     *
     * @param process the new process
     * @param reason  what the group decided, and why
     */
    record ProcessAdapted(GroupProcess process, String reason) implements ManifestoGroupEvent {
        public ProcessAdapted {
            InvalidValueException.requireNonNull(process, "process");
            InvalidValueException.requireNonNull(reason, "reason");
        }
    }

    /**
     * The group moved to the next stage of its process.
     *
     * @param stage the number of the stage
     * @param step  its kind
     * @param at    when
     */
    record StepAdvanced(int stage, ManifestoGroupStep step, Instant at) implements ManifestoGroupEvent {
        public StepAdvanced {
            Checks.positive(stage, "stage");
            InvalidValueException.requireNonNull(step, "step");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A topic was raised.
     *
     * @param topic         its number
     * @param title         what it is about; the group's text, erasable under the group's key (retention)
     * @param description   what the young people see; erasable likewise
     * @param area          the policy area
     * @param neighbourhood the neighbourhood it is about; may be {@code null}
     */
    record TopicRaised(int topic, Erasable<String> title, Erasable<String> description, PolicyArea area, NeighbourhoodCode neighbourhood)
            implements ManifestoGroupEvent {
        public TopicRaised {
            Checks.positive(topic, "topic");
            InvalidValueException.requireNonNull(title, "title");
            InvalidValueException.requireNonNull(description, "description");
            InvalidValueException.requireNonNull(area, "area");
        }
    }

    /**
     * A ballot was cast; an earlier count no longer holds.
     *
     * @param voter   the participant
     * @param choices the topic numbers (see {@link Ballot})
     * @param onPaper whether the facilitator entered it from paper
     */
    record BallotCast(PersonId voter, List<Integer> choices, boolean onPaper) implements ManifestoGroupEvent {
        public BallotCast {
            InvalidValueException.requireNonNull(voter, "voter");
            choices = List.copyOf(InvalidValueException.requireNonNull(choices, "choices"));
        }
    }

    /**
     * The ballots were counted.
     *
     * @param result the count and the topics chosen
     */
    record TopicsPrioritised(Prioritisation result) implements ManifestoGroupEvent {
        public TopicsPrioritised {
            InvalidValueException.requireNonNull(result, "result");
        }
    }

    /**
     * The problem of a chosen topic was written; the draft has a new version.
     *
     * @param topic   the topic
     * @param problem the problem as the young people see it; erasable under the group's key
     */
    record TopicDrafted(int topic, Erasable<String> problem) implements ManifestoGroupEvent {
        public TopicDrafted {
            Checks.positive(topic, "topic");
            InvalidValueException.requireNonNull(problem, "problem");
        }
    }

    /**
     * An action was added to a chosen topic; the draft has a new version.
     *
     * @param action    its number
     * @param topic     the topic
     * @param request   what the young people ask; erasable under the group's key
     * @param addressee of whom
     * @param dueBy     by when; may be {@code null}
     */
    record ActionAdded(int action, int topic, Erasable<String> request, Addressee addressee, LocalDate dueBy) implements ManifestoGroupEvent {
        public ActionAdded {
            Checks.positive(action, "action");
            Checks.positive(topic, "topic");
            InvalidValueException.requireNonNull(request, "request");
            InvalidValueException.requireNonNull(addressee, "addressee");
        }
    }

    /**
     * An action was removed from the draft; the draft has a new version.
     *
     * @param action the action
     */
    record ActionRemoved(int action) implements ManifestoGroupEvent {
        public ActionRemoved {
            Checks.positive(action, "action");
        }
    }

    /**
     * A participant voted on a version of the draft.
     *
     * @param voter    the participant
     * @param version  the version
     * @param inFavour for or against
     */
    record DraftVoted(PersonId voter, int version, boolean inFavour) implements ManifestoGroupEvent {
        public DraftVoted {
            InvalidValueException.requireNonNull(voter, "voter");
            Checks.positive(version, "version");
        }
    }

    /**
     * The group approved its manifesto, on leaving the drafting.
     *
     * @param approval the version, the votes and the participants
     */
    record ManifestoApproved(Approval approval) implements ManifestoGroupEvent {
        public ManifestoApproved {
            InvalidValueException.requireNonNull(approval, "approval");
        }
    }

    /**
     * The manifesto was handed over to the council.
     *
     * @param handover when, where, to whom, and the agenda item if known
     */
    record ManifestoHandedOver(Handover handover) implements ManifestoGroupEvent {
        public ManifestoHandedOver {
            InvalidValueException.requireNonNull(handover, "handover");
        }
    }

    /**
     * The griffie recorded the agenda item of the manifesto.
     *
     * @param agendaItem the agenda item in the council information system
     */
    record AgendaItemRecorded(RisId agendaItem) implements ManifestoGroupEvent {
        public AgendaItemRecorded {
            InvalidValueException.requireNonNull(agendaItem, "agendaItem");
        }
    }

    /**
     * The council or the executive responded through an instrument.
     *
     * @param response   its number
     * @param instrument the instrument (a toezegging always with its deadline)
     * @param actions    the actions it answers
     * @param at         when it was recorded
     */
    record CouncilResponded(int response, CouncilInstrument instrument, List<Integer> actions, Instant at)
            implements ManifestoGroupEvent {
        public CouncilResponded {
            Checks.positive(response, "response");
            InvalidValueException.requireNonNull(instrument, "instrument");
            actions = List.copyOf(InvalidValueException.requireNonNull(actions, "actions"));
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * A toezegging passed its deadline unsettled; the group was told.
     *
     * @param response the response that recorded it
     * @param deadline its deadline
     */
    record CommitmentOverdue(int response, LocalDate deadline) implements ManifestoGroupEvent {
        public CommitmentOverdue {
            Checks.positive(response, "response");
            InvalidValueException.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * A toezegging was settled on the griffie's list.
     *
     * @param response  the response that recorded it
     * @param fulfilled whether it was kept
     * @param on        the day
     * @param note      what was done, or why not
     */
    record CommitmentSettled(int response, boolean fulfilled, LocalDate on, String note) implements ManifestoGroupEvent {
        public CommitmentSettled {
            Checks.positive(response, "response");
            InvalidValueException.requireNonNull(on, "on");
            InvalidValueException.requireNonNull(note, "note");
        }
    }

    /**
     * Progress on an action was reported.
     *
     * @param action the action
     * @param note   what happened
     * @param at     when
     */
    record ProgressRecorded(int action, String note, Instant at) implements ManifestoGroupEvent {
        public ProgressRecorded {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(note, "note");
            InvalidValueException.requireNonNull(at, "at");
        }
    }

    /**
     * Actions of the manifesto are realised by another method's instance: a {@code realised-by} link from this group to
     * a budget round or a residents' initiative, anchored in that instance's audit trail.
     *
     * @param actions    the actions
     * @param realisedBy the link ({@code realised-by})
     * @param line       the budget line that pays for them; empty for an initiative
     * @param at         when
     */
    record ActionsRealised(List<Integer> actions, StreamLink realisedBy, String line, Instant at)
            implements ManifestoGroupEvent, Linking {
        public ActionsRealised {
            actions = List.copyOf(InvalidValueException.requireNonNull(actions, "actions"));
            InvalidValueException.requireNonNull(realisedBy, "realisedBy");
            InvalidValueException.requireNonNull(line, "line");
            InvalidValueException.requireNonNull(at, "at");
        }

        @Override
        public Optional<StreamLink> link() {
            return Optional.of(realisedBy);
        }
    }

    /**
     * An action got its final status.
     *
     * @param action the action
     * @param done   whether it was done
     * @param note   what was done, or why not
     * @param on     the day
     */
    record ActionConcluded(int action, boolean done, String note, LocalDate on) implements ManifestoGroupEvent {
        public ActionConcluded {
            Checks.positive(action, "action");
            InvalidValueException.requireNonNull(note, "note");
            InvalidValueException.requireNonNull(on, "on");
        }
    }

    /**
     * The group closed.
     *
     * @param reason why; empty when it closed with every action final
     * @param at     when
     */
    record GroupClosed(String reason, Instant at) implements ManifestoGroupEvent {
        public GroupClosed {
            InvalidValueException.requireNonNull(reason, "reason");
            InvalidValueException.requireNonNull(at, "at");
        }
    }
}
