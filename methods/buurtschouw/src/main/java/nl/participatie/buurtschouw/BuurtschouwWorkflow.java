package nl.participatie.buurtschouw;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.participatie.buurtschouw.CampaignCommand.CancelCampaign;
import nl.participatie.buurtschouw.CampaignCommand.ChooseArea;
import nl.participatie.buurtschouw.CampaignCommand.ChooseThemes;
import nl.participatie.buurtschouw.CampaignCommand.CloseCampaign;
import nl.participatie.buurtschouw.CampaignCommand.CloseEntry;
import nl.participatie.buurtschouw.CampaignCommand.InviteParticipants;
import nl.participatie.buurtschouw.CampaignCommand.LinkAssessmentReport;
import nl.participatie.buurtschouw.CampaignCommand.RecordAssessment;
import nl.participatie.buurtschouw.CampaignCommand.RecordInspection;
import nl.participatie.buurtschouw.CampaignCommand.SetReportThresholds;
import nl.participatie.buurtschouw.CampaignCommand.JoinCoreGroup;
import nl.participatie.buurtschouw.CampaignCommand.LeaveCoreGroup;
import nl.participatie.buurtschouw.CampaignCommand.PlanRoute;
import nl.participatie.buurtschouw.CampaignCommand.PublishResults;
import nl.participatie.buurtschouw.CampaignCommand.RateCampaign;
import nl.participatie.buurtschouw.CampaignCommand.CompleteAgreement;
import nl.participatie.buurtschouw.CampaignCommand.MakeAgreement;
import nl.participatie.buurtschouw.CampaignCommand.RecordAttendance;
import nl.participatie.buurtschouw.CampaignCommand.RecordLesson;
import nl.participatie.buurtschouw.CampaignCommand.ScheduleWalk;
import nl.participatie.buurtschouw.CampaignCommand.StartCampaign;
import nl.participatie.buurtschouw.CampaignCommand.StartWalk;
import nl.participatie.buurtschouw.ReportCommand.CloseAsInitiative;
import nl.participatie.buurtschouw.ReportCommand.TellChainNews;
import nl.participatie.buurtschouw.ReportCommand.AnswerForward;
import nl.participatie.buurtschouw.ReportCommand.AnswerSatisfactionSurvey;
import nl.participatie.buurtschouw.ReportCommand.AwaitHandling;
import nl.participatie.buurtschouw.ReportCommand.Cancel;
import nl.participatie.buurtschouw.ReportCommand.CloseSatisfactionSurvey;
import nl.participatie.buurtschouw.ReportCommand.ConfirmSent;
import nl.participatie.buurtschouw.ReportCommand.ExpireForward;
import nl.participatie.buurtschouw.ReportCommand.ExpireReactionRequest;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportCommand.ForwardToExternal;
import nl.participatie.buurtschouw.ReportCommand.Handle;
import nl.participatie.buurtschouw.ReportCommand.MarkDuplicateIdea;
import nl.participatie.buurtschouw.ReportCommand.SeparateIdea;
import nl.participatie.buurtschouw.ReportCommand.StateReadinessToLead;
import nl.participatie.buurtschouw.ReportCommand.ImportSignalenMelding;
import nl.participatie.buurtschouw.ReportCommand.ImportSignalenStatus;
import nl.participatie.buurtschouw.ReportCommand.MarkReadyToSend;
import nl.participatie.buurtschouw.ReportCommand.React;
import nl.participatie.buurtschouw.ReportCommand.Reopen;
import nl.participatie.buurtschouw.ReportCommand.ReportDoneExternally;
import nl.participatie.buurtschouw.ReportCommand.ReportSendFailure;
import nl.participatie.buurtschouw.ReportCommand.RequestClosure;
import nl.participatie.buurtschouw.ReportCommand.RequestReaction;
import nl.participatie.buurtschouw.ReportCommand.Schedule;
import nl.participatie.buurtschouw.ReportCommand.SetBackToReported;
import nl.participatie.buurtschouw.ReportCommand.StartHandling;
import nl.participatie.buurtschouw.ReportCommand.SupportIdea;
import nl.participatie.core.API;
import nl.participatie.core.InstanceRoles;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;

