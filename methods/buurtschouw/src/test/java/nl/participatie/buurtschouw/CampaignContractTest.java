package nl.participatie.buurtschouw;

import static nl.participatie.buurtschouw.Fixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.buurtschouw.CampaignCommand.*;
import nl.participatie.buurtschouw.CampaignEvent.*;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.StreamLink;
import nl.participatie.testkit.MethodContract;

/** The campaign keeps the contract of every aggregate: decided, evolved, typed, golden, round-tripped. */
class CampaignContractTest extends MethodContract<CampaignCommand, CampaignEvent, Campaign> {

    @Override
    protected ProcessDefinition<CampaignCommand, CampaignEvent, Campaign, ?> definition() {
        return BuurtschouwWorkflow.CAMPAIGNS;
    }

    @Override
    protected List<CampaignCommand> sampleCommands() {
        return List.of(new StartCampaign("Schouw Indische Buurt", AMSTERDAM), new JoinCoreGroup(BRAM), new LeaveCoreGroup(BRAM),
                new ChooseArea(List.of(WEST, OOST)), new PlanRoute(List.of(JAVASTRAAT, JAVAPLEIN)),
                new ChooseThemes(List.of(Theme.GREEN, Theme.of("speelplekken"))),
                new ScheduleWalk(List.of(LocalDate.of(2026, 6, 6)), Instant.parse("2026-06-20T22:00:00Z")),
                new InviteParticipants(List.of(Invitation.of(CHAIMA, Invitation.Kind.RESIDENT),
                        Invitation.of(DIRK, Invitation.Kind.ENTREPRENEUR))),
                new StartWalk(), new CloseEntry(), new PublishResults(LocalizedText.of("Dank!", "Thanks!")),
                new RateCampaign(4, "Goed georganiseerd"), new RecordLesson("Eerder uitnodigen"), new CloseCampaign(),
                new RecordAttendance(List.of(new Attendance(CHAIMA, Invitation.Kind.RESIDENT), new Attendance(DIRK, Invitation.Kind.ENTREPRENEUR))),
                new MakeAgreement(Agreement.Party.HOUSING_CORPORATION, "Hek van de binnentuin repareren", java.time.LocalDate.of(2026, 4, 1)),
                new CompleteAgreement(1),
                new CancelCampaign("Te weinig aanmeldingen"),
                new SetReportThresholds(List.of(ReportThreshold.everyTheme(QualityLevel.C), ReportThreshold.of(Theme.GREEN, QualityLevel.B))),
                new RecordAssessment(WEST, Theme.GREEN, TREE, QualityLevel.D, "Boomspiegel vol onkruid", JAVAPLEIN),
                new LinkAssessmentReport(1, OTHER_REPORT),
                new RecordInspection(WEST, Theme.GREEN, null, QualityLevel.B, LocalDate.of(2026, 2, 20)));
    }

    @Override
    protected List<CampaignEvent> sampleEvents() {
        return List.of(new CampaignStarted("Schouw Indische Buurt", AMSTERDAM), new CoreGroupMemberJoined(ANNA),
                new CoreGroupMemberLeft(BRAM), new AreaChosen(List.of(WEST, OOST)), new RoutePlanned(List.of(JAVASTRAAT, JAVAPLEIN)),
                new ThemesChosen(List.of(Theme.GREEN, Theme.LITTER)),
                new WalkScheduled(List.of(LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 7)), Instant.parse("2026-06-20T22:00:00Z")),
                new ParticipantsInvited(List.of(Invitation.of(CHAIMA, Invitation.Kind.RESIDENT))), new WalkStarted(T),
                new EntryClosed(T, true), new ResultsPublished(LocalizedText.of("Dank voor het meelopen.", "Thanks for walking along."), T),
                new CampaignRated(CHAIMA, 5, Erasable.of(CHAIMA, "Leerzaam")), new LessonRecorded(Erasable.of(CHAIMA, "Eerder uitnodigen")), new CampaignClosed(T),
                new AttendanceRecorded(List.of(new Attendance(CHAIMA, Invitation.Kind.RESIDENT), new Attendance(DIRK, Invitation.Kind.ENTREPRENEUR)), T),
                new AgreementMade(1, Agreement.Party.HOUSING_CORPORATION, Erasable.of(ANNA, "Hek van de binnentuin repareren"),
                        java.time.LocalDate.of(2026, 4, 1), ANNA, T),
                new AgreementCompleted(1, BRAM, T),
                new CampaignCancelled("Te weinig aanmeldingen", T),
                new ReportThresholdsSet(List.of(ReportThreshold.everyTheme(QualityLevel.C), ReportThreshold.of(Theme.GREEN, QualityLevel.B))),
                new QualityAssessed(1, CHAIMA, WEST, Theme.GREEN, TREE, QualityLevel.D, Erasable.of(CHAIMA, "Boomspiegel vol onkruid"),
                        Erasable.of(CHAIMA, JAVAPLEIN), QualityLevel.B, T),
                new AssessmentReported(1, StreamLink.of("reported-as", OTHER_REPORT), T),
                new InspectionRecorded(new Inspection(WEST, Theme.GREEN, TREE, QualityLevel.B, LocalDate.of(2026, 2, 20), BRAM, T)));
    }

    @Override
    protected List<Campaign> sampleStates() {
        Campaign prepared = preparedCampaign();
        Campaign walking = BuurtschouwWorkflow.CAMPAIGNS.decider().fold(prepared, List.of(new WalkStarted(T),
                new ReportThresholdsSet(List.of(ReportThreshold.of(Theme.GREEN, QualityLevel.B))),
                new QualityAssessed(1, CHAIMA, WEST, Theme.GREEN, TREE, QualityLevel.C, null, Erasable.of(CHAIMA, JAVAPLEIN), QualityLevel.B, T),
                new InspectionRecorded(new Inspection(WEST, Theme.GREEN, null, QualityLevel.A, LocalDate.of(2026, 2, 20), BRAM, T))));
        Campaign evaluated = BuurtschouwWorkflow.CAMPAIGNS.decider().fold(walking, List.of(new EntryClosed(T, true),
                new ResultsPublished(LocalizedText.of("Dank", "Thanks"), T), new CampaignRated(CHAIMA, 4, null)));
        return List.of(Campaign.INITIAL, prepared, walking, evaluated);
    }
}
