package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.CampaignCommand.*;
import nl.participatie.buurtschouw.CampaignEvent.*;
import nl.participatie.core.Notification;
import nl.participatie.core.Recipient;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.Spec;

/** Specification of the campaign: every command, every rejection. The spec clock starts on Monday 5 January 2026. */
class CampaignSpecTest {

    static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    static final LocalDate WALK_DAY = LocalDate.of(2026, 1, 10);
    static final Instant ENTRY_CLOSES = Instant.parse("2026-01-17T22:59:00Z");

    static Spec<CampaignCommand, CampaignEvent, Campaign> started() {
        return Spec.of(BuurtschouwWorkflow.CAMPAIGNS).given(ANNA_CORE, new StartCampaign("Schouw Indische Buurt", AMSTERDAM));
    }

    static Spec<CampaignCommand, CampaignEvent, Campaign> prepared() {
        return started().given(ANNA_CORE, new JoinCoreGroup(BRAM), new ChooseArea(List.of(WEST, OOST)),
                new PlanRoute(List.of(JAVASTRAAT, JAVAPLEIN)), new ChooseThemes(List.of(Theme.GREEN, Theme.LITTER)),
                new ScheduleWalk(List.of(WALK_DAY), ENTRY_CLOSES),
                new InviteParticipants(List.of(Invitation.of(CHAIMA, Invitation.Kind.RESIDENT))));
    }

    static Spec<CampaignCommand, CampaignEvent, Campaign> walking() {
        return prepared().given(ANNA_CORE, new StartWalk());
    }

    static Spec<CampaignCommand, CampaignEvent, Campaign> evaluating() {
        return walking().given(BRAM_CORE, new CloseEntry())
                .given(OFFICER, new PublishResults(LocalizedText.of("Dank!", "Thanks!")));
    }

    @Nested
    class Preparation {

        @Test
        void aCoreGroupMemberStartsTheCampaignAndJoinsItsCoreGroup() {
            Spec.of(BuurtschouwWorkflow.CAMPAIGNS)
                    .when(ANNA_CORE, new StartCampaign("  Schouw Indische Buurt ", AMSTERDAM))
                    .thenEvents(new CampaignStarted("Schouw Indische Buurt", AMSTERDAM), new CoreGroupMemberJoined(ANNA))
                    .thenState(c -> assertThat(c.coreGroup()).containsExactly(ANNA));
        }

        @Test
        void aCivilServantStartsTheCampaignWithoutJoiningIt() {
            Spec.of(BuurtschouwWorkflow.CAMPAIGNS)
                    .when(OFFICER, new StartCampaign("Schouw", AMSTERDAM))
                    .thenEvents(new CampaignStarted("Schouw", AMSTERDAM));
        }

        @Test
        void aCampaignStartsOnce() {
            started().when(ANNA_CORE, new StartCampaign("Nog een keer", AMSTERDAM)).thenRejected("buurtschouw.campaign.already-started");
        }

        @Test
        void nothingButStartingBeforeTheCampaignIsStarted() {
            Spec.of(BuurtschouwWorkflow.CAMPAIGNS).when(OFFICER, new JoinCoreGroup(BRAM)).thenRejected("buurtschouw.campaign.not-started");
        }

        @Test
        void aTitleIsRequired() {
            Spec.of(BuurtschouwWorkflow.CAMPAIGNS).when(ANNA_CORE, new StartCampaign(" ", AMSTERDAM)).thenRejected("constraint.NotBlank");
        }

        @Test
        void membersJoinTheCoreGroupOnce() {
            started().when(ANNA_CORE, new JoinCoreGroup(BRAM)).thenEvents(new CoreGroupMemberJoined(BRAM));
            started().when(ANNA_CORE, new JoinCoreGroup(ANNA)).thenRejected("buurtschouw.campaign.already-member");
        }

