package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.Story.DE_VRIES;
import static nl.participatie.youthmanifesto.Story.OVERVECHT_NOORD;
import static nl.participatie.youthmanifesto.Story.UTRECHT;
import static nl.participatie.youthmanifesto.Story.young;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.value.Erasable;
import nl.participatie.testkit.MethodContract;
import nl.participatie.youthmanifesto.CouncilInstrument.Amendement;
import nl.participatie.youthmanifesto.CouncilInstrument.Motie;
import nl.participatie.youthmanifesto.CouncilInstrument.RaadsadresAnswer;
import nl.participatie.youthmanifesto.CouncilInstrument.Referral;
import nl.participatie.youthmanifesto.CouncilInstrument.Result;
import nl.participatie.youthmanifesto.CouncilInstrument.Toezegging;
import nl.participatie.youthmanifesto.CouncilInstrument.WrittenAnswer;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdaptProcess;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CloseGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.ConcludeAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.LeaveGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.MarkCommitmentOverdue;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordAgendaItem;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordProgress;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RemoveAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RequestConsentReconfirmation;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.SettleCommitment;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.VoteOnDraft;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.WithdrawConsent;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ActionAdded;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ActionConcluded;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ActionRemoved;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.AgendaItemRecorded;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.BallotCast;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.CommitmentOverdue;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.CommitmentSettled;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ConsentReconfirmationRequested;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ConsentWithdrawn;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.CouncilResponded;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.DraftVoted;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.GroupClosed;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.GroupStarted;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ManifestoApproved;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ManifestoHandedOver;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ParticipantEnrolled;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ParticipantLeft;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ProcessAdapted;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ProgressRecorded;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.StepAdvanced;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicDrafted;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicRaised;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicsPrioritised;

/** The contract of the manifesto group: every command decided, every event evolved, type ids, golden JSON files. */
class ManifestoGroupContractTest extends MethodContract<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> {

    private static final Instant T = Instant.parse("2026-03-02T10:15:30.123456Z");
    private static final LocalDate D = LocalDate.of(2026, 9, 10);
    private static final Addressee WETHOUDER_JEUGD = Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Jeugd");
    private static final Motie MOTIE = new Motie("Jongerenplek open tot 23 uur", RisId.of("ori:utrecht:motie:2026-041"), D,
            Result.ADOPTED, List.of(Party.of("GroenLinks"), Party.of("D66")),
            List.of(PartyVote.inFavour(Party.of("GroenLinks"), 10), PartyVote.inFavour(Party.of("D66"), 6),
                    new PartyVote(Party.of("CDA"), 1, 2), PartyVote.against(Party.of("VVD"), 5)), "");

    @Override
    protected ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ?> definition() {
        return YouthManifestoWorkflow.GROUPS;
    }

    @Override
    protected List<ManifestoGroupCommand> sampleCommands() {
        List<Stage> withVisit = new ArrayList<>(GroupProcess.defaults().stages());
        withVisit.add(2, Stage.own("Werkbezoek stadhuis"));
        return List.of(
                Story.START,
                Story.enrol(1),
                new LeaveGroup(young(1), "verhuisd"),
                new WithdrawConsent(young(1), Permission.GUARDIAN_CONSENT),
                new RequestConsentReconfirmation(young(1)),
                new AdaptProcess(withVisit, "besloten in de groep"),
                Story.advanceTo(2),
                Story.CHILL_SPOT,
                new CastBallot(young(1), List.of(1, 1, 2)),
                new CountBallots(),
                new DraftTopic(1, "Geen plek na tienen."),
                new AddAction(1, "Open het jongerencentrum tot 23 uur", WETHOUDER_JEUGD, D),
                new RemoveAction(1),
                new VoteOnDraft(true),
                new HandOver(LocalDate.of(2026, 6, 1), "raadsvergadering", "de voorzitter van de raad", RisId.of("ori:utrecht:ai:4711")),
                new RecordAgendaItem(RisId.of("ori:utrecht:ai:4711")),
                new RecordCouncilResponse(MOTIE, List.of(1)),
                new RecordCouncilResponse(new Amendement("Geld voor stages", null, D, Result.REJECTED, List.of(Party.of("PvdA")),
                        List.of(PartyVote.inFavour(Party.of("PvdA"), 4), PartyVote.against(Party.of("VVD"), 5)), "geen dekking"), List.of(2)),
                new RecordCouncilResponse(new Toezegging("Onderzoek", DE_VRIES, D, null), List.of(1)),
                new RecordCouncilResponse(new WrittenAnswer("Het college onderzoekt het.", RisId.of("RIB-2026-12"), D), List.of(1)),
                new RecordCouncilResponse(new Referral("commissie Mens en Samenleving", D), List.of(2)),
                new RecordCouncilResponse(new RaadsadresAnswer("Dank voor het manifest.", null, D), List.of(1, 2)),
                new SettleCommitment(1, true, "onderzoek gedeeld"),
                new MarkCommitmentOverdue(1),
                new RecordProgress(1, "we spraken de wethouder"),
                new ManifestoGroupCommand.MarkActionsRealised(List.of(2, 1), nl.participatie.core.value.StreamId.of(
                        "budgetmonitoring.budget-round", "utrecht-2026"), "jongerenwerk"),
                new ConcludeAction(1, false, "geen budget"),
                new CloseGroup("klaar"));
    }

