package nl.participatie.youthmanifesto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;

/**
 * What the people of a Youth Manifesto group ask (<i>opdracht</i>): form the group, adapt its process, raise and
 * prioritise topics, write and approve the manifesto, hand it over, record what the council and the executive do with
 * every action, and follow it up. Each command is checked with Bean Validation, then against the workflow
 * ({@code YouthManifestoWorkflow.GROUPS}: step and role), then by {@link ManifestoGroupDecider}. Topics, actions and
 * responses are referred to by their number within the group.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface ManifestoGroupCommand {

    /**
     * Starts a group; it enters recruitment, with the method's default process.
     *
     * @param name         its name, e.g. "Youth Manifesto Overvecht 2026"
     * @param municipality the municipality
     * @param basis        the legal basis on which the participants' data is processed: decides whether AVG consent is
     *                     needed
     * @param votingMethod how it votes on its topics; {@code null} for the municipality's default
     */
    record StartGroup(@NotBlank @Size(max = 200) String name, @NotNull MunicipalityCode municipality,
                      @NotNull ProcessingBasis basis, VotingMethod votingMethod) implements ManifestoGroupCommand {
    }

    /**
     * Takes a young person into the group (before the hand-over). Their record must be in the personal-data store, their
     * age in the municipality's range, and the permissions they need on the day given; a full group refuses.
     *
     * @param person        the young person
     * @param channel       how they were reached
     * @param neighbourhood where they live; may be {@code null}
     */
    record EnrolParticipant(@NotNull PersonId person, @NotNull RecruitmentChannel channel, NeighbourhoodCode neighbourhood)
            implements ManifestoGroupCommand {
    }

    /**
     * A participant leaves (a participant only themselves). A group that shrinks below its minimum is reported by the
     * health check, not refused. Their topics, ballots and votes stay.
     *
     * @param person the participant
     * @param reason why; may be empty
     */
    record LeaveGroup(@NotNull PersonId person, @NotNull @Size(max = 1000) String reason) implements ManifestoGroupCommand {
    }

    /**
     * A parent or guardian (through the facilitator) or the participant from 16 withdraws AVG consent, in a group on the
     * consent basis: the participant leaves, and their personal data is to be erased (the facade
     * {@link YouthManifesto#withdrawConsent} does so at once). The manifesto stays as it is.
     *
     * @param person  the participant, now or before
     * @param consent which consent: {@link Permission#GUARDIAN_CONSENT} or {@link Permission#OWN_CONSENT}
     */
    record WithdrawConsent(@NotNull PersonId person, @NotNull Permission consent) implements ManifestoGroupCommand {
    }

    /**
     * Asks a participant on the consent basis who turned 16 to re-confirm their consent themselves; fired by the system
     * when due ({@link ManifestoGroupDecider#due}).
     *
     * @param person the participant
     */
    record RequestConsentReconfirmation(@NotNull PersonId person) implements ManifestoGroupCommand {
    }

    /**
     * Records the group's decision to adapt its process: rename steps, add own steps, reorder the steps before the
     * hand-over. The stages passed and the current one stay as they were; {@link GroupProcess#check()} says what else
     * must hold.
     *
     * @param stages the whole new process, in order
     * @param reason what the group decided, and why
     */
    record AdaptProcess(@NotEmpty @Size(max = 20) List<@NotNull @Valid Stage> stages, @NotBlank @Size(max = 1000) String reason)
            implements ManifestoGroupCommand {
        public AdaptProcess {
            stages = Checks.commandList(stages);
        }
    }

    /**
     * Moves the group to the next stage of its process, named by its number (so a command sent twice cannot skip one),
     * once the current stage is complete.
     *
     * @param stage the number of the next stage, from 1
     */
    record AdvanceStep(@Positive int stage) implements ManifestoGroupCommand {
    }

    /**
     * Raises a topic (a participant, or the facilitator for one).
     *
     * @param title         what it is about
     * @param description   what the young people see
     * @param area          the policy area
     * @param neighbourhood the neighbourhood it is about; may be {@code null}
     */
    record RaiseTopic(@NotBlank @Size(max = 200) String title, @NotNull @Size(max = 4000) String description,
                      @NotNull PolicyArea area, NeighbourhoodCode neighbourhood) implements ManifestoGroupCommand {
    }

    /**
     * Casts a ballot on the topics: a participant for themselves in the app, or the facilitator entering a paper ballot
     * cast at a meeting. Each participant votes once, either way.
     *
     * @param voter   the participant whose ballot it is
     * @param choices topic numbers: one per dot, or in order of preference (see {@link Ballot})
     */
    record CastBallot(@NotNull PersonId voter, @NotEmpty @Size(max = 100) List<@NotNull @Positive Integer> choices)
            implements ManifestoGroupCommand {
        public CastBallot {
            choices = Checks.commandList(choices);
        }
    }

    /** Counts the ballots ({@link Prioritisation}); again after a later ballot. */
    record CountBallots() implements ManifestoGroupCommand {
    }

    /**
     * Writes (or rewrites) the problem of a chosen topic as the young people see it.
     *
     * @param topic   the topic
     * @param problem the problem
     */
    record DraftTopic(@Positive int topic, @NotBlank @Size(max = 4000) String problem) implements ManifestoGroupCommand {
    }

    /**
     * Adds an action to a chosen topic: what the young people ask, of whom, by when.
     *
     * @param topic     the topic
     * @param request   what they ask
     * @param addressee of whom
     * @param dueBy     by when; may be {@code null}; not in the past
     */
    record AddAction(@Positive int topic, @NotBlank @Size(max = 1000) String request, @NotNull @Valid Addressee addressee,
                     LocalDate dueBy) implements ManifestoGroupCommand {
    }

    /**
     * Removes an action from the draft.
     *
     * @param action the action
     */
    record RemoveAction(@Positive int action) implements ManifestoGroupCommand {
    }

    /**
     * A participant votes for or against the current version of the draft; once per version.
     *
     * @param inFavour for or against
     */
    record VoteOnDraft(boolean inFavour) implements ManifestoGroupCommand {
    }

    /**
     * Records the hand-over of the manifesto to the council.
     *
     * @param on         the day; not in the future
     * @param meeting    the meeting
     * @param receivedBy to whom
     * @param agendaItem the agenda item in the council information system; may be {@code null} (see
     *                   {@link RecordAgendaItem})
     */
    record HandOver(@NotNull LocalDate on, @NotBlank @Size(max = 200) String meeting, @NotBlank @Size(max = 200) String receivedBy,
                    RisId agendaItem) implements ManifestoGroupCommand {
    }

    /**
     * The griffie records the agenda item under which the manifesto is on the council's agenda.
     *
     * @param agendaItem the agenda item in the council information system
     */
    record RecordAgendaItem(@NotNull RisId agendaItem) implements ManifestoGroupCommand {
    }

    /**
     * Records a response of the council or the executive through one of its instruments, linked to the actions it
     * answers. A rejected motie or amendement needs its reason; its result must follow from the votes.
     *
     * @param instrument the instrument
     * @param actions    the numbers of the actions it answers
     */
    record RecordCouncilResponse(@NotNull @Valid CouncilInstrument instrument,
                                 @NotEmpty @Size(max = 50) List<@NotNull @Positive Integer> actions) implements ManifestoGroupCommand {
        public RecordCouncilResponse {
            actions = Checks.commandList(actions);
        }
    }

    /**
     * Settles a toezegging on the griffie's list: kept (on time or late, by today's date against its deadline) or not
     * kept, with the reason.
     *
     * @param response  the response that recorded the toezegging
     * @param fulfilled whether it was kept
     * @param note      what was done; why not (required then)
     */
    record SettleCommitment(@Positive int response, boolean fulfilled, @NotNull @Size(max = 2000) String note)
            implements ManifestoGroupCommand {
    }

    /**
     * Marks a toezegging past its deadline and tells the group; fired by the system when due.
     *
     * @param response the response that recorded the toezegging
     */
    record MarkCommitmentOverdue(@Positive int response) implements ManifestoGroupCommand {
    }

    /**
     * Reports progress on an action.
     *
     * @param action the action
     * @param note   what happened
     */
    record RecordProgress(@Positive int action, @NotBlank @Size(max = 2000) String note) implements ManifestoGroupCommand {
    }

    /**
     * Records that actions of the manifesto are realised by another method's instance (<i>gerealiseerd via</i>): a
     * {@code realised-by} link from this group to a Budgetmonitoring round whose council decision adopted a
     * reallocation for them (fired by the system, by the reaction to that decision), or to a residents' initiative of
     * Burgers aan het stuur that takes them up (recorded by the facilitator or a civil servant). The other instance must
     * exist in the same store. Every young participant is told.
     *
     * @param actions    the actions
     * @param realisedBy the budget round ({@code budgetmonitoring.budget-round}) or initiative
     *                   ({@code burgersaanhetstuur.initiative})
     * @param line       the budget line that pays for them, as the round names it; empty for an initiative
     */
    record MarkActionsRealised(@NotEmpty @Size(max = 50) List<@NotNull @Positive Integer> actions, @NotNull StreamId realisedBy,
                               @NotNull @Size(max = 100) String line) implements ManifestoGroupCommand {
        public MarkActionsRealised {
            actions = Checks.commandList(actions);
        }
    }

    /**
     * Gives an action its final status: done, or not done with the reason.
     *
     * @param action the action
     * @param done   whether it was done
     * @param note   what was done; why not (required then)
     */
    record ConcludeAction(@Positive int action, boolean done, @NotNull @Size(max = 2000) String note)
            implements ManifestoGroupCommand {
    }

    /**
     * Closes the group: when every action of the manifesto has its final status, or before that by decision, with the
     * reason.
     *
     * @param reason why; may be empty in the follow-up when every action is final
     */
    record CloseGroup(@NotNull @Size(max = 1000) String reason) implements ManifestoGroupCommand {
    }
}