        @Test
        void someoneInTheCoreGroupRoleMayJoinThemselvesButNotActForAGroupTheyAreNotIn() {
            started().when(BRAM_CORE, new JoinCoreGroup(BRAM)).thenEvents(new CoreGroupMemberJoined(BRAM));
            started().when(BRAM_CORE, new ChooseThemes(List.of(Theme.GREEN))).thenRejected("buurtschouw.campaign.not-a-member");
        }

        @Test
        void membersLeaveTheCoreGroup() {
            prepared().when(BRAM_CORE, new LeaveCoreGroup(BRAM)).thenEvents(new CoreGroupMemberLeft(BRAM))
                    .thenState(c -> assertThat(c.coreGroup()).containsExactly(ANNA));
            prepared().when(ANNA_CORE, new LeaveCoreGroup(DIRK)).thenRejected("buurtschouw.campaign.not-member");
        }

        @Test
        void duringTheWalkTheCoreGroupDoesNotShrinkBelowTheMinimum() {
            walking().when(ANNA_CORE, new LeaveCoreGroup(BRAM)).thenRejected("buurtschouw.campaign.core-group-too-small");
        }

        @Test
        void theAreaLiesInTheMunicipality() {
            started().when(ANNA_CORE, new ChooseArea(List.of(WEST, OOST, WEST))).thenEvents(new AreaChosen(List.of(WEST, OOST)));
            started().when(ANNA_CORE, new ChooseArea(List.of(WEST, NeighbourhoodCode.parse("BU03440101"))))
                    .thenRejected("buurtschouw.campaign.area-outside-municipality")
                    .thenState(c -> assertThat(c.area()).isEmpty());
        }

        @Test
        void aRouteHasAtLeastTwoPoints() {
            started().when(ANNA_CORE, new PlanRoute(List.of(JAVASTRAAT, JAVAPLEIN))).thenEvents(new RoutePlanned(List.of(JAVASTRAAT, JAVAPLEIN)));
            started().when(ANNA_CORE, new PlanRoute(List.of(JAVASTRAAT))).thenRejected("buurtschouw.campaign.route-too-short");
            started().when(ANNA_CORE, new PlanRoute(List.of())).thenRejected("constraint.NotEmpty");
        }

        @Test
        void themesAreChosenWithoutDuplicates() {
            started().when(ANNA_CORE, new ChooseThemes(List.of(Theme.GREEN, Theme.of("speelplekken"), Theme.GREEN)))
                    .thenEvents(new ThemesChosen(List.of(Theme.GREEN, Theme.of("speelplekken"))));
        }

        @Test
        void theWalkIsScheduledInTheFutureWithEntryClosingAfterIt() {
            started().when(ANNA_CORE, new ScheduleWalk(List.of(WALK_DAY.plusDays(1), WALK_DAY), ENTRY_CLOSES))
                    .thenEvents(new WalkScheduled(List.of(WALK_DAY, WALK_DAY.plusDays(1)), ENTRY_CLOSES));
            started().when(ANNA_CORE, new ScheduleWalk(List.of(LocalDate.of(2026, 1, 2)), ENTRY_CLOSES))
                    .thenRejected("buurtschouw.campaign.date-in-past");
            started().when(ANNA_CORE, new ScheduleWalk(List.of(WALK_DAY), Instant.parse("2026-01-09T23:00:00Z")))
                    .thenRejected("buurtschouw.campaign.entry-closes-before-walk");
        }

        @Test
        void participantsAreInvitedOnceAndEachIsTold() {
            started().when(ANNA_CORE, new InviteParticipants(List.of(Invitation.of(CHAIMA, Invitation.Kind.RESIDENT),
                            Invitation.of(DIRK, Invitation.Kind.ENTREPRENEUR), Invitation.of(CHAIMA, Invitation.Kind.RESIDENT))))
                    .thenEvents(new ParticipantsInvited(List.of(Invitation.of(CHAIMA, Invitation.Kind.RESIDENT),
                            Invitation.of(DIRK, Invitation.Kind.ENTREPRENEUR))))
                    .thenNotified(n -> assertThat(n).extracting(Notification::recipient)
                            .containsExactly(Recipient.person(CHAIMA), Recipient.person(DIRK)));
            prepared().when(ANNA_CORE, new InviteParticipants(List.of(Invitation.of(CHAIMA, Invitation.Kind.RESIDENT))))
                    .thenRejected("buurtschouw.campaign.already-invited");
        }