    @Override
    protected List<ManifestoGroupEvent> sampleEvents() {
        List<Stage> withVisit = new ArrayList<>(GroupProcess.defaults().stages());
        withVisit.add(2, Stage.own("Werkbezoek stadhuis"));
        Prioritisation count = new Prioritisation(VotingMethod.DOT_VOTING, 12,
                List.of(new TopicScore(1, 20, 11, 0), new TopicScore(2, 16, 10, 0), new TopicScore(3, 0, 0, 0)), List.of(1, 2));
        return List.of(
                new GroupStarted("Youth Manifesto Overvecht", UTRECHT, ProcessingBasis.CONSENT, VotingMethod.DOT_VOTING, T),
                new ParticipantEnrolled(young(1), AgeBand.UNDER_16, RecruitmentChannel.YOUTH_WORK, OVERVECHT_NOORD),
                new ParticipantLeft(young(1), Erasable.of(young(1), "verhuisd")),
                new ConsentWithdrawn(young(1), Permission.GUARDIAN_CONSENT),
                new ConsentReconfirmationRequested(young(1)),
                new ProcessAdapted(GroupProcess.of(withVisit), "besloten in de groep"),
                new StepAdvanced(2, ManifestoGroupStep.TOPICS, T),
                new TopicRaised(1, Erasable.of(null, "Een plek om te chillen na 22 uur"), Erasable.of(null, "We worden weggestuurd."), PolicyArea.SPORT_CULTURE_AND_RECREATION,
                        OVERVECHT_NOORD),
                new BallotCast(young(1), List.of(1, 1, 2), true),
                new ManifestoGroupEvent.TopicsPrioritised(count),
                new TopicDrafted(1, Erasable.of(null, "Geen plek na tienen.")),
                new ActionAdded(1, 1, Erasable.of(null, "Open het jongerencentrum tot 23 uur"), WETHOUDER_JEUGD, D),
                new ActionRemoved(1),
                new DraftVoted(young(1), 3, true),
                new ManifestoApproved(new Approval(3, 9, 1, 12, T)),
                new ManifestoHandedOver(new Handover(LocalDate.of(2026, 6, 1), "raadsvergadering", "de voorzitter van de raad",
                        RisId.of("ori:utrecht:ai:4711"))),
                new AgendaItemRecorded(RisId.of("ori:utrecht:ai:4711")),
                new CouncilResponded(1, MOTIE, List.of(1, 2), T),
                new CommitmentOverdue(2, D.plusWeeks(8)),
                new CommitmentSettled(2, true, D.plusWeeks(9), "onderzoek gedeeld"),
                new ProgressRecorded(1, "we spraken de wethouder", T),
                new ManifestoGroupEvent.ActionsRealised(List.of(1, 2), nl.participatie.core.value.StreamLink.of("realised-by",
                        nl.participatie.core.value.StreamId.of("budgetmonitoring.budget-round", "utrecht-2026")), "jongerenwerk", T),
                new ActionConcluded(1, false, "geen budget", D),
                new GroupClosed("", T));
    }

    @Override
    protected List<ManifestoGroup> sampleStates() {
        List<ManifestoGroup> states = new ArrayList<>();
        for (ManifestoGroupStep step : List.of(ManifestoGroupStep.NEW, ManifestoGroupStep.RECRUITMENT, ManifestoGroupStep.TOPICS,
                ManifestoGroupStep.PRIORITISATION, ManifestoGroupStep.DRAFTING, ManifestoGroupStep.HANDOVER,
                ManifestoGroupStep.COUNCIL_RESPONSE, ManifestoGroupStep.FOLLOW_UP)) {
            states.add(Story.at(step).state());
        }
        states.add(FullRun.run().group());
        return states;
    }
}
