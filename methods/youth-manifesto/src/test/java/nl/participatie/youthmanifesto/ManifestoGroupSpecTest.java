package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.Story.AMBTENAAR;
import static nl.participatie.youthmanifesto.Story.CHILL_SPOT;
import static nl.participatie.youthmanifesto.Story.DE_VRIES;
import static nl.participatie.youthmanifesto.Story.GRIFFIE_UTRECHT;
import static nl.participatie.youthmanifesto.Story.OVERVECHT_NOORD;
import static nl.participatie.youthmanifesto.Story.SAM;
import static nl.participatie.youthmanifesto.Story.START;
import static nl.participatie.youthmanifesto.Story.T0;
import static nl.participatie.youthmanifesto.Story.UTRECHT;
import static nl.participatie.youthmanifesto.Story.WETHOUDER;
import static nl.participatie.youthmanifesto.Story.advanceTo;
import static nl.participatie.youthmanifesto.Story.at;
import static nl.participatie.youthmanifesto.Story.enrol;
import static nl.participatie.youthmanifesto.Story.scenario;
import static nl.participatie.youthmanifesto.Story.young;
import static nl.participatie.youthmanifesto.Story.youngActor;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.FACILITATOR;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.GRIFFIE;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.YOUNG_PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.participatie.core.Notification;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Recipient;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.testkit.Spec;
import nl.participatie.youthmanifesto.CouncilInstrument.Amendement;
import nl.participatie.youthmanifesto.CouncilInstrument.Motie;
import nl.participatie.youthmanifesto.CouncilInstrument.RaadsadresAnswer;
import nl.participatie.youthmanifesto.CouncilInstrument.Referral;
import nl.participatie.youthmanifesto.CouncilInstrument.Result;
import nl.participatie.youthmanifesto.CouncilInstrument.Toezegging;
import nl.participatie.youthmanifesto.CouncilInstrument.WrittenAnswer;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdaptProcess;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdvanceStep;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CloseGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.ConcludeAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.MarkActionsRealised;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.EnrolParticipant;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.LeaveGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.MarkCommitmentOverdue;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RaiseTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordAgendaItem;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordProgress;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RemoveAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RequestConsentReconfirmation;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.SettleCommitment;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.StartGroup;
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

/**
 * Given/when/then specifications of every command of a Youth Manifesto group: the accepted path, then each way it is
 * refused (wrong step, wrong role, invalid input, and the rules that need the state or the participants' records),
 * with the codes. Every code of {@link ManifestoGroupRejection} is provoked at least once:
 * {@link #everyRejectionCodeWasProvoked()} checks it after all scenarios (so run the class as a whole).
 */
class ManifestoGroupSpecTest {

    private static final String STEP = "workflow.step-not-allowed";
    private static final String ROLE = "workflow.role-not-allowed";
    private static final String INSTANCE = "workflow.not-in-instance";
    private static final String P = "youthmanifesto.";
    private static final Recipient PARTICIPANTS = Recipient.everyone(YOUNG_PARTICIPANT);

    @BeforeAll
    static void recordFromHereOn() {
        Story.REFUSED.clear();
    }

    @AfterAll
    static void everyRejectionCodeWasProvoked() {
        Set<String> missing = new TreeSet<>();
        for (ManifestoGroupRejection code : ManifestoGroupRejection.values()) {
            if (!Story.REFUSED.contains(code.code())) {
                missing.add(code.code());
            }
        }
        assertThat(missing).as("rejection codes no scenario of ManifestoGroupSpecTest provoked").isEmpty();
    }

    private static Story.Scenario recruiting(int participants) {
        Story.Scenario s = scenario().given(SAM, START);
        for (int n = 1; n <= participants; n++) {
            s.given(SAM, enrol(n));
        }
        return s;
    }

    @Nested
    class StartingAGroup {

        @Test
        void entersRecruitmentWithTheDefaultProcessAndTheMunicipalitysVotingMethod() {
            scenario().when(SAM, START)
                    .thenEvents(new GroupStarted("Youth Manifesto Overvecht", UTRECHT, ProcessingBasis.CONSENT, VotingMethod.DOT_VOTING, T0))
                    .thenState(s -> {
                        assertThat(s.step()).isEqualTo(ManifestoGroupStep.RECRUITMENT);
                        assertThat(s.stage()).isEqualTo(1);
                        assertThat(s.process()).isEqualTo(GroupProcess.defaults());
                    })
                    .thenNotified(n -> {
                        assertThat(n).extracting(Notification::recipient).containsExactly(PARTICIPANTS, Recipient.everyone(FACILITATOR));
                        assertThat(n.get(0).message().nl()).isEqualTo("'Youth Manifesto Overvecht' is nu in fase 1: Werving");
                        assertThat(n.get(0).message().en()).isEqualTo("'Youth Manifesto Overvecht' is now in stage 1: Recruitment");
                    });
        }

        @Test
        void theGroupMayChooseRanking() {
            scenario().when(AMBTENAAR, new StartGroup(" Manifest ", UTRECHT, ProcessingBasis.PUBLIC_TASK, VotingMethod.RANKING))
                    .thenState(s -> assertThat(s.votingMethod()).isEqualTo(VotingMethod.RANKING))
                    .thenState(s -> assertThat(s.name()).isEqualTo("Manifest"));
        }

        @Test
        void onlyOnceAndNotByAYoungPerson() {
            at(ManifestoGroupStep.RECRUITMENT).when(SAM, START).thenRejected(STEP);
            scenario().when(youngActor(1), START).thenRejected(ROLE);
            scenario().when(SAM, new StartGroup("", UTRECHT, null, null)).thenRejected("constraint.NotNull", "constraint.NotBlank");
        }
    }

    @Nested
    class Enrolling {

        @Test
        void recordsTheAgeBandChannelAndNeighbourhoodNeverTheBirthDate() {
            scenario().given(SAM, START).when(SAM, enrol(1))
                    .thenEvents(new ParticipantEnrolled(young(1), AgeBand.UNDER_16, RecruitmentChannel.YOUTH_WORK, OVERVECHT_NOORD))
                    .thenState(s -> assertThat(s.participants()).extracting(Participant::person).containsExactly(young(1)));
        }