        @Test
        void theWalkStartsWhenEverythingIsPrepared() {
            prepared().when(BRAM_CORE, new StartWalk())
                    .thenEvents(new WalkStarted(NOW))
                    .thenNotified(n -> assertThat(n).singleElement().satisfies(one -> {
                        assertThat(one.recipient()).isEqualTo(Recipient.everyone(BuurtschouwWorkflow.PARTICIPANT));
                        assertThat(one.message().nl()).contains("Schouw Indische Buurt").contains("17 januari 2026, 23:59");
                        assertThat(one.message().en()).contains("17 January 2026, 23:59");
                    }))
                    .thenState(c -> assertThat(c.step()).isEqualTo(CampaignStep.WALK));
        }

        @Test
        void theWalkDoesNotStartUnprepared() {
            started().when(ANNA_CORE, new StartWalk()).thenRejected("buurtschouw.campaign.core-group-too-small",
                    "buurtschouw.campaign.area-missing", "buurtschouw.campaign.route-missing", "buurtschouw.campaign.themes-missing",
                    "buurtschouw.campaign.walk-not-scheduled");
        }

        @Test
        void theWalkDoesNotStartAfterEntryShouldHaveClosed() {
            prepared().after(Duration.ofDays(14)).when(ANNA_CORE, new StartWalk())
                    .thenRejected("buurtschouw.campaign.entry-deadline-passed");
        }

        @Test
        void aMunicipalityCanAskForABiggerCoreGroup() {
            Spec.of(BuurtschouwWorkflow.campaigns(CampaignRules.defaults().withMinimumCoreGroup(3)))
                    .given(ANNA_CORE, new StartCampaign("Schouw", AMSTERDAM), new JoinCoreGroup(BRAM),
                            new ChooseArea(List.of(WEST)), new PlanRoute(List.of(JAVASTRAAT, JAVAPLEIN)),
                            new ChooseThemes(List.of(Theme.GREEN)), new ScheduleWalk(List.of(WALK_DAY), ENTRY_CLOSES))
                    .when(ANNA_CORE, new StartWalk())
                    .thenRejected("buurtschouw.campaign.core-group-too-small");
        }
    }

    @Nested
    class Walk {

        @Test
        void entryClosesByItselfWhenTheMomentPasses() {
            assertThat(walking().state().nextDeadline()).contains(ENTRY_CLOSES);
            assertThat(prepared().state().nextDeadline()).isEmpty();
            walking().after(Duration.ofDays(13)).whenDeadlinesPass()
                    .thenEvents(new EntryClosed(NOW.plus(Duration.ofDays(13)), true))
                    .thenState(c -> assertThat(c.step()).isEqualTo(CampaignStep.FEEDBACK))
                    .thenNotified(n -> assertThat(n).extracting(Notification::code).containsOnly("buurtschouw.campaign.entry-closed"));
        }

        @Test
        void nothingIsDueBeforeTheMoment() {
            Spec<CampaignCommand, CampaignEvent, Campaign> spec = walking().after(Duration.ofDays(12));
            assertThat(spec.engine().due(spec.stream(), spec.clock().instant())).isEmpty();
        }

        @Test
        void theCoreGroupMayCloseEntryEarlierButTheSystemMayNot() {
            walking().when(ANNA_CORE, new CloseEntry()).thenEvents(new EntryClosed(NOW, false));
            walking().whenSystem(new CloseEntry()).thenRejected("buurtschouw.campaign.entry-still-open");
        }

