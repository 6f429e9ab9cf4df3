package nl.participatie.youthmanifesto.json;

import nl.participatie.core.API;
import nl.participatie.core.json.TypedJacksonModule;
import nl.participatie.youthmanifesto.CouncilInstrument;
import nl.participatie.youthmanifesto.ManifestoGroupCommand;
import nl.participatie.youthmanifesto.ManifestoGroupEvent;
import nl.participatie.youthmanifesto.Party;
import nl.participatie.youthmanifesto.RisId;

/**
 * The Jackson module of Youth Manifesto (<i>JSON-koppeling</i>): the stable, versioned type ids of the group's commands
 * and events ({@code youthmanifesto.ballot-cast.v1}) and of the council's instruments inside them
 * ({@code youthmanifesto.instrument.motie.v1}), and parties and council document ids as plain strings. The state and
 * the other value types are plain records and need nothing. Found through {@code META-INF/services}, so
 * {@code ParticipatieJson.defaults()}, {@code ObjectMapper.findAndRegisterModules()} pick it up;
 * Spring Boot registers it when it is a {@code Module} bean.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class YouthManifestoJacksonModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    /** The module; found by {@link java.util.ServiceLoader}. */
    public YouthManifestoJacksonModule() {
        super("participatie-youth-manifesto");
        commands(ManifestoGroupCommand.class);
        family(ManifestoGroupEvent.class);
        family(CouncilInstrument.class);
        stringValue(Party.class, Party::name, Party::of);
        stringValue(RisId.class, RisId::value, RisId::of);
        // Commands
        type(ManifestoGroupCommand.StartGroup.class, "youthmanifesto.start-group.v1");
        type(ManifestoGroupCommand.EnrolParticipant.class, "youthmanifesto.enrol-participant.v1");
        type(ManifestoGroupCommand.LeaveGroup.class, "youthmanifesto.leave-group.v1");
        type(ManifestoGroupCommand.WithdrawConsent.class, "youthmanifesto.withdraw-consent.v1");
        type(ManifestoGroupCommand.RequestConsentReconfirmation.class, "youthmanifesto.request-consent-reconfirmation.v1");
        type(ManifestoGroupCommand.AdaptProcess.class, "youthmanifesto.adapt-process.v1");
        type(ManifestoGroupCommand.AdvanceStep.class, "youthmanifesto.advance-step.v1");
        type(ManifestoGroupCommand.RaiseTopic.class, "youthmanifesto.raise-topic.v1");
        type(ManifestoGroupCommand.CastBallot.class, "youthmanifesto.cast-ballot.v1");
        type(ManifestoGroupCommand.CountBallots.class, "youthmanifesto.count-ballots.v1");
        type(ManifestoGroupCommand.DraftTopic.class, "youthmanifesto.draft-topic.v1");
        type(ManifestoGroupCommand.AddAction.class, "youthmanifesto.add-action.v1");
        type(ManifestoGroupCommand.RemoveAction.class, "youthmanifesto.remove-action.v1");
        type(ManifestoGroupCommand.VoteOnDraft.class, "youthmanifesto.vote-on-draft.v1");
        type(ManifestoGroupCommand.HandOver.class, "youthmanifesto.hand-over.v1");
        type(ManifestoGroupCommand.RecordAgendaItem.class, "youthmanifesto.record-agenda-item.v1");
        type(ManifestoGroupCommand.RecordCouncilResponse.class, "youthmanifesto.record-council-response.v1");
        type(ManifestoGroupCommand.SettleCommitment.class, "youthmanifesto.settle-commitment.v1");
        type(ManifestoGroupCommand.MarkCommitmentOverdue.class, "youthmanifesto.mark-commitment-overdue.v1");
        type(ManifestoGroupCommand.RecordProgress.class, "youthmanifesto.record-progress.v1");
        type(ManifestoGroupCommand.MarkActionsRealised.class, "youthmanifesto.mark-actions-realised.v1");
        type(ManifestoGroupCommand.ConcludeAction.class, "youthmanifesto.conclude-action.v1");
        type(ManifestoGroupCommand.CloseGroup.class, "youthmanifesto.close-group.v1");
        // Events
        type(ManifestoGroupEvent.GroupStarted.class, "youthmanifesto.group-started.v1");
        type(ManifestoGroupEvent.ParticipantEnrolled.class, "youthmanifesto.participant-enrolled.v1");
        type(ManifestoGroupEvent.ParticipantLeft.class, "youthmanifesto.participant-left.v2");
        // v2: texts written by the young people became erasable (crypto-shredding); see core/TRUST.md.
        upcastToErasable("youthmanifesto.participant-left.v1", "youthmanifesto.participant-left.v2", "person", "reason");
        type(ManifestoGroupEvent.ConsentWithdrawn.class, "youthmanifesto.consent-withdrawn.v1");
        type(ManifestoGroupEvent.ConsentReconfirmationRequested.class, "youthmanifesto.consent-reconfirmation-requested.v1");
        type(ManifestoGroupEvent.ProcessAdapted.class, "youthmanifesto.process-adapted.v1");
        type(ManifestoGroupEvent.StepAdvanced.class, "youthmanifesto.step-advanced.v1");
        type(ManifestoGroupEvent.TopicRaised.class, "youthmanifesto.topic-raised.v2");
        upcastToErasable("youthmanifesto.topic-raised.v1", "youthmanifesto.topic-raised.v2", null, "title", "description");
        type(ManifestoGroupEvent.BallotCast.class, "youthmanifesto.ballot-cast.v1");
        type(ManifestoGroupEvent.TopicsPrioritised.class, "youthmanifesto.topics-prioritised.v1");
        type(ManifestoGroupEvent.TopicDrafted.class, "youthmanifesto.topic-drafted.v2");
        upcastToErasable("youthmanifesto.topic-drafted.v1", "youthmanifesto.topic-drafted.v2", null, "problem");
        type(ManifestoGroupEvent.ActionAdded.class, "youthmanifesto.action-added.v2");
        upcastToErasable("youthmanifesto.action-added.v1", "youthmanifesto.action-added.v2", null, "request");
        type(ManifestoGroupEvent.ActionRemoved.class, "youthmanifesto.action-removed.v1");
        type(ManifestoGroupEvent.DraftVoted.class, "youthmanifesto.draft-voted.v1");
        type(ManifestoGroupEvent.ManifestoApproved.class, "youthmanifesto.manifesto-approved.v1");
        type(ManifestoGroupEvent.ManifestoHandedOver.class, "youthmanifesto.manifesto-handed-over.v1");
        type(ManifestoGroupEvent.AgendaItemRecorded.class, "youthmanifesto.agenda-item-recorded.v1");
        type(ManifestoGroupEvent.CouncilResponded.class, "youthmanifesto.council-responded.v1");
        type(ManifestoGroupEvent.CommitmentOverdue.class, "youthmanifesto.commitment-overdue.v1");
        type(ManifestoGroupEvent.CommitmentSettled.class, "youthmanifesto.commitment-settled.v1");
        type(ManifestoGroupEvent.ProgressRecorded.class, "youthmanifesto.progress-recorded.v1");
        type(ManifestoGroupEvent.ActionsRealised.class, "youthmanifesto.actions-realised.v1");
        type(ManifestoGroupEvent.ActionConcluded.class, "youthmanifesto.action-concluded.v1");
        type(ManifestoGroupEvent.GroupClosed.class, "youthmanifesto.group-closed.v1");
        // The council's instruments, inside commands, events and the state
        type(CouncilInstrument.Motie.class, "youthmanifesto.instrument.motie.v1");
        type(CouncilInstrument.Amendement.class, "youthmanifesto.instrument.amendement.v1");
        type(CouncilInstrument.Toezegging.class, "youthmanifesto.instrument.toezegging.v1");
        type(CouncilInstrument.WrittenAnswer.class, "youthmanifesto.instrument.written-answer.v1");
        type(CouncilInstrument.Referral.class, "youthmanifesto.instrument.referral.v1");
        type(CouncilInstrument.RaadsadresAnswer.class, "youthmanifesto.instrument.raadsadres-answer.v1");
    }
}