        @Test
        void twelveToSixteenAndNotASeventeenth() {
            recruiting(16).when(SAM, enrol(17)).thenRejected(P + "group-full");
            recruiting(15).when(SAM, enrol(16)).thenAccepted(e -> assertThat(e).hasSize(1));
        }

        @Test
        void startingWithElevenIsRefusedWithTwelveAndSixteenItStarts() {
            recruiting(11).when(SAM, advanceTo(2)).thenRejected(P + "group-too-small");
            recruiting(12).when(SAM, advanceTo(2))
                    .thenEvents(new StepAdvanced(2, ManifestoGroupStep.TOPICS, T0));
            recruiting(16).when(SAM, advanceTo(2)).thenAccepted(e -> assertThat(e).hasSize(1));
        }

        @Test
        void onlyWithARecordOnceAndByTheFacilitator() {
            scenario().given(SAM, START).when(SAM, new EnrolParticipant(PersonId.of("p-unknown"), RecruitmentChannel.OTHER, null))
                    .thenRejected(P + "record-missing");
            recruiting(1).when(SAM, enrol(1)).thenRejected(P + "already-a-participant");
            scenario().given(SAM, START).when(youngActor(1), enrol(1)).thenRejected(ROLE);
            at(ManifestoGroupStep.HANDOVER).when(SAM, enrol(13)).thenRejected(STEP);
        }

        @Test
        void theAgeRangeCountsOnTheDayOfEnrolment() {
            Story.Scenario s = scenario().given(SAM, START);
            s.register().put(ParticipantRecord.of(young(20), "Te jong", today().minusYears(12).plusDays(1))
                    .withPermissionToTakePart(today()).withGuardianConsent(today()));
            s.register().put(ParticipantRecord.of(young(21), "Net twaalf", today().minusYears(12))
                    .withPermissionToTakePart(today()).withGuardianConsent(today()));
            s.register().put(ParticipantRecord.of(young(22), "Net 23", today().minusYears(24).plusDays(1)).withOwnConsent(today()));
            s.register().put(ParticipantRecord.of(young(23), "Te oud", today().minusYears(24)).withOwnConsent(today()));
            s.when(SAM, new EnrolParticipant(young(20), RecruitmentChannel.SCHOOL, null)).thenRejected(P + "age-out-of-range");
            s.when(SAM, new EnrolParticipant(young(21), RecruitmentChannel.SCHOOL, null)).thenAccepted(e -> assertThat(e).hasSize(1));
            s.when(SAM, new EnrolParticipant(young(22), RecruitmentChannel.SCHOOL, null))
                    .thenEvents(new ParticipantEnrolled(young(22), AgeBand.AGE_18_AND_OVER, RecruitmentChannel.SCHOOL, null));
            s.when(SAM, new EnrolParticipant(young(23), RecruitmentChannel.SCHOOL, null)).thenRejected(P + "age-out-of-range");
        }

        @Test
        void aParentsPermissionToTakePartIsTheOrganisersRuleOnEveryBasis() {
            Story.Scenario s = scenario().given(SAM, new StartGroup("Publiek", UTRECHT, ProcessingBasis.PUBLIC_TASK, null));
            s.register().put(ParticipantRecord.of(young(20), "Zonder toestemming", LocalDate.of(2011, 1, 1)));
            s.when(SAM, new EnrolParticipant(young(20), RecruitmentChannel.SCHOOL, null)).thenRejected(P + "permission-to-take-part-missing");
            Story.Scenario lenient = Story.scenario(ManifestoGroupRules.defaults().withPermissionToTakePartBelowAge(0))
                    .given(SAM, new StartGroup("Publiek", UTRECHT, ProcessingBasis.PUBLIC_TASK, null));
            lenient.register().put(ParticipantRecord.of(young(20), "Zonder toestemming", LocalDate.of(2011, 1, 1)));
            lenient.when(SAM, new EnrolParticipant(young(20), RecruitmentChannel.SCHOOL, null)).thenAccepted(e -> assertThat(e).hasSize(1));
        }

        @Test
        void onThePublicTaskNoAvgConsentIsNeeded() {
            Story.Scenario s = scenario().given(SAM, new StartGroup("Publiek", UTRECHT, ProcessingBasis.PUBLIC_TASK, null));
            s.register().put(ParticipantRecord.of(young(20), "Vijftien", LocalDate.of(2010, 9, 1)).withPermissionToTakePart(today()));
            s.register().put(ParticipantRecord.of(young(21), "Zeventien", LocalDate.of(2008, 9, 1)));
            s.when(SAM, new EnrolParticipant(young(20), RecruitmentChannel.SCHOOL, null)).thenAccepted(e -> assertThat(e).hasSize(1));
            s.when(SAM, new EnrolParticipant(young(21), RecruitmentChannel.SCHOOL, null)).thenAccepted(e -> assertThat(e).hasSize(1));
        }

        @Test
        void bornOnTheFirstOfJuneTwoThousandTenTheGuardiansConsentIsNeededOnTheThirtyFirstOfMayNotOnTheFirstOfJune() {
            // The participant consents herself on her sixteenth birthday; the day before, only a guardian can.
            ParticipantRecord birthday = ParticipantRecord.of(young(20), "Jarig", LocalDate.of(2010, 6, 1))
                    .withPermissionToTakePart(LocalDate.of(2026, 5, 1)).withOwnConsent(LocalDate.of(2026, 6, 1));
            Story.Scenario before = scenario().on(LocalDate.of(2026, 5, 1)).given(SAM, START);
            before.register().put(birthday);
            before.on(LocalDate.of(2026, 5, 31)).when(SAM, new EnrolParticipant(young(20), RecruitmentChannel.SCHOOL, null))
                    .thenRejected(P + "guardian-consent-missing");
            Story.Scenario on = scenario().on(LocalDate.of(2026, 5, 1)).given(SAM, START);
            on.register().put(birthday);
            on.on(LocalDate.of(2026, 6, 1)).when(SAM, new EnrolParticipant(young(20), RecruitmentChannel.SCHOOL, null))
                    .thenEvents(new ParticipantEnrolled(young(20), AgeBand.AGE_16_17, RecruitmentChannel.SCHOOL, null));
        }