        @Test
        void participantsMayStillBeInvitedDuringTheWalk() {
            walking().when(ANNA_CORE, new InviteParticipants(List.of(Invitation.of(DIRK, Invitation.Kind.PROFESSIONAL))))
                    .thenEvents(new ParticipantsInvited(List.of(Invitation.of(DIRK, Invitation.Kind.PROFESSIONAL))));
        }

        @Test
        void theCampaignAcceptsObservationsDuringTheWalkUntilEntryCloses() {
            Campaign walking = walking().state();
            assertThat(walking.acceptsObservations(NOW)).isTrue();
            assertThat(walking.acceptsObservations(ENTRY_CLOSES)).isFalse();
            assertThat(prepared().state().acceptsObservations(NOW)).isFalse();
        }
    }

    @Nested
    class FeedbackAndEvaluation {

        @Test
        void resultsArePublishedToParticipantsAndCoreGroup() {
            walking().given(ANNA_CORE, new CloseEntry())
                    .when(ALDERMAN, new PublishResults(LocalizedText.of("Dank voor uw inzet.", " ")))
                    .thenEvents(new ResultsPublished(LocalizedText.of("Dank voor uw inzet.", "Dank voor uw inzet."), NOW))
                    .thenNotified(n -> assertThat(n).extracting(Notification::recipient).containsExactly(
                            Recipient.everyone(BuurtschouwWorkflow.PARTICIPANT), Recipient.everyone(BuurtschouwWorkflow.CORE_GROUP)))
                    .thenState(c -> assertThat(c.step()).isEqualTo(CampaignStep.EVALUATION));
        }

        @Test
        void resultsNeedAMessage() {
            walking().given(ANNA_CORE, new CloseEntry())
                    .when(OFFICER, new PublishResults(LocalizedText.of(" ", "")))
                    .thenRejected("buurtschouw.campaign.message-required");
        }

        @Test
        void participantsRateOnce() {
            evaluating().when(CHAIMA_PARTICIPANT, new RateCampaign(4, " Leuk ")).thenEvents(new CampaignRated(CHAIMA, 4, Erasable.of(CHAIMA, "Leuk")));
            evaluating().given(CHAIMA_PARTICIPANT, new RateCampaign(4, null))
                    .when(CHAIMA_PARTICIPANT, new RateCampaign(5, null)).thenRejected("buurtschouw.campaign.already-rated");
            evaluating().when(CHAIMA_PARTICIPANT, new RateCampaign(6, null)).thenRejected("constraint.Max");
        }

        @Test
        void lessonsAreRecordedAndTheCampaignCloses() {
            evaluating().when(OFFICER, new RecordLesson("Eerder uitnodigen")).thenEvents(new LessonRecorded(Erasable.of(OFFICER.person(), "Eerder uitnodigen")));
            evaluating().given(CHAIMA_PARTICIPANT, new RateCampaign(4, null)).given(ANNA_CORE, new RecordLesson("Meer lampen"))
                    .when(ANNA_CORE, new CloseCampaign()).thenEvents(new CampaignClosed(NOW))
                    .thenState(c -> {
                        assertThat(c.step()).isEqualTo(CampaignStep.CLOSED);
                        assertThat(c.lessons()).containsExactly(Erasable.of(ANNA_CORE.person(), "Meer lampen"));
                        assertThat(c.averageRating()).hasValue(4.0);
                    });
        }