/**
 * The two state machines of the Digitale Buurtschouw, declared as data (<i>werkwijze</i>): the campaign (preparation,
 * walk, feedback, evaluation, closed) and the report, whose status changes are exactly Signalen's
 * {@code ALLOWED_STATUS_CHANGES} between the states a new report can reach (see {@link SignalenStatus}), each with the
 * roles that may make it. Also the process definitions the engines run.
 *
 * <p>A municipality tightens roles with {@link Workflow#restrict} and {@link ProcessDefinition#withWorkflow}, and
 * configures categories, boundaries and windows through {@link Buurtschouw#builder()}, whose engines also check a
 * report's campaign.
 *
 * <pre>{@code
 * Workflow<ReportStep> flow = BuurtschouwWorkflow.REPORTS.workflow();
 * String type = BuurtschouwWorkflow.REPORTS.streamType(); // "buurtschouw.report"
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BuurtschouwWorkflow {

    /** A resident or entrepreneur who reports (<i>melder</i>). */
    public static final Role REPORTER = Role.of("REPORTER");
    /** A member of the campaign's core group (<i>kerngroeplid</i>). */
    public static final Role CORE_GROUP = Role.of("CORE_GROUP");
    /** Someone walking along: resident, entrepreneur, professional (<i>deelnemer</i>). */
    public static final Role PARTICIPANT = Role.of("PARTICIPANT");
    /** The civil servant who handles reports (<i>behandelaar</i>, <i>ambtenaar</i>). */
    public static final Role CIVIL_SERVANT = Role.of("CIVIL_SERVANT");
    /** An organisation a report is forwarded to: contractor, housing corporation (<i>externe partij</i>). */
    public static final Role EXTERNAL_PARTY = Role.of("EXTERNAL_PARTY");
    /** The alderman or mayor (<i>bestuurder</i>). */
    public static final Role EXECUTIVE = Role.of("EXECUTIVE");
    /** A facilitator or advisor of the neighbourhood, e.g. from a welfare organisation (<i>begeleider</i>). */
    public static final Role FACILITATOR = Role.of("FACILITATOR");

    /**
     * The status-change commands of a report and the status each leads to: one command per Signalen target state.
     * Each may be fired from every status from which Signalen allows a change to its target.
     */
    static final Map<Class<? extends ReportCommand>, ReportStep> STATUS_COMMANDS;

    private static final Map<Class<? extends ReportCommand>, Role[]> STATUS_ROLES = new LinkedHashMap<>();

    static {
        Map<Class<? extends ReportCommand>, ReportStep> targets = new LinkedHashMap<>();
        status(targets, SetBackToReported.class, ReportStep.REPORTED, CIVIL_SERVANT);
        status(targets, AwaitHandling.class, ReportStep.AWAITING_HANDLING, CIVIL_SERVANT);
        status(targets, StartHandling.class, ReportStep.IN_PROGRESS, CIVIL_SERVANT);
        status(targets, Schedule.class, ReportStep.SCHEDULED, CIVIL_SERVANT);
        status(targets, MarkReadyToSend.class, ReportStep.READY_TO_SEND, CIVIL_SERVANT);
        status(targets, ConfirmSent.class, ReportStep.SENT, EXTERNAL_PARTY, Role.SYSTEM);
        status(targets, ReportSendFailure.class, ReportStep.SEND_FAILED, EXTERNAL_PARTY, Role.SYSTEM);
        status(targets, ReportDoneExternally.class, ReportStep.DONE_EXTERNAL, EXTERNAL_PARTY, Role.SYSTEM);
        status(targets, ForwardToExternal.class, ReportStep.FORWARDED_TO_EXTERNAL, CIVIL_SERVANT);
        status(targets, RequestClosure.class, ReportStep.CLOSURE_REQUESTED, EXTERNAL_PARTY, CIVIL_SERVANT);
        status(targets, RequestReaction.class, ReportStep.REACTION_REQUESTED, CIVIL_SERVANT);
        status(targets, Handle.class, ReportStep.HANDLED, CIVIL_SERVANT);
        // The reaction to an initiative started from this idea (core's links): handled as Handle is, by the system.
        status(targets, CloseAsInitiative.class, ReportStep.HANDLED, Role.SYSTEM);
        status(targets, Cancel.class, ReportStep.CANCELLED, CIVIL_SERVANT);
        status(targets, Reopen.class, ReportStep.REOPENED, CIVIL_SERVANT);
        STATUS_COMMANDS = Collections.unmodifiableMap(targets);
    }

    /** The stream type of a campaign (<i>schouw</i>); read it as {@code CAMPAIGNS.streamType()}. */
    private static final String CAMPAIGN_STREAM = "buurtschouw.campaign";
    /** The stream type of a report (<i>melding</i>); read it as {@code REPORTS.streamType()}. */
    private static final String REPORT_STREAM = "buurtschouw.report";

    /** The campaign's state machine. */
    private static final Workflow<CampaignStep> CAMPAIGN_WORKFLOW = Workflow
            .builder("Digitale Buurtschouw: schouw", CampaignStep.class, CampaignStep.PREPARATION)
            .terminal(CampaignStep.CLOSED)
            .within(StartCampaign.class, CampaignStep.PREPARATION, CORE_GROUP, CIVIL_SERVANT)
            .within(JoinCoreGroup.class, EnumSet.of(CampaignStep.PREPARATION, CampaignStep.WALK), CORE_GROUP, CIVIL_SERVANT)
            .within(LeaveCoreGroup.class, EnumSet.of(CampaignStep.PREPARATION, CampaignStep.WALK), CORE_GROUP, CIVIL_SERVANT)
            .within(ChooseArea.class, CampaignStep.PREPARATION, CORE_GROUP)
            .within(PlanRoute.class, CampaignStep.PREPARATION, CORE_GROUP)
            .within(ChooseThemes.class, CampaignStep.PREPARATION, CORE_GROUP)
            .within(ScheduleWalk.class, CampaignStep.PREPARATION, CORE_GROUP)
            .within(InviteParticipants.class, EnumSet.of(CampaignStep.PREPARATION, CampaignStep.WALK), CORE_GROUP)
            .within(SetReportThresholds.class, EnumSet.of(CampaignStep.PREPARATION, CampaignStep.WALK), CORE_GROUP, CIVIL_SERVANT)
            .transition(StartWalk.class, CampaignStep.PREPARATION, CampaignStep.WALK, CORE_GROUP)
            // A quality score is recorded on the walk by whoever walks along; it is no report and has no lifecycle.
            .within(RecordAssessment.class, CampaignStep.WALK, PARTICIPANT, CORE_GROUP)
            // Linking the report a poor score became: the system, right after filing it, also when entry closed meanwhile.
            .within(LinkAssessmentReport.class, EnumSet.of(CampaignStep.WALK, CampaignStep.FEEDBACK, CampaignStep.EVALUATION), Role.SYSTEM)
            .within(RecordInspection.class, EnumSet.of(CampaignStep.PREPARATION, CampaignStep.WALK, CampaignStep.FEEDBACK,
                    CampaignStep.EVALUATION), CIVIL_SERVANT)
            .within(RecordAttendance.class, EnumSet.of(CampaignStep.WALK, CampaignStep.FEEDBACK), CORE_GROUP, CIVIL_SERVANT)
            .transition(CloseEntry.class, CampaignStep.WALK, CampaignStep.FEEDBACK, CORE_GROUP, Role.SYSTEM)
            .transition(PublishResults.class, CampaignStep.FEEDBACK, CampaignStep.EVALUATION, CORE_GROUP, CIVIL_SERVANT, EXECUTIVE)
            .within(RateCampaign.class, CampaignStep.EVALUATION, PARTICIPANT, CORE_GROUP, REPORTER)
            .within(RecordLesson.class, CampaignStep.EVALUATION, CORE_GROUP, CIVIL_SERVANT)
            // The results are agreements: made after the walk, followed up until the campaign closes.
            .within(MakeAgreement.class, EnumSet.of(CampaignStep.FEEDBACK, CampaignStep.EVALUATION), CORE_GROUP, CIVIL_SERVANT, EXECUTIVE)
            .within(CompleteAgreement.class, EnumSet.of(CampaignStep.FEEDBACK, CampaignStep.EVALUATION), CORE_GROUP, CIVIL_SERVANT, EXECUTIVE)
            .transition(CloseCampaign.class, CampaignStep.EVALUATION, CampaignStep.CLOSED, CORE_GROUP, CIVIL_SERVANT)
            .fromAnyActive(CancelCampaign.class, CampaignStep.CLOSED, CORE_GROUP, CIVIL_SERVANT, EXECUTIVE)
            .build();

    /** The report's state machine: Signalen's allowed status changes, with roles. */
    private static final Workflow<ReportStep> REPORT_WORKFLOW = buildReportWorkflow(false);

    /**
     * The report's state machine for the Signalen import: the same, and the system may record a Signalen melding and
     * any status of its history. Only the facade's import engine runs it; the engine of {@code REPORTS} refuses imports.
     */
    private static final Workflow<ReportStep> REPORT_IMPORT_WORKFLOW = buildReportWorkflow(true);

    /** The core group is the campaign's own: a core-group member of one campaign is nobody in another. */
    private static final InstanceRoles<Campaign> CORE_GROUP_OF_CAMPAIGN = new InstanceRoles<>(Set.of(CORE_GROUP),
            (campaign, person, role, command) -> campaign.coreGroup().contains(person));

    /**
     * A reporter acts on their own report only; any resident may support an idea, which is why supporting is the
     * one command a reporter fires on someone else's report.
     */
    private static final InstanceRoles<Report> REPORTER_OF_REPORT = new InstanceRoles<>(Set.of(REPORTER),
            (report, person, role, command) -> command instanceof ReportCommand.SupportIdea || person.equals(report.reporter()));

    /**
     * The campaign process (<i>schouw</i>) with the default rules (a core group of at least 2); its workflow is
     * {@code CAMPAIGNS.workflow()}, its stream type {@code CAMPAIGNS.streamType()}. A municipality's rules go through
     * {@link Buurtschouw.Builder#campaignRules}.
     */
    public static final ProcessDefinition<CampaignCommand, CampaignEvent, Campaign, CampaignStep> CAMPAIGNS =
            campaigns(CampaignRules.defaults());

    /**
     * The report process (<i>melding</i>) with the default rules (the default category tree, no boundaries) and no
     * campaigns to look up: alone, it refuses a report that names a campaign ({@code buurtschouw.report.campaign-unknown}).
     * The facade {@link Buurtschouw} gives its reports the campaigns of its store and the rules of
     * {@link Buurtschouw.Builder#reportRules}.
     */
    public static final ProcessDefinition<ReportCommand, ReportEvent, Report, ReportStep> REPORTS =
            reports(ReportRules.defaults(), CampaignLookup.NONE);

    private BuurtschouwWorkflow() {
    }

    /** The campaign process with a municipality's rules and the default category tree. */
    static ProcessDefinition<CampaignCommand, CampaignEvent, Campaign, CampaignStep> campaigns(CampaignRules rules) {
        return campaigns(rules, CategoryTree.defaults());
    }

    /** The campaign process with a municipality's rules and category tree; the facade's builder is the public way in. */
    static ProcessDefinition<CampaignCommand, CampaignEvent, Campaign, CampaignStep> campaigns(CampaignRules rules, CategoryTree categories) {
        return ProcessDefinition.of(CAMPAIGN_STREAM, CampaignCommand.class, CampaignEvent.class,
                new CampaignDecider(rules, categories), CAMPAIGN_WORKFLOW, Campaign::step).withInstanceRoles(CORE_GROUP_OF_CAMPAIGN);
    }

    /** The report process with a municipality's rules and a view of its campaigns, reaching no reporter. */
    static ProcessDefinition<ReportCommand, ReportEvent, Report, ReportStep> reports(ReportRules rules, CampaignLookup campaigns) {
        return reports(rules, campaigns, ReporterContacts.NONE);
    }

    /** The report process with a municipality's rules, its campaigns and its reporters' contacts; the facade's builder is the way in. */
    static ProcessDefinition<ReportCommand, ReportEvent, Report, ReportStep> reports(ReportRules rules, CampaignLookup campaigns,
                                                                                   ReporterContacts contacts) {
        return ProcessDefinition.of(REPORT_STREAM, ReportCommand.class, ReportEvent.class,
                new ReportDecider(rules, campaigns, contacts), REPORT_WORKFLOW, Report::step).withInstanceRoles(REPORTER_OF_REPORT);
    }

    /** The report process of the Signalen import: {@link #reports} with the import's workflow. */
    static ProcessDefinition<ReportCommand, ReportEvent, Report, ReportStep> signalenImport(ReportRules rules, CampaignLookup campaigns,
                                                                                          ReporterContacts contacts) {
        return reports(rules, campaigns, contacts).withWorkflow(REPORT_IMPORT_WORKFLOW);
    }

    /**
     * The status changes the report workflow declares, from each status: what {@code REPORTS.workflow()} allows, in
     * the form of Signalen's {@code ALLOWED_STATUS_CHANGES}. A status-change command fired in its own target status
     * counts (Signalen allows {@code m -> m}); other commands that keep the status do not.
     */
    public static Map<ReportStep, Set<ReportStep>> statusChanges() {
        Map<ReportStep, Set<ReportStep>> out = new EnumMap<>(ReportStep.class);
        for (ReportStep step : ReportStep.values()) {
            out.put(step, EnumSet.noneOf(ReportStep.class));
        }
        for (Workflow.Rule<ReportStep> rule : REPORT_WORKFLOW.rules()) {
            for (ReportStep from : rule.from()) {
                for (ReportStep to : rule.to()) {
                    if (from != to || STATUS_COMMANDS.get(rule.command()) == to) {
                        out.get(from).add(to);
                    }
                }
            }
        }
        return out;
    }

    private static void status(Map<Class<? extends ReportCommand>, ReportStep> targets, Class<? extends ReportCommand> command,
                               ReportStep target, Role... roles) {
        targets.put(command, target);
        STATUS_ROLES.put(command, roles);
    }

    /** The steps from which Signalen allows a change to {@code target}; filing ({@code '' -> m}) is FileReport's. */
    private static Set<ReportStep> sourcesOf(ReportStep target) {
        Set<ReportStep> from = EnumSet.noneOf(ReportStep.class);
        SignalenStatus to = SignalenStatus.of(target);
        for (ReportStep step : ReportStep.values()) {
            if (step != ReportStep.NEW && SignalenStatus.of(step).allows(to)) {
                from.add(step);
            }
        }
        return from;
    }

    private static Workflow<ReportStep> buildReportWorkflow(boolean signalenImport) {
        Workflow.Builder<ReportStep> flow = Workflow.builder("Digitale Buurtschouw: melding", ReportStep.class, ReportStep.NEW)
                .terminal(ReportStep.HANDLED, ReportStep.CANCELLED)
                .transition(FileReport.class, ReportStep.NEW, ReportStep.REPORTED, REPORTER, PARTICIPANT, CORE_GROUP, CIVIL_SERVANT);
        STATUS_COMMANDS.forEach((command, target) ->
                flow.rule(command, sourcesOf(target), EnumSet.of(target), STATUS_ROLES.get(command)));
        // Signalen's reaction received: the reporter answers a question, or the reaction window passes. A forward to an
        // external party ends in closure requested, answered or not.
        flow.transition(React.class, ReportStep.REACTION_REQUESTED, ReportStep.REACTION_RECEIVED, REPORTER)
                .transition(ExpireReactionRequest.class, ReportStep.REACTION_REQUESTED, ReportStep.REACTION_RECEIVED, Role.SYSTEM)
                .transition(AnswerForward.class, ReportStep.FORWARDED_TO_EXTERNAL, ReportStep.CLOSURE_REQUESTED, EXTERNAL_PARTY)
                .transition(ExpireForward.class, ReportStep.FORWARDED_TO_EXTERNAL, ReportStep.CLOSURE_REQUESTED, Role.SYSTEM)
                // Signalen's reopen requested: the reporter is not satisfied (KTO); satisfied keeps the report handled.
                .rule(AnswerSatisfactionSurvey.class, EnumSet.of(ReportStep.HANDLED),
                        EnumSet.of(ReportStep.HANDLED, ReportStep.REOPEN_REQUESTED), REPORTER)
                .within(CloseSatisfactionSurvey.class, ReportStep.HANDLED, Role.SYSTEM);
        Set<ReportStep> supportable = EnumSet.allOf(ReportStep.class);
        supportable.removeAll(EnumSet.of(ReportStep.NEW, ReportStep.HANDLED, ReportStep.CANCELLED));
        flow.within(SupportIdea.class, supportable, REPORTER, PARTICIPANT, CORE_GROUP)
                // Initiative power: the reporter's own readiness to lead; duplicates grouped before the ranking.
                .within(StateReadinessToLead.class, supportable, REPORTER)
                .within(MarkDuplicateIdea.class, supportable, CIVIL_SERVANT, FACILITATOR)
                .within(SeparateIdea.class, supportable, CIVIL_SERVANT, FACILITATOR);
        // News from down the chain reaches the reporter in every step after filing, also after closing.
        flow.within(TellChainNews.class, EnumSet.complementOf(EnumSet.of(ReportStep.NEW)), Role.SYSTEM);
        if (signalenImport) {
            // Signalen's data is history, not a decision: any recorded state may follow any other.
            Set<ReportStep> filed = EnumSet.complementOf(EnumSet.of(ReportStep.NEW));
            flow.transition(ImportSignalenMelding.class, ReportStep.NEW, ReportStep.REPORTED, Role.SYSTEM)
                    .rule(ImportSignalenStatus.class, filed, filed, Role.SYSTEM);
        }
        return flow.build();
    }
}
