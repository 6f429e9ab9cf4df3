package nl.participatie.buurtschouw.json;

import nl.participatie.buurtschouw.CampaignCommand;
import nl.participatie.buurtschouw.CampaignEvent;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.HouseholdRef;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.API;
import nl.participatie.core.json.TypedJacksonModule;

/**
 * The Jackson module of {@code participatie-buurtschouw} (<i>JSON-koppeling buurtschouw</i>): stable, versioned type
 * ids for the commands and events of the campaign and the report, and the method's value types as plain strings
 * (a category as {@code "afval/grofvuil"}, a quality level as {@code "A+"}). Registered through
 * {@code META-INF/services}, so {@code ParticipatieJson.defaults()} and {@code findAndRegisterModules()} find it.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BuurtschouwJacksonModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    /** The module; found by {@link java.util.ServiceLoader}. */
    public BuurtschouwJacksonModule() {
        super("participatie-buurtschouw");
        stringValue(CategoryCode.class, CategoryCode::toString, CategoryCode::parse);
        stringValue(Theme.class, Theme::code, Theme::of);
        stringValue(QualityLevel.class, QualityLevel::code, QualityLevel::parse);
        stringValue(HouseholdRef.class, HouseholdRef::value, HouseholdRef::of);
        stringValue(SignalenStatus.class, SignalenStatus::code, SignalenStatus::parse);

        commands(CampaignCommand.class);
        type(CampaignCommand.StartCampaign.class, "buurtschouw.start-campaign.v1");
        type(CampaignCommand.JoinCoreGroup.class, "buurtschouw.join-core-group.v1");
        type(CampaignCommand.LeaveCoreGroup.class, "buurtschouw.leave-core-group.v1");
        type(CampaignCommand.ChooseArea.class, "buurtschouw.choose-area.v1");
        type(CampaignCommand.PlanRoute.class, "buurtschouw.plan-route.v1");
        type(CampaignCommand.ChooseThemes.class, "buurtschouw.choose-themes.v1");
        type(CampaignCommand.ScheduleWalk.class, "buurtschouw.schedule-walk.v1");
        type(CampaignCommand.InviteParticipants.class, "buurtschouw.invite-participants.v1");
        type(CampaignCommand.StartWalk.class, "buurtschouw.start-walk.v1");
        type(CampaignCommand.CloseEntry.class, "buurtschouw.close-entry.v1");
        type(CampaignCommand.PublishResults.class, "buurtschouw.publish-results.v1");
        type(CampaignCommand.RateCampaign.class, "buurtschouw.rate-campaign.v1");
        type(CampaignCommand.RecordLesson.class, "buurtschouw.record-lesson.v1");
        type(CampaignCommand.CloseCampaign.class, "buurtschouw.close-campaign.v1");
        type(CampaignCommand.RecordAttendance.class, "buurtschouw.record-attendance.v1");
        type(CampaignCommand.MakeAgreement.class, "buurtschouw.make-agreement.v1");
        type(CampaignCommand.CompleteAgreement.class, "buurtschouw.complete-agreement.v1");
        type(CampaignCommand.CancelCampaign.class, "buurtschouw.cancel-campaign.v1");
        type(CampaignCommand.SetReportThresholds.class, "buurtschouw.set-report-thresholds.v1");
        type(CampaignCommand.RecordAssessment.class, "buurtschouw.record-assessment.v1");
        type(CampaignCommand.LinkAssessmentReport.class, "buurtschouw.link-assessment-report.v1");
        type(CampaignCommand.RecordInspection.class, "buurtschouw.record-inspection.v1");

        family(CampaignEvent.class);
        type(CampaignEvent.CampaignStarted.class, "buurtschouw.campaign-started.v1");
        type(CampaignEvent.CoreGroupMemberJoined.class, "buurtschouw.core-group-member-joined.v1");
        type(CampaignEvent.CoreGroupMemberLeft.class, "buurtschouw.core-group-member-left.v1");
        type(CampaignEvent.AreaChosen.class, "buurtschouw.area-chosen.v1");
        type(CampaignEvent.RoutePlanned.class, "buurtschouw.route-planned.v1");
        type(CampaignEvent.ThemesChosen.class, "buurtschouw.themes-chosen.v1");
        type(CampaignEvent.WalkScheduled.class, "buurtschouw.walk-scheduled.v1");
        type(CampaignEvent.ParticipantsInvited.class, "buurtschouw.participants-invited.v1");
        type(CampaignEvent.WalkStarted.class, "buurtschouw.walk-started.v1");
        type(CampaignEvent.EntryClosed.class, "buurtschouw.entry-closed.v1");
        type(CampaignEvent.ResultsPublished.class, "buurtschouw.results-published.v1");
        type(CampaignEvent.CampaignRated.class, "buurtschouw.campaign-rated.v2");
        // v2: the remark became erasable (crypto-shredding); see core/TRUST.md.
        upcastToErasable("buurtschouw.campaign-rated.v1", "buurtschouw.campaign-rated.v2", "rater", "remark");
        type(CampaignEvent.LessonRecorded.class, "buurtschouw.lesson-recorded.v2");
        upcastToErasable("buurtschouw.lesson-recorded.v1", "buurtschouw.lesson-recorded.v2", null, "lesson");
        type(CampaignEvent.CampaignClosed.class, "buurtschouw.campaign-closed.v1");
        type(CampaignEvent.AttendanceRecorded.class, "buurtschouw.attendance-recorded.v1");
        type(CampaignEvent.AgreementMade.class, "buurtschouw.agreement-made.v1");
        type(CampaignEvent.AgreementCompleted.class, "buurtschouw.agreement-completed.v1");
        type(CampaignEvent.CampaignCancelled.class, "buurtschouw.campaign-cancelled.v1");
        type(CampaignEvent.ReportThresholdsSet.class, "buurtschouw.report-thresholds-set.v1");
        type(CampaignEvent.QualityAssessed.class, "buurtschouw.quality-assessed.v1");
        type(CampaignEvent.AssessmentReported.class, "buurtschouw.assessment-reported.v1");
        type(CampaignEvent.InspectionRecorded.class, "buurtschouw.inspection-recorded.v1");

        commands(ReportCommand.class);
        // v2: a quality score is no report any more; its levels (observed, target) left the command.
        type(ReportCommand.FileReport.class, "buurtschouw.file-report.v2");
        type(ReportCommand.SetBackToReported.class, "buurtschouw.set-back-to-reported.v1");
        type(ReportCommand.AwaitHandling.class, "buurtschouw.await-handling.v1");
        type(ReportCommand.StartHandling.class, "buurtschouw.start-handling.v1");
        type(ReportCommand.Schedule.class, "buurtschouw.schedule.v1");
        type(ReportCommand.MarkReadyToSend.class, "buurtschouw.mark-ready-to-send.v2");
        type(ReportCommand.ConfirmSent.class, "buurtschouw.confirm-sent.v1");
        type(ReportCommand.ReportSendFailure.class, "buurtschouw.report-send-failure.v1");
        type(ReportCommand.ReportDoneExternally.class, "buurtschouw.report-done-externally.v1");
        type(ReportCommand.ForwardToExternal.class, "buurtschouw.forward-to-external.v2");
        type(ReportCommand.AnswerForward.class, "buurtschouw.answer-forward.v1");
        type(ReportCommand.ExpireForward.class, "buurtschouw.expire-forward.v1");
        type(ReportCommand.RequestClosure.class, "buurtschouw.request-closure.v1");
        type(ReportCommand.RequestReaction.class, "buurtschouw.request-reaction.v1");
        type(ReportCommand.React.class, "buurtschouw.react.v1");
        type(ReportCommand.ExpireReactionRequest.class, "buurtschouw.expire-reaction-request.v1");
        type(ReportCommand.Handle.class, "buurtschouw.handle.v1");
        type(ReportCommand.CloseAsInitiative.class, "buurtschouw.close-as-initiative.v1");
        type(ReportCommand.TellChainNews.class, "buurtschouw.tell-chain-news.v1");
        type(ReportCommand.Cancel.class, "buurtschouw.cancel.v1");
        type(ReportCommand.Reopen.class, "buurtschouw.reopen.v1");
        type(ReportCommand.AnswerSatisfactionSurvey.class, "buurtschouw.answer-satisfaction-survey.v2");
        type(ReportCommand.CloseSatisfactionSurvey.class, "buurtschouw.close-satisfaction-survey.v1");
        type(ReportCommand.SupportIdea.class, "buurtschouw.support-idea.v1");
        type(ReportCommand.StateReadinessToLead.class, "buurtschouw.state-readiness-to-lead.v1");
        type(ReportCommand.MarkDuplicateIdea.class, "buurtschouw.mark-duplicate-idea.v1");
        type(ReportCommand.SeparateIdea.class, "buurtschouw.separate-idea.v1");
        type(ReportCommand.ImportSignalenMelding.class, "buurtschouw.import-signalen-melding.v1");
        type(ReportCommand.ImportSignalenStatus.class, "buurtschouw.import-signalen-status.v1");

        family(ReportEvent.class);
        type(ReportEvent.ReportFiled.class, "buurtschouw.report-filed.v2");
        // v2: what the reporter wrote, where and their photos became erasable (crypto-shredding).
        upcastToErasable("buurtschouw.report-filed.v1", "buurtschouw.report-filed.v2", "reporter",
                "description", "location", "address", "postcode", "photos");
        type(ReportEvent.StatusChanged.class, "buurtschouw.status-changed.v1");
        type(ReportEvent.ReportScheduled.class, "buurtschouw.report-scheduled.v1");
        type(ReportEvent.ReportForwarded.class, "buurtschouw.report-forwarded.v1");
        type(ReportEvent.ReactionRequested.class, "buurtschouw.reaction-requested.v1");
        type(ReportEvent.ReactionReceived.class, "buurtschouw.reaction-received.v2");
        upcastToErasable("buurtschouw.reaction-received.v1", "buurtschouw.reaction-received.v2", null, "text", "photos");
        type(ReportEvent.ReactionRequestExpired.class, "buurtschouw.reaction-request-expired.v1");
        type(ReportEvent.ReportHandled.class, "buurtschouw.report-handled.v1");
        type(ReportEvent.ReportCancelled.class, "buurtschouw.report-cancelled.v1");
        type(ReportEvent.ReportReopened.class, "buurtschouw.report-reopened.v1");
        type(ReportEvent.SatisfactionAnswered.class, "buurtschouw.satisfaction-answered.v3");
        upcastToErasable("buurtschouw.satisfaction-answered.v1", "buurtschouw.satisfaction-answered.v2", null, "remark");
        // v3: the standard answer chosen, and whether the answer reopened the report; before, every unhappy answer did.
        upcast("buurtschouw.satisfaction-answered.v2", "buurtschouw.satisfaction-answered.v3", node -> {
            node.putNull("answer");
            node.put("reopens", !node.path("satisfied").asBoolean());
            return node;
        });
        type(ReportEvent.SatisfactionSurveyClosed.class, "buurtschouw.satisfaction-survey-closed.v1");
        type(ReportEvent.IdeaSupported.class, "buurtschouw.idea-supported.v1");
        type(ReportEvent.ReadinessToLeadStated.class, "buurtschouw.readiness-to-lead-stated.v1");
        type(ReportEvent.IdeaMarkedDuplicate.class, "buurtschouw.idea-marked-duplicate.v1");
        type(ReportEvent.IdeaSeparated.class, "buurtschouw.idea-separated.v1");
        type(ReportEvent.ChainNewsTold.class, "buurtschouw.chain-news-told.v1");
        type(ReportEvent.ForwardedToExternal.class, "buurtschouw.forwarded-to-external.v1");
        type(ReportEvent.ForwardAnswered.class, "buurtschouw.forward-answered.v1");
        type(ReportEvent.ForwardExpired.class, "buurtschouw.forward-expired.v1");
        type(ReportEvent.ImportedFromSignalen.class, "buurtschouw.imported-from-signalen.v1");
        type(ReportEvent.SignalenStatusImported.class, "buurtschouw.signalen-status-imported.v1");
    }
}