        @Test
        void whoWalkedAlongIsRecordedPerGroupDuringAndAfterTheWalk() {
            walking().when(BRAM_CORE, new RecordAttendance(List.of(new Attendance(CHAIMA, Invitation.Kind.RESIDENT),
                            new Attendance(DIRK, Invitation.Kind.ENTREPRENEUR))))
                    .thenEvents(new AttendanceRecorded(List.of(new Attendance(CHAIMA, Invitation.Kind.RESIDENT),
                            new Attendance(DIRK, Invitation.Kind.ENTREPRENEUR)), NOW));
            walking().given(BRAM_CORE, new RecordAttendance(List.of(new Attendance(CHAIMA, Invitation.Kind.RESIDENT))))
                    .given(BRAM_CORE, new CloseEntry())
                    .when(OFFICER, new RecordAttendance(List.of(new Attendance(ANNA, Invitation.Kind.RESIDENT),
                            new Attendance(PersonId.of("p-wijkagent"), Invitation.Kind.PROFESSIONAL))))
                    .thenState(c -> {
                        assertThat(c.attended()).hasSize(3);
                        assertThat(c.attendedAs(Invitation.Kind.RESIDENT)).isEqualTo(2);
                        assertThat(c.attendedAs(Invitation.Kind.PROFESSIONAL)).isEqualTo(1);
                        // Who was invited stays apart from who came.
                        assertThat(c.invited()).hasSize(1);
                    });
        }

        @Test
        void everyoneWalksAlongOnce() {
            walking().given(BRAM_CORE, new RecordAttendance(List.of(new Attendance(CHAIMA, Invitation.Kind.RESIDENT))))
                    .when(BRAM_CORE, new RecordAttendance(List.of(new Attendance(DIRK, Invitation.Kind.RESIDENT),
                            new Attendance(CHAIMA, Invitation.Kind.ENTREPRENEUR))))
                    .thenRejected("buurtschouw.campaign.already-attended");
            prepared().when(ANNA_CORE, new RecordAttendance(List.of(new Attendance(CHAIMA, Invitation.Kind.RESIDENT))))
                    .thenRejected("workflow.step-not-allowed");
        }

        @Test
        void theResultsAreAgreementsOfWhoDoesWhatByWhen() {
            LocalDate april = LocalDate.of(2026, 4, 1);
            evaluating().when(ALDERMAN, new MakeAgreement(Agreement.Party.HOUSING_CORPORATION, " Hek van de binnentuin repareren ", april))
                    .thenEvents(new AgreementMade(1, Agreement.Party.HOUSING_CORPORATION,
                            Erasable.of(PersonId.of("p-alderman"), "Hek van de binnentuin repareren"), april, PersonId.of("p-alderman"), NOW));
            walking().given(BRAM_CORE, new CloseEntry())
                    .given(ANNA_CORE, new MakeAgreement(Agreement.Party.RESIDENTS, "Plantenbakken adopteren", april))
                    .given(OFFICER, new MakeAgreement(Agreement.Party.NEIGHBOURHOOD_POLICE_OFFICER, "Vaker langs het plein", april))
                    .when(OFFICER, new CompleteAgreement(2))
                    .thenEvents(new AgreementCompleted(2, PersonId.of("p-officer"), NOW))
                    .thenState(c -> {
                        assertThat(c.agreements()).extracting(Agreement::isCompleted).containsExactly(false, true);
                        // What a resident wrote down is erasable under their own key.
                        assertThat(c.agreements().get(0).what()).isEqualTo(Erasable.of(ANNA, "Plantenbakken adopteren"));
                        assertThat(c.agreements().get(0).isOverdue(LocalDate.of(2026, 4, 2))).isTrue();
                        assertThat(c.agreements().get(1).isOverdue(LocalDate.of(2026, 4, 2))).isFalse();
                    });
        }

        @Test
        void anAgreementIsDueLaterAndDoneOnce() {
            evaluating().when(OFFICER, new MakeAgreement(Agreement.Party.MUNICIPALITY, "Lampen vervangen", LocalDate.of(2026, 1, 4)))
                    .thenRejected("buurtschouw.campaign.due-date-in-past");
            evaluating().when(OFFICER, new CompleteAgreement(1)).thenRejected("buurtschouw.campaign.agreement-unknown");
            evaluating().given(OFFICER, new MakeAgreement(Agreement.Party.MUNICIPALITY, "Lampen vervangen", LocalDate.of(2026, 2, 1)),
                            new CompleteAgreement(1))
                    .when(OFFICER, new CompleteAgreement(1)).thenRejected("buurtschouw.campaign.agreement-completed");
            walking().when(OFFICER, new MakeAgreement(Agreement.Party.MUNICIPALITY, "Lampen vervangen", LocalDate.of(2026, 2, 1)))
                    .thenRejected("workflow.step-not-allowed");
        }