        @Test
        void fromSixteenOnConsentTheParticipantConsentsThemselvesAGuardiansEarlierConsentDoesNotCount() {
            Story.Scenario s = scenario().on(LocalDate.of(2026, 6, 1)).given(SAM, START);
            s.register().put(ParticipantRecord.of(young(20), "Zestien", LocalDate.of(2010, 6, 1))
                    .withGuardianConsent(LocalDate.of(2026, 5, 1)).withOwnConsent(LocalDate.of(2026, 5, 31)));
            s.when(SAM, new EnrolParticipant(young(20), RecruitmentChannel.SCHOOL, null)).thenRejected(P + "own-consent-missing");
        }

        @Test
        void theRecruitmentEndsOnlyWhenEveryoneStillHasThePermissionsNeededThatDay() {
            Story.Scenario s = recruiting(12);
            s.register().put(Story.record(3).withGuardianConsent(null));
            s.register().erase(young(4));
            s.when(SAM, advanceTo(2)).thenRejected(P + "guardian-consent-missing", P + "record-missing");
        }
    }

    @Nested
    class LeavingAndWithdrawing {

        @Test
        void aParticipantLeavesThemselvesAndTheGroupMayShrinkBelowItsMinimum() {
            at(ManifestoGroupStep.TOPICS).when(youngActor(5), new LeaveGroup(young(5), " verhuisd "))
                    .thenEvents(new ParticipantLeft(young(5), Erasable.of(young(5), "verhuisd")))
                    .thenState(s -> {
                        assertThat(s.participants()).hasSize(11);
                        assertThat(s.former()).containsExactly(young(5));
                    });
        }

        @Test
        void onlyThemselvesAndOnlyWhenInTheGroup() {
            at(ManifestoGroupStep.TOPICS).when(youngActor(5), new LeaveGroup(young(6), "")).thenRejected(P + "self-only");
            at(ManifestoGroupStep.TOPICS).when(SAM, new LeaveGroup(young(15), "")).thenRejected(P + "not-a-participant");
            at(ManifestoGroupStep.TOPICS).when(youngActor(15), new LeaveGroup(young(15), "")).thenRejected(INSTANCE);
        }

        @Test
        void aGuardiansWithdrawalTakesTheParticipantOutAndMarksTheDataForErasure() {
            at(ManifestoGroupStep.TOPICS).when(SAM, new WithdrawConsent(young(5), Permission.GUARDIAN_CONSENT))
                    .thenEvents(new ConsentWithdrawn(young(5), Permission.GUARDIAN_CONSENT))
                    .thenState(s -> {
                        assertThat(s.isParticipant(young(5))).isFalse();
                        assertThat(s.withdrawn()).containsExactly(young(5));
                    });
        }

        @Test
        void afterLeavingConsentCanStillBeWithdrawnOnceByTheParticipantThemself() {
            Story.Scenario s = at(ManifestoGroupStep.TOPICS).given(youngActor(5), new LeaveGroup(young(5), ""));
            s.when(youngActor(5), new WithdrawConsent(young(5), Permission.OWN_CONSENT))
                    .thenState(g -> assertThat(g.withdrawn()).containsExactly(young(5)));
            s.when(SAM, new WithdrawConsent(young(5), Permission.GUARDIAN_CONSENT)).thenRejected(P + "consent-already-withdrawn");
        }

        @Test
        void onlyAnAvgConsentOnTheConsentBasisForOneselfOfSomeoneWhoWasInTheGroup() {
            at(ManifestoGroupStep.TOPICS).when(youngActor(5), new WithdrawConsent(young(6), Permission.GUARDIAN_CONSENT))
                    .thenRejected(P + "self-only");
            at(ManifestoGroupStep.TOPICS).when(SAM, new WithdrawConsent(young(5), Permission.PERMISSION_TO_TAKE_PART))
                    .thenRejected(P + "not-a-consent");
            at(ManifestoGroupStep.TOPICS).when(SAM, new WithdrawConsent(young(15), Permission.GUARDIAN_CONSENT))
                    .thenRejected(P + "not-a-participant");
            Story.Scenario publicTask = scenario().given(SAM, new StartGroup("Publiek", UTRECHT, ProcessingBasis.PUBLIC_TASK, null),
                    enrol(1));
            publicTask.when(SAM, new WithdrawConsent(young(1), Permission.GUARDIAN_CONSENT)).thenRejected(P + "no-consent-basis");
        }
    }

    @Nested
    class ReconfirmingConsentAtSixteen {

        @Test
        void theSystemAsksOnceWhenAParticipantOnConsentTurnsSixteen() {
            Story.Scenario s = at(ManifestoGroupStep.TOPICS);
            assertThat(s.spec().engine().due(s.spec().stream(), s.clock().instant())).isEmpty();
            s.on(LocalDate.of(2026, 9, 1));
            s.whenDeadlinesPass()
                    .thenState(g -> assertThat(g.participants()).allMatch(Participant::reconfirmationRequested))
                    .thenNotified(n -> {
                        assertThat(n).extracting(Notification::recipient, Notification::code)
                                .containsExactly(tuple(Recipient.person(young(12)), P + "consent-reconfirmation-requested"));
                        assertThat(n.get(0).message().nl()).startsWith("Je bent 16 geworden");
                    });
            assertThat(s.spec().engine().due(s.spec().stream(), s.clock().instant())).isEmpty();
        }

        @Test
        void notForAFifteenYearOldNorOnThePublicTaskNorByAnyoneButTheSystem() {
            at(ManifestoGroupStep.TOPICS).when(Actor.SYSTEM, new RequestConsentReconfirmation(young(1)))
                    .thenRejected(P + "reconfirmation-not-due");
            at(ManifestoGroupStep.TOPICS).when(SAM, new RequestConsentReconfirmation(young(1))).thenRejected(ROLE);
        }

        @Test
        void notWhenTheParticipantAlreadyConsentedThemself() {
            Story.Scenario s = at(ManifestoGroupStep.TOPICS);
            s.register().put(Story.record(1).withOwnConsent(LocalDate.of(2026, 9, 1)));
            s.on(LocalDate.of(2026, 9, 2)).when(Actor.SYSTEM, new RequestConsentReconfirmation(young(1)))
                    .thenRejected(P + "reconfirmation-not-due");
        }
    }

    @Nested
    class AdaptingTheProcess {