        @Test
        void aCampaignCanBeCancelledInEveryActiveStep() {
            for (Spec<CampaignCommand, CampaignEvent, Campaign> spec : List.of(started(), walking(), evaluating())) {
                spec.when(ALDERMAN, new CancelCampaign("Te weinig aanmeldingen"))
                        .thenEvents(new CampaignCancelled("Te weinig aanmeldingen", NOW))
                        .thenState(c -> assertThat(c.cancelReason()).isEqualTo("Te weinig aanmeldingen"));
            }
            evaluating().given(ANNA_CORE, new CloseCampaign()).when(ALDERMAN, new CancelCampaign("Te laat"))
                    .thenRejected("workflow.step-not-allowed");
        }
    }

    /** Quality scores (burgerschouw): recorded on the campaign, no report unless the campaign's threshold says so. */
    @Nested
    class QualityScores {

        final ReportThreshold greenB = ReportThreshold.of(Theme.GREEN, QualityLevel.B);
        final ReportThreshold everyC = ReportThreshold.everyTheme(QualityLevel.C);

        @Test
        void aScoreIsRecordedOnTheCampaignWithoutDeadlineHandlingOrSurvey() {
            walking().when(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, TREE, QualityLevel.C, "  Veel onkruid  ", JAVAPLEIN))
                    .thenEvents(new QualityAssessed(1, CHAIMA, WEST, Theme.GREEN, TREE, QualityLevel.C, Erasable.of(CHAIMA, "Veel onkruid"),
                            Erasable.of(CHAIMA, JAVAPLEIN), null, NOW))
                    .thenNotified(told -> assertThat(told).isEmpty())
                    .thenState(c -> {
                        assertThat(c.assessments()).containsExactly(new Assessment(1, CHAIMA, WEST, Theme.GREEN, TREE, QualityLevel.C,
                                Erasable.of(CHAIMA, "Veel onkruid"), Erasable.of(CHAIMA, JAVAPLEIN), null, null, NOW));
                        assertThat(c.assessments().get(0).isReportDue()).isFalse();
                        assertThat(c.awaitingReport()).isEmpty();
                        // Only entry closing is due on the campaign: a score brings no deadline of its own.
                        assertThat(c.nextDeadline()).contains(ENTRY_CLOSES);
                    });
        }

        @Test
        void aCoreGroupMemberScoresTooAndTheRemarkAndPlaceAreOptional() {
            walking().when(BRAM_CORE, new RecordAssessment(OOST, Theme.LITTER, CONTAINER, QualityLevel.A, " ", null))
                    .thenEvents(new QualityAssessed(1, BRAM, OOST, Theme.LITTER, CONTAINER, QualityLevel.A, null, null, null, NOW));
        }

        @Test
        void theCampaignSetsWhenAScoreBecomesAReport() {
            prepared().when(OFFICER, new SetReportThresholds(List.of(everyC, greenB)))
                    .thenEvents(new ReportThresholdsSet(List.of(everyC, greenB)))
                    .thenState(c -> {
                        assertThat(c.reportThresholdFor(Theme.GREEN)).contains(QualityLevel.B);
                        assertThat(c.reportThresholdFor(Theme.LITTER)).contains(QualityLevel.C);
                    });
            // Off until set, and off again with an empty list.
            assertThat(prepared().state().reportThresholdFor(Theme.GREEN)).isEmpty();
            walking().given(ANNA_CORE, new SetReportThresholds(List.of(greenB))).when(ANNA_CORE, new SetReportThresholds(List.of()))
                    .thenState(c -> assertThat(c.reportThresholdFor(Theme.GREEN)).isEmpty());
        }