        private final List<Stage> withFieldVisit = List.of(Stage.of(ManifestoGroupStep.RECRUITMENT),
                Stage.named(ManifestoGroupStep.TOPICS, "Wat speelt er?"), Stage.own("Werkbezoek stadhuis"),
                Stage.of(ManifestoGroupStep.PRIORITISATION), Stage.of(ManifestoGroupStep.DRAFTING), Stage.of(ManifestoGroupStep.HANDOVER),
                Stage.of(ManifestoGroupStep.COUNCIL_RESPONSE), Stage.of(ManifestoGroupStep.FOLLOW_UP));

        @Test
        void theGroupRenamesAndAddsAStep() {
            at(ManifestoGroupStep.RECRUITMENT).when(SAM, new AdaptProcess(withFieldVisit, "besloten op 2 maart"))
                    .thenEvents(new ProcessAdapted(GroupProcess.of(withFieldVisit), "besloten op 2 maart"))
                    .thenState(s -> assertThat(s.process().size()).isEqualTo(8));
        }

        @Test
        void followUpBeforeTheHandOverIsRefusedWithItsOwnCode() {
            List<Stage> wrong = List.of(Stage.of(ManifestoGroupStep.RECRUITMENT), Stage.of(ManifestoGroupStep.TOPICS),
                    Stage.of(ManifestoGroupStep.PRIORITISATION), Stage.of(ManifestoGroupStep.DRAFTING), Stage.of(ManifestoGroupStep.FOLLOW_UP),
                    Stage.of(ManifestoGroupStep.HANDOVER), Stage.of(ManifestoGroupStep.COUNCIL_RESPONSE));
            Spec<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup>.Then then =
                    at(ManifestoGroupStep.RECRUITMENT).when(SAM, new AdaptProcess(wrong, "x")).thenRejected(P + "process-order-invalid");
            assertThat(then.violations().get(0).message().en()).startsWith("HANDOVER must come before FOLLOW_UP");
            assertThat(then.violations().get(0).path()).isEqualTo("stages[4]");
        }

        @Test
        void everyOtherWayToBreakTheProcessHasItsCode() {
            Story.Scenario s = at(ManifestoGroupStep.RECRUITMENT);
            s.when(SAM, new AdaptProcess(List.of(Stage.of(ManifestoGroupStep.TOPICS), Stage.of(ManifestoGroupStep.RECRUITMENT),
                    Stage.of(ManifestoGroupStep.PRIORITISATION), Stage.of(ManifestoGroupStep.DRAFTING), Stage.of(ManifestoGroupStep.HANDOVER),
                    Stage.of(ManifestoGroupStep.COUNCIL_RESPONSE), Stage.of(ManifestoGroupStep.FOLLOW_UP)), "x"))
                    .thenRejected(P + "process-recruitment-not-first", P + "process-order-invalid", P + "process-past-changed");
            s.when(SAM, new AdaptProcess(List.of(Stage.of(ManifestoGroupStep.RECRUITMENT), Stage.of(ManifestoGroupStep.TOPICS),
                    Stage.of(ManifestoGroupStep.TOPICS), Stage.of(ManifestoGroupStep.CLOSED), Stage.own(" ")), "x"))
                    .thenRejected(P + "process-step-repeated", P + "process-step-not-adaptable", P + "process-own-step-unnamed",
                            P + "process-step-missing", P + "process-step-missing", P + "process-step-missing", P + "process-step-missing",
                            P + "process-step-missing");
            s.when(SAM, new AdaptProcess(List.of(Stage.of(ManifestoGroupStep.RECRUITMENT), Stage.of(ManifestoGroupStep.TOPICS),
                    Stage.of(ManifestoGroupStep.PRIORITISATION), Stage.of(ManifestoGroupStep.DRAFTING), Stage.of(ManifestoGroupStep.HANDOVER),
                    Stage.own("Feest"), Stage.of(ManifestoGroupStep.COUNCIL_RESPONSE), Stage.of(ManifestoGroupStep.FOLLOW_UP)), "x"))
                    .thenRejected(P + "process-own-step-after-handover");
            s.when(SAM, new AdaptProcess(List.of(), "x")).thenRejected("constraint.NotEmpty");
        }

        @Test
        void thePastAndTheCurrentStageStayAsTheyWere() {
            List<Stage> renamed = new java.util.ArrayList<>(GroupProcess.defaults().stages());
            renamed.set(1, Stage.named(ManifestoGroupStep.TOPICS, "Wat speelt er?"));
            at(ManifestoGroupStep.TOPICS).when(SAM, new AdaptProcess(renamed, "x")).thenRejected(P + "process-past-changed");
            at(ManifestoGroupStep.RECRUITMENT).when(SAM, new AdaptProcess(renamed, "x")).thenAccepted(e -> assertThat(e).hasSize(1));
        }

        @Test
        void onlyBeforeTheHandOverAndOnlyByTheFacilitator() {
            at(ManifestoGroupStep.HANDOVER).when(SAM, new AdaptProcess(withFieldVisit, "x")).thenRejected(STEP);
            at(ManifestoGroupStep.RECRUITMENT).when(youngActor(1), new AdaptProcess(withFieldVisit, "x")).thenRejected(ROLE);
        }
    }

    @Nested
    class MovingOn {

        @Test
        void toTheNextStageByItsNumberNeverSkippingOne() {
            recruiting(12).when(SAM, advanceTo(3)).thenRejected(P + "not-next-stage");
            recruiting(12).when(SAM, new AdvanceStep(0)).thenRejected("constraint.Positive");
            recruiting(12).when(youngActor(1), advanceTo(2)).thenRejected(ROLE);
        }

        @Test
        void eachStageNeedsWhatItProduces() {
            recruiting(12).given(SAM, advanceTo(2)).when(SAM, advanceTo(3)).thenRejected(P + "no-topics");
            at(ManifestoGroupStep.PRIORITISATION).when(SAM, advanceTo(4)).thenRejected(P + "not-counted");
            at(ManifestoGroupStep.DRAFTING).when(SAM, advanceTo(5)).thenRejected(P + "draft-empty");
            at(ManifestoGroupStep.HANDOVER).when(SAM, advanceTo(6)).thenRejected(P + "not-handed-over");
            at(ManifestoGroupStep.COUNCIL_RESPONSE).when(SAM, advanceTo(7)).thenRejected(P + "no-council-response");
            at(ManifestoGroupStep.FOLLOW_UP).when(SAM, advanceTo(8)).thenRejected(STEP);
        }
    }

    @Nested
    class RaisingTopics {

        @Test
        void aParticipantRaisesATopic() {
            recruiting(12).given(SAM, advanceTo(2)).when(youngActor(1), CHILL_SPOT)
                    .thenEvents(new TopicRaised(1, Erasable.of(null, CHILL_SPOT.title()), Erasable.of(null, CHILL_SPOT.description()), CHILL_SPOT.area(), OVERVECHT_NOORD));
        }

        @Test
        void onlyAParticipantOfThisGroupOrItsFacilitator() {
            at(ManifestoGroupStep.TOPICS).when(youngActor(15), CHILL_SPOT).thenRejected(INSTANCE);
            at(ManifestoGroupStep.TOPICS).when(GRIFFIE_UTRECHT, CHILL_SPOT).thenRejected(ROLE);
            at(ManifestoGroupStep.TOPICS).when(SAM, CHILL_SPOT).thenAccepted(e -> assertThat(e).hasSize(1));
            at(ManifestoGroupStep.PRIORITISATION).when(youngActor(1), CHILL_SPOT).thenRejected(STEP);
            at(ManifestoGroupStep.TOPICS).when(youngActor(1), new RaiseTopic("x", "y", null, null)).thenRejected("constraint.NotNull");
        }
    }

    @Nested
    class Prioritising {

        @Test
        void aParticipantVotesInTheAppTheFacilitatorEntersAPaperBallot() {
            at(ManifestoGroupStep.PRIORITISATION).when(youngActor(1), new CastBallot(young(1), List.of(1, 1, 3)))
                    .thenEvents(new BallotCast(young(1), List.of(1, 1, 3), false));
            at(ManifestoGroupStep.PRIORITISATION).when(SAM, new CastBallot(young(2), List.of(2)))
                    .thenEvents(new BallotCast(young(2), List.of(2), true));
        }

        @Test
        void eachParticipantVotesOnceEitherWayOnlyForThemselves() {
            Story.Scenario s = at(ManifestoGroupStep.PRIORITISATION).given(SAM, new CastBallot(young(1), List.of(1)));
            s.when(youngActor(1), new CastBallot(young(1), List.of(2))).thenRejected(P + "already-voted");
            s.when(youngActor(2), new CastBallot(young(3), List.of(2))).thenRejected(P + "self-only");
            s.when(SAM, new CastBallot(young(15), List.of(2))).thenRejected(P + "not-a-participant");
        }

        @Test
        void dotsWithinTheLimitsOnTopicsThatExist() {
            Story.Scenario s = at(ManifestoGroupStep.PRIORITISATION);
            s.when(youngActor(1), new CastBallot(young(1), List.of(1, 2, 3, 1))).thenRejected(P + "too-many-votes");
            s.when(youngActor(1), new CastBallot(young(1), List.of(1, 1, 1))).thenRejected(P + "too-many-votes-on-topic");
            s.when(youngActor(1), new CastBallot(young(1), List.of(9))).thenRejected(P + "topic-unknown");
            s.when(youngActor(1), new CastBallot(young(1), List.of())).thenRejected("constraint.NotEmpty");
        }

        @Test
        void aRankingNamesEachTopicOnce() {
            Story.Scenario s = scenario().given(SAM, new StartGroup("Rangschikken", UTRECHT, ProcessingBasis.CONSENT, VotingMethod.RANKING));
            for (int n = 1; n <= 12; n++) {
                s.given(SAM, enrol(n));
            }
            s.given(SAM, advanceTo(2)).given(youngActor(1), CHILL_SPOT, Story.INTERNSHIPS, Story.SAFE_ROUTE).given(SAM, advanceTo(3));
            s.when(youngActor(1), new CastBallot(young(1), List.of(3, 1, 3))).thenRejected(P + "topic-ranked-twice");
            s.when(youngActor(1), new CastBallot(young(1), List.of(3, 1, 2, 4))).thenRejected(P + "topic-unknown");
            s.when(youngActor(1), new CastBallot(young(1), List.of(3, 1, 2))).thenAccepted(e -> assertThat(e).hasSize(1));
        }

        @Test
        void countingChoosesTheTopicsAndALaterBallotUndoesTheCount() {
            Story.Scenario s = at(ManifestoGroupStep.PRIORITISATION);
            s.when(SAM, new CountBallots()).thenRejected(P + "no-ballots");
            s.given(youngActor(1), new CastBallot(young(1), List.of(2, 2, 1)));
            s.when(SAM, new CountBallots()).thenState(g -> assertThat(g.prioritisation().chosen()).containsExactly(2, 1));
            s.given(youngActor(2), new CastBallot(young(2), List.of(3)));
            assertThat(s.state().prioritisation()).isNull();
            s.when(SAM, advanceTo(4)).thenRejected(P + "not-counted");
            s.when(youngActor(1), new CountBallots()).thenRejected(ROLE);
        }
    }

    @Nested
    class Drafting {

        @Test
        void aChosenTopicGetsItsProblemAndActionsEachChangeAVersion() {
            Story.Scenario s = at(ManifestoGroupStep.DRAFTING);
            s.when(youngActor(1), new DraftTopic(1, " Geen plek. ")).thenEvents(new TopicDrafted(1, Erasable.of(null, "Geen plek.")));
            Addressee wethouder = Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Jeugd");
            s.when(youngActor(1), new AddAction(1, "Langer open", wethouder, null))
                    .thenEvents(new ActionAdded(1, 1, Erasable.of(null, "Langer open"), wethouder, null));
            s.when(SAM, new RemoveAction(1)).thenEvents(new ActionRemoved(1))
                    .thenState(g -> {
                        assertThat(g.draftVersion()).isEqualTo(3);
                        assertThat(g.manifestoActions()).isEmpty();
                    });
            s.when(SAM, new RemoveAction(1)).thenRejected(P + "action-unknown");
        }