        @Test
        void aThemeHasOneThreshold() {
            prepared().when(OFFICER, new SetReportThresholds(List.of(greenB, ReportThreshold.of(Theme.GREEN, QualityLevel.A), everyC,
                            ReportThreshold.everyTheme(QualityLevel.D))))
                    .thenRejected("buurtschouw.campaign.threshold-twice", "buurtschouw.campaign.threshold-twice");
        }

        @Test
        void aScoreBelowTheThresholdIsMarkedForAReportAndKeepsTheThresholdOfItsMoment() {
            walking().given(OFFICER, new SetReportThresholds(List.of(everyC, greenB)))
                    .when(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, TREE, QualityLevel.C, null, JAVAPLEIN))
                    .thenEvents(new QualityAssessed(1, CHAIMA, WEST, Theme.GREEN, TREE, QualityLevel.C, null, Erasable.of(CHAIMA, JAVAPLEIN),
                            QualityLevel.B, NOW))
                    .thenState(c -> assertThat(c.awaitingReport()).extracting(Assessment::number).containsExactly(1));
            // C on litter meets the threshold of every theme (below C is reported), so it is no report.
            walking().given(OFFICER, new SetReportThresholds(List.of(everyC, greenB)))
                    .when(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, CONTAINER, QualityLevel.C, null, null))
                    .thenAccepted(e -> assertThat(((QualityAssessed) e.get(0)).reportBelow()).isNull());
            // A later change of thresholds does not change what a score was decided to be.
            Spec<CampaignCommand, CampaignEvent, Campaign> spec = walking().given(OFFICER, new SetReportThresholds(List.of(greenB)))
                    .given(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, TREE, QualityLevel.D, null, JAVAPLEIN));
            spec.when(OFFICER, new SetReportThresholds(List.of()))
                    .thenState(c -> assertThat(c.assessments().get(0).reportBelow()).isEqualTo(QualityLevel.B));
        }

        @Test
        void aScoreThatBecomesAReportNeedsItsPlace() {
            walking().given(OFFICER, new SetReportThresholds(List.of(greenB)))
                    .when(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, TREE, QualityLevel.D, "Dode boom", null))
                    .thenRejected("buurtschouw.campaign.location-required");
        }

        @Test
        void aScoreLiesInTheAreaOnAThemeOfTheCampaignAndScoresAnElementOfTheTree() {
            walking().when(CHAIMA_PARTICIPANT, new RecordAssessment(NeighbourhoodCode.parse("BU03630000"), Theme.LIGHTING,
                            CategoryCode.of("groen", "bloembak"), QualityLevel.B, null, null))
                    .thenRejected("buurtschouw.campaign.outside-area", "buurtschouw.campaign.element-unknown",
                            "buurtschouw.campaign.theme-not-chosen");
            // The element's theme counts when no theme is given: street lighting is not a theme of this walk.
            walking().when(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, LIGHT, QualityLevel.B, null, null))
                    .thenRejected("buurtschouw.campaign.theme-not-chosen");
        }

        @Test
        void scoresAreTakenOnTheWalkWhileEntryIsOpen() {
            prepared().when(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, TREE, QualityLevel.B, null, null))
                    .thenRejected("workflow.step-not-allowed");
            Spec<CampaignCommand, CampaignEvent, Campaign> late = walking();
            late.after(Duration.ofDays(13));
            late.when(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, TREE, QualityLevel.B, null, null))
                    .thenRejected("buurtschouw.campaign.observations-closed");
            walking().when(OFFICER, new RecordAssessment(WEST, null, TREE, QualityLevel.B, null, null))
                    .thenRejected("workflow.role-not-allowed");
        }

        @Test
        void theSystemLinksTheReportAPoorScoreBecame() {
            StreamId report = StreamId.of("buurtschouw.report", "r-9");
            Spec<CampaignCommand, CampaignEvent, Campaign> spec = walking().given(OFFICER, new SetReportThresholds(List.of(greenB)))
                    .given(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, TREE, QualityLevel.D, null, JAVAPLEIN),
                            new RecordAssessment(WEST, null, TREE, QualityLevel.A, null, null));
            spec.whenSystem(new LinkAssessmentReport(1, report))
                    .thenEvents(new AssessmentReported(1, StreamLink.of("reported-as", report), NOW))
                    .thenState(c -> {
                        assertThat(c.assessments().get(0).report()).isEqualTo(report);
                        assertThat(c.awaitingReport()).isEmpty();
                    });
            spec.whenSystem(new LinkAssessmentReport(1, report)).thenRejected("buurtschouw.campaign.report-not-due");
            spec.whenSystem(new LinkAssessmentReport(2, report)).thenRejected("buurtschouw.campaign.report-not-due");
            spec.whenSystem(new LinkAssessmentReport(3, report)).thenRejected("buurtschouw.campaign.assessment-unknown");
            walking().given(OFFICER, new SetReportThresholds(List.of(greenB)))
                    .given(CHAIMA_PARTICIPANT, new RecordAssessment(WEST, null, TREE, QualityLevel.D, null, JAVAPLEIN))
                    .whenSystem(new LinkAssessmentReport(1, CAMPAIGN)).thenRejected("buurtschouw.campaign.not-a-report");
            spec.when(OFFICER, new LinkAssessmentReport(1, report)).thenRejected("workflow.role-not-allowed");
        }

        @Test
        void theMunicipalityRecordsItsOwnInspection() {
            Inspection inspected = new Inspection(WEST, Theme.GREEN, TREE, QualityLevel.B, LocalDate.of(2026, 1, 5),
                    PersonId.of("p-officer"), NOW);
            prepared().when(OFFICER, new RecordInspection(WEST, Theme.GREEN, TREE, QualityLevel.B, LocalDate.of(2026, 1, 5)))
                    .thenEvents(new InspectionRecorded(inspected))
                    .thenState(c -> assertThat(c.inspections()).containsExactly(inspected));
            evaluating().when(OFFICER, new RecordInspection(OOST, Theme.LITTER, null, QualityLevel.C, LocalDate.of(2025, 12, 1)))
                    .thenAccepted(e -> assertThat(e).hasSize(1));
            prepared().when(OFFICER, new RecordInspection(NeighbourhoodCode.parse("BU03630000"), Theme.GREEN,
                            CategoryCode.of("groen", "bloembak"), QualityLevel.B, LocalDate.of(2026, 1, 6)))
                    .thenRejected("buurtschouw.campaign.outside-area", "buurtschouw.campaign.element-unknown",
                            "buurtschouw.campaign.inspection-in-future");
            prepared().when(ANNA_CORE, new RecordInspection(WEST, Theme.GREEN, null, QualityLevel.B, LocalDate.of(2026, 1, 5)))
                    .thenRejected("workflow.role-not-allowed");
        }
    }

    @Nested
    class Roles {

        @Test
        void onlyTheCoreGroupPreparesTheWalk() {
            started().when(OFFICER, new ChooseThemes(List.of(Theme.GREEN))).thenRejected("workflow.role-not-allowed");
            prepared().when(CHAIMA_PARTICIPANT, new StartWalk()).thenRejected("workflow.role-not-allowed");
        }

        @Test
        void participantsCannotCloseEntryOrPublish() {
            walking().when(CHAIMA_PARTICIPANT, new CloseEntry()).thenRejected("workflow.role-not-allowed");
            walking().given(ANNA_CORE, new CloseEntry())
                    .when(CHAIMA_PARTICIPANT, new PublishResults(LocalizedText.of("x", "x"))).thenRejected("workflow.role-not-allowed");
        }

        @Test
        void externalPartiesDoNotRate() {
            evaluating().when(CONTRACTOR, new RateCampaign(1, null)).thenRejected("workflow.role-not-allowed");
        }
    }
}