        @Test
        void onlyChosenTopicsAndNoDateInThePast() {
            Story.Scenario s = at(ManifestoGroupStep.DRAFTING);
            s.when(youngActor(1), new DraftTopic(3, "x")).thenRejected(P + "topic-not-chosen");
            s.when(youngActor(1), new DraftTopic(7, "x")).thenRejected(P + "topic-unknown");
            s.when(youngActor(1), new AddAction(1, "x", Addressee.of(Addressee.Kind.COUNCIL, "raad"), s.clock().today().minusDays(1)))
                    .thenRejected(P + "deadline-in-past");
            s.when(youngActor(1), new AddAction(1, "x", Addressee.of(Addressee.Kind.COUNCIL, " "), null)).thenRejected("constraint.NotBlank");
        }

        @Test
        void onlyParticipantsVoteOncePerVersionAndAChangeAsksForANewVote() {
            Story.Scenario s = at(ManifestoGroupStep.DRAFTING);
            s.when(youngActor(1), new VoteOnDraft(true)).thenRejected(P + "draft-empty");
            s.given(youngActor(1), new DraftTopic(1, "Geen plek."));
            s.when(youngActor(1), new VoteOnDraft(true)).thenEvents(new DraftVoted(young(1), 1, true));
            s.when(youngActor(1), new VoteOnDraft(false)).thenRejected(P + "already-voted");
            s.when(SAM, new VoteOnDraft(true)).thenRejected(ROLE);
            s.given(youngActor(2), new DraftTopic(1, "Echt geen plek."));
            s.when(youngActor(1), new VoteOnDraft(false)).thenEvents(new DraftVoted(young(1), 2, false));
        }

        @Test
        void theDraftMovesOnWhenEveryChosenTopicIsWrittenAndAMajorityOfTheGroupApprovesIt() {
            Story.Scenario s = at(ManifestoGroupStep.DRAFTING);
            s.given(youngActor(1), new DraftTopic(1, "Geen plek."),
                    new AddAction(1, "Langer open", Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Jeugd"), null));
            for (int n = 1; n <= 6; n++) {
                s.given(youngActor(n), new VoteOnDraft(true));
            }
            s.when(SAM, advanceTo(5)).thenRejected(P + "topic-not-drafted", P + "draft-not-approved");
            s.given(youngActor(2), new DraftTopic(2, "Stage."),
                    new AddAction(2, "Anoniem solliciteren", Addressee.of(Addressee.Kind.COUNCIL, "raad"), null));
            for (int n = 1; n <= 7; n++) {
                s.given(youngActor(n), new VoteOnDraft(n != 7));
            }
            s.when(SAM, advanceTo(5)).thenRejected(P + "draft-not-approved");
            s.given(youngActor(8), new VoteOnDraft(true)).given(youngActor(9), new VoteOnDraft(true));
            s.when(SAM, advanceTo(5)).thenEvents(new ManifestoApproved(new Approval(4, 8, 1, 12, s.clock().instant())),
                    new StepAdvanced(5, ManifestoGroupStep.HANDOVER, s.clock().instant()));
        }
    }

    @Nested
    class HandingOver {

        @Test
        void theFacilitatorOrTheGriffieRecordsItAndTheGriffieIsTold() {
            Story.Scenario s = at(ManifestoGroupStep.HANDOVER);
            LocalDate today = s.clock().today();
            s.when(GRIFFIE_UTRECHT, new HandOver(today, " raadsvergadering ", "de voorzitter", RisId.of("ori:utrecht:ai:4711")))
                    .thenEvents(new ManifestoHandedOver(new Handover(today, "raadsvergadering", "de voorzitter", RisId.of("ori:utrecht:ai:4711"))))
                    .thenNotified(n -> assertThat(n).extracting(Notification::recipient, Notification::code)
                            .containsExactly(tuple(Recipient.everyone(GRIFFIE), P + "handed-over")));
            s.when(SAM, new HandOver(today, "x", "y", null)).thenRejected(P + "already-handed-over");
            s.when(GRIFFIE_UTRECHT, new RecordAgendaItem(RisId.of("ori:utrecht:ai:4712")))
                    .thenEvents(new AgendaItemRecorded(RisId.of("ori:utrecht:ai:4712")))
                    .thenState(g -> assertThat(g.handover().agendaItem()).isEqualTo(RisId.of("ori:utrecht:ai:4712")));
        }

        @Test
        void notInTheFutureNorTheAgendaItemBeforeTheHandOver() {
            Story.Scenario s = at(ManifestoGroupStep.HANDOVER);
            s.when(SAM, new HandOver(s.clock().today().plusDays(1), "x", "y", null)).thenRejected(P + "date-in-future");
            s.when(GRIFFIE_UTRECHT, new RecordAgendaItem(RisId.of("4711"))).thenRejected(P + "not-handed-over");
            s.when(youngActor(1), new HandOver(s.clock().today(), "x", "y", null)).thenRejected(ROLE);
        }
    }

    @Nested
    class TheCouncilResponds {

        private final Motie adopted = new Motie("Jongerenplek open tot 23 uur", RisId.of("M2026-041"), Story.TODAY.plusDays(40),
                Result.ADOPTED, List.of(Party.of("GroenLinks")), List.of(PartyVote.inFavour(Party.of("GroenLinks"), 10),
                PartyVote.against(Party.of("VVD"), 5)), "");

        @Test
        void throughEachInstrumentLinkedToActionsAndTheYoungPeopleAreTold() {
            Story.Scenario s = at(ManifestoGroupStep.COUNCIL_RESPONSE);
            LocalDate today = s.clock().today();
            Motie motie = new Motie("Jongerenplek open tot 23 uur", RisId.of("M2026-041"), today, Result.ADOPTED,
                    List.of(Party.of("GroenLinks")), List.of(PartyVote.inFavour(Party.of("GroenLinks"), 10), PartyVote.against(Party.of("VVD"), 5)), "");
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(motie, List.of(1, 1)))
                    .thenEvents(new CouncilResponded(1, motie, List.of(1), s.clock().instant()))
                    .thenNotified(n -> {
                        assertThat(n).extracting(Notification::recipient).containsExactly(PARTICIPANTS);
                        assertThat(n.get(0).message().nl()).isEqualTo("Nieuwe reactie op jullie manifest: een motie van " + today + ", over actie 1.");
                    });
            Amendement amendement = new Amendement("Geld voor stages", null, today, Result.REJECTED, List.of(),
                    List.of(PartyVote.inFavour(Party.of("PvdA"), 4), new PartyVote(Party.of("CDA"), 1, 6)), "past niet in de begroting");
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(amendement, List.of(2))).thenAccepted(e -> assertThat(e).hasSize(1));
            s.when(WETHOUDER, new RecordCouncilResponse(new Toezegging("Onderzoek naar openingstijden", DE_VRIES, today, null), List.of(1)))
                    .thenAccepted(e -> assertThat(((CouncilResponded) e.get(0)).instrument())
                            .isEqualTo(new Toezegging("Onderzoek naar openingstijden", DE_VRIES, today, today.plusWeeks(8))));
            s.when(AMBTENAAR, new RecordCouncilResponse(new WrittenAnswer("brief", RisId.of("RIB-2026-12"), today), List.of(1, 2)))
                    .thenAccepted(e -> assertThat(e).hasSize(1));
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(new Referral("commissie Mens en Samenleving", today), List.of(2)))
                    .thenAccepted(e -> assertThat(e).hasSize(1));
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(new RaadsadresAnswer("antwoord", null, today), List.of(1)))
                    .thenState(g -> assertThat(g.responses()).hasSize(6));
            s.when(SAM, new RecordCouncilResponse(new RaadsadresAnswer("antwoord", null, today), List.of(1))).thenRejected(ROLE);
        }

        @Test
        void aRejectionWithoutAReasonIsInvalidAndTheResultFollowsFromTheVotes() {
            Story.Scenario s = at(ManifestoGroupStep.COUNCIL_RESPONSE);
            LocalDate today = s.clock().today();
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(new Motie("Stages", null, today, Result.REJECTED, List.of(),
                    List.of(PartyVote.against(Party.of("VVD"), 5)), " "), List.of(2))).thenRejected(P + "reason-required");
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(new Motie("Stages", null, today, Result.ADOPTED, List.of(),
                    List.of(PartyVote.inFavour(Party.of("GL"), 5), PartyVote.against(Party.of("VVD"), 5)), ""), List.of(2)))
                    .thenRejected(P + "votes-contradict-result");
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(new Motie("Stages", null, today, Result.ADOPTED, List.of(), List.of(), ""),
                    List.of(2))).thenRejected("constraint.NotEmpty");
        }

        @Test
        void onActionsOfTheManifestoOnDaysThatWereAndADeadlineAfterTheCommitment() {
            Story.Scenario s = at(ManifestoGroupStep.COUNCIL_RESPONSE);
            LocalDate today = s.clock().today();
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(new Referral("commissie", today), List.of(9))).thenRejected(P + "action-unknown");
            s.when(GRIFFIE_UTRECHT, new RecordCouncilResponse(adopted, List.of(1))).thenRejected(P + "date-in-future");
            s.when(WETHOUDER, new RecordCouncilResponse(new Toezegging("x", DE_VRIES, today, today.minusDays(1)), List.of(1)))
                    .thenRejected(P + "deadline-before-commitment");
        }
    }

    @Nested
    class FollowingUp {

        private Story.Scenario withCommitment() {
            Story.Scenario s = at(ManifestoGroupStep.FOLLOW_UP);
            LocalDate today = s.clock().today();
            return s.given(WETHOUDER, new RecordCouncilResponse(new Toezegging("Onderzoek openingstijden", DE_VRIES, today,
                    today.plusWeeks(4)), List.of(1)));
        }

        @Test
        void aCommitmentIsSettledKeptOrNotWithItsReason() {
            Story.Scenario s = withCommitment();
            s.when(GRIFFIE_UTRECHT, new SettleCommitment(2, true, "onderzoek gedeeld"))
                    .thenEvents(new CommitmentSettled(2, true, s.clock().today(), "onderzoek gedeeld"))
                    .thenNotified(n -> assertThat(n.get(0).message().en()).isEqualTo("Toezegging 2 'Onderzoek openingstijden': kept."));
            s.when(GRIFFIE_UTRECHT, new SettleCommitment(2, true, "")).thenRejected(P + "commitment-already-settled");
            s.when(GRIFFIE_UTRECHT, new SettleCommitment(1, true, "")).thenRejected(P + "not-a-commitment");
            s.when(GRIFFIE_UTRECHT, new SettleCommitment(9, true, "")).thenRejected(P + "response-unknown");
            withCommitment().when(WETHOUDER, new SettleCommitment(2, false, "")).thenRejected(P + "reason-required");
        }

        @Test
        void theSystemMarksACommitmentPastItsDeadlineOnceAndTellsTheGroupAndTheGriffie() {
            Story.Scenario s = withCommitment();
            s.when(Actor.SYSTEM, new MarkCommitmentOverdue(2)).thenRejected(P + "commitment-not-overdue");
            s.after(Duration.ofDays(29));
            LocalDate deadline = s.state().response(2).deadline();
            s.whenDeadlinesPass().thenEvents(new CommitmentOverdue(2, deadline))
                    .thenNotified(n -> assertThat(n).extracting(Notification::recipient)
                            .containsExactly(PARTICIPANTS, Recipient.everyone(GRIFFIE)));
            assertThat(s.spec().engine().due(s.spec().stream(), s.clock().instant())).isEmpty();
            s.when(GRIFFIE_UTRECHT, new MarkCommitmentOverdue(2)).thenRejected(ROLE);
        }

        @Test
        void progressAndAFinalStatusAreReportedToTheYoungPeople() {
            Story.Scenario s = at(ManifestoGroupStep.FOLLOW_UP);
            s.when(youngActor(1), new RecordProgress(1, "we spraken de wethouder"))
                    .thenEvents(new ProgressRecorded(1, "we spraken de wethouder", s.clock().instant()))
                    .thenNotified(n -> assertThat(n).extracting(Notification::code).containsExactly(P + "action-updated"))
                    .thenState(g -> assertThat(g.action(1).status()).isEqualTo(Action.Status.IN_PROGRESS));
            s.when(AMBTENAAR, new ConcludeAction(1, true, "open tot 23 uur sinds 1 mei"))
                    .thenEvents(new ActionConcluded(1, true, "open tot 23 uur sinds 1 mei", s.clock().today()))
                    .thenNotified(n -> assertThat(n.get(0).message().nl()).isEqualTo(
                            "Actie 1 'Open het jongerencentrum tot 23 uur' is uitgevoerd. open tot 23 uur sinds 1 mei"));
            s.when(SAM, new RecordProgress(1, "nog iets")).thenRejected(P + "action-final");
            s.when(SAM, new ConcludeAction(2, false, "")).thenRejected(P + "reason-required");
            s.when(SAM, new RecordProgress(9, "x")).thenRejected(P + "action-unknown");
            s.when(youngActor(1), new ConcludeAction(2, true, "")).thenRejected(ROLE);
        }
    }

    @Nested
    class Realisation {

        @Test
        void anActionIsRealisedByABudgetLineOrAnInitiativeThatIsInTheStore() {
            // Neither the budget round nor the initiative is in this spec's store: the realised-by link has no other
            // end. The examples' ManifestoBudgetLinkTest fires it for a real council decision.
            Story.Scenario s = at(ManifestoGroupStep.FOLLOW_UP);
            StreamId round = StreamId.of("budgetmonitoring.budget-round", "utrecht-2026");
            StreamId initiative = StreamId.of("burgersaanhetstuur.initiative", "jongerencentrum");
            s.when(Actor.SYSTEM, new MarkActionsRealised(List.of(1), round, "jongerenwerk")).thenRejected("link.target.missing");
            s.when(AMBTENAAR, new MarkActionsRealised(List.of(1), initiative, "")).thenRejected("link.target.missing");
            s.when(AMBTENAAR, new MarkActionsRealised(List.of(1), round, " ")).thenRejected(P + "realisation-line");
            s.when(AMBTENAAR, new MarkActionsRealised(List.of(1), initiative, "jongerenwerk")).thenRejected(P + "realisation-line");
            s.when(AMBTENAAR, new MarkActionsRealised(List.of(1, 9), round, "jongerenwerk")).thenRejected(P + "action-unknown");
            s.when(AMBTENAAR, new MarkActionsRealised(List.of(1), StreamId.of("buurtschouw.report", "idee-1"), ""))
                    .thenRejected("link.type.mismatch");
            s.when(youngActor(1), new MarkActionsRealised(List.of(1), initiative, "")).thenRejected(ROLE);
        }
    }

    @Nested
    class Closing {

        @Test
        void whenEveryActionIsFinalWithoutAReason() {
            Story.Scenario s = at(ManifestoGroupStep.FOLLOW_UP);
            s.when(SAM, new CloseGroup("")).thenRejected(P + "actions-open");
            s.given(SAM, new ConcludeAction(1, true, "gedaan"), new ConcludeAction(2, false, "geen geld"));
            s.when(SAM, new CloseGroup("")).thenEvents(new GroupClosed("", s.clock().instant()))
                    .thenNotified(n -> assertThat(n.get(0).message().en()).isEqualTo("'Youth Manifesto Overvecht' is closed."))
                    .thenState(g -> assertThat(g.step()).isEqualTo(ManifestoGroupStep.CLOSED));
        }

        @Test
        void earlierByDecisionWithAReasonAndThenNothingMore() {
            Story.Scenario s = at(ManifestoGroupStep.TOPICS);
            s.when(SAM, new CloseGroup("te weinig jongeren")).thenEvents(new GroupClosed("te weinig jongeren", s.clock().instant()));
            s.when(SAM, CHILL_SPOT).thenRejected(STEP);
            at(ManifestoGroupStep.TOPICS).when(SAM, new CloseGroup("")).thenRejected(P + "actions-open");
            at(ManifestoGroupStep.TOPICS).when(youngActor(1), new CloseGroup("weg")).thenRejected(ROLE);
        }
    }

    /**
     * The decider's own guards for what the library's workflow already refuses (a command before the start, after the
     * close, a start twice, a stage after the last): a municipality may give the engine a wider workflow with
     * {@code ProcessDefinition.withWorkflow}, and the decider must still refuse.
     */
    @Nested
    class WithAWiderWorkflow {

        private ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ManifestoGroupStep> wider(
                ProcessDefinition<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup, ManifestoGroupStep> library) {
            // Every rule of the library's workflow, with the commands below also allowed in these steps (same roles).
            Map<Class<?>, Set<ManifestoGroupStep>> extra = Map.of(
                    StartGroup.class, EnumSet.of(ManifestoGroupStep.RECRUITMENT),
                    RaiseTopic.class, EnumSet.of(ManifestoGroupStep.NEW, ManifestoGroupStep.CLOSED),
                    AdvanceStep.class, EnumSet.of(ManifestoGroupStep.FOLLOW_UP));
            Workflow<ManifestoGroupStep> flow = library.workflow();
            Workflow.Builder<ManifestoGroupStep> b = Workflow.builder("wider", ManifestoGroupStep.class, flow.initial())
                    .terminal(flow.terminal().toArray(ManifestoGroupStep[]::new));
            Set<Class<?>> widened = new java.util.HashSet<>();
            for (Workflow.Rule<ManifestoGroupStep> rule : flow.rules()) {
                Set<ManifestoGroupStep> from = EnumSet.copyOf(rule.from());
                if (extra.containsKey(rule.command()) && widened.add(rule.command())) {
                    from.addAll(extra.get(rule.command()));
                }
                Set<ManifestoGroupStep> to = rule.to().isEmpty() ? EnumSet.noneOf(ManifestoGroupStep.class) : EnumSet.copyOf(rule.to());
                b.rule(rule.command(), from, to, rule.roles().toArray(Role[]::new));
            }
            return library.withWorkflow(b.build());
        }

        @Test
        void nothingBeforeTheStart() {
            at(ManifestoGroupStep.NEW, this::wider).when(SAM, CHILL_SPOT).thenRejected(P + "not-started");
        }

        @Test
        void startedOnce() {
            at(ManifestoGroupStep.RECRUITMENT, this::wider).when(SAM, START).thenRejected(P + "already-started");
        }

        @Test
        void nothingAfterTheClose() {
            at(ManifestoGroupStep.RECRUITMENT, this::wider).given(SAM, new CloseGroup("gestopt")).when(SAM, CHILL_SPOT)
                    .thenRejected(P + "closed");
        }

        @Test
        void noStageAfterTheLast() {
            at(ManifestoGroupStep.FOLLOW_UP, this::wider).when(SAM, advanceTo(8)).thenRejected(P + "no-next-stage");
        }
    }

    private static LocalDate today() {
        return Story.TODAY;
    }
}
