package nl.participatie.buurtschouw;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.participatie.buurtschouw.ReportCommand.AnswerForward;
import nl.participatie.buurtschouw.ReportCommand.AnswerSatisfactionSurvey;
import nl.participatie.buurtschouw.ReportCommand.AwaitHandling;
import nl.participatie.buurtschouw.ReportCommand.Cancel;
import nl.participatie.buurtschouw.ReportCommand.CloseAsInitiative;
import nl.participatie.buurtschouw.ReportCommand.TellChainNews;
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
import nl.participatie.buurtschouw.ReportEvent.ForwardAnswered;
import nl.participatie.buurtschouw.ReportEvent.ForwardExpired;
import nl.participatie.buurtschouw.ReportEvent.ForwardedToExternal;
import nl.participatie.buurtschouw.ReportEvent.ChainNewsTold;
import nl.participatie.buurtschouw.ReportEvent.IdeaMarkedDuplicate;
import nl.participatie.buurtschouw.ReportEvent.IdeaSeparated;
import nl.participatie.buurtschouw.ReportEvent.IdeaSupported;
import nl.participatie.buurtschouw.ReportEvent.ReadinessToLeadStated;
import nl.participatie.buurtschouw.ReportEvent.ImportedFromSignalen;
import nl.participatie.buurtschouw.ReportEvent.ReactionReceived;
import nl.participatie.buurtschouw.ReportEvent.ReactionRequestExpired;
import nl.participatie.buurtschouw.ReportEvent.ReactionRequested;
import nl.participatie.buurtschouw.ReportEvent.ReportCancelled;
import nl.participatie.buurtschouw.ReportEvent.ReportFiled;
import nl.participatie.buurtschouw.ReportEvent.ReportForwarded;
import nl.participatie.buurtschouw.ReportEvent.ReportHandled;
import nl.participatie.buurtschouw.ReportEvent.ReportReopened;
import nl.participatie.buurtschouw.ReportEvent.ReportScheduled;
import nl.participatie.buurtschouw.ReportEvent.SatisfactionAnswered;
import nl.participatie.buurtschouw.ReportEvent.SatisfactionSurveyClosed;
import nl.participatie.buurtschouw.ReportEvent.SignalenStatusImported;
import nl.participatie.buurtschouw.ReportEvent.StatusChanged;
import nl.participatie.core.API;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

/**
 * The rules of a report (<i>regels van een melding</i>): what each {@link ReportCommand} causes, how each
 * {@link ReportEvent} changes the {@link Report}, the feedback the reporter is owed, and the time-driven ends of the
 * reaction window and the satisfaction survey. Which status changes exist and who may make them is in
 * {@code BuurtschouwWorkflow.REPORTS.workflow()}, checked by the engine first.
 *
 * <p>Feedback to the reporter is mandatory: the category's handling message on filing; a message at every change the
 * reporter should know of (scheduled, a question, handled, cancelled, reopened; other changes when staff add a text);
 * handling, cancelling or reopening without a text for the reporter is rejected. Supporters of an idea hear when it is
 * handled, cancelled or reopened. Nothing is sent to an anonymous reporter.
 *
 * <p>Stateless and thread-safe; configured by {@link ReportRules}, which only {@code decide} reads, so a replay never
 * depends on configuration.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReportDecider implements Decider<ReportCommand, ReportEvent, Report> {

    /** Signalen's longest question to a reporter, in characters. */
    static final int MAX_QUESTION = 1000;

    private final ReportRules rules;
    private final CampaignLookup campaigns;
    private final ReporterContacts contacts;

    /**
     * A decider with the given rules, a view of the campaigns and none of the reporters' contacts: it refuses every
     * report that names a campaign when given {@link CampaignLookup#NONE}, and every question to a reporter.
     */
    public ReportDecider(ReportRules rules, CampaignLookup campaigns) {
        this(rules, campaigns, ReporterContacts.NONE);
    }

    /**
     * A decider with the given rules, a view of the campaigns and of the reporters' contacts; pass
     * {@link CampaignLookup#NONE} to refuse every report that names a campaign, {@link ReporterContacts#NONE} to refuse
     * every question to a reporter.
     */
    public ReportDecider(ReportRules rules, CampaignLookup campaigns, ReporterContacts contacts) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /** The rules this decider applies. */
    public ReportRules rules() {
        return rules;
    }

    @Override
    public Report initialState() {
        return Report.INITIAL;
    }

    @Override
    public Decision<ReportEvent> decide(ReportCommand command, Report state, DecisionContext context) {
        Instant now = context.now();
        if (command instanceof FileReport c) {
            return file(c, context);
        }
        if (command instanceof SetBackToReported c) {
            return changed(state, ReportStep.REPORTED, c.message(), c.note(), now);
        }
        if (command instanceof AwaitHandling c) {
            return changed(state, ReportStep.AWAITING_HANDLING, c.message(), c.note(), now);
        }
        if (command instanceof StartHandling c) {
            return changed(state, ReportStep.IN_PROGRESS, c.message(), c.note(), now);
        }
        if (command instanceof ConfirmSent c) {
            return changed(state, ReportStep.SENT, null, c.note(), now);
        }
        if (command instanceof ReportSendFailure c) {
            return changed(state, ReportStep.SEND_FAILED, null, c.reason(), now);
        }
        if (command instanceof ReportDoneExternally c) {
            return changed(state, ReportStep.DONE_EXTERNAL, c.message(), c.note(), now);
        }
        if (command instanceof RequestClosure c) {
            return changed(state, ReportStep.CLOSURE_REQUESTED, c.message(), c.note(), now);
        }
        if (command instanceof Schedule c) {
            LocalDate today = now.atZone(rules.zone()).toLocalDate();
            if (c.plannedFor().isBefore(today)) {
                return Decision.reject(ReportRejection.DATE_IN_PAST, "plannedFor", c.plannedFor());
            }
            LocalizedText message = Wording.normalize(c.message());
            if (message == null) {
                message = Wording.text(ReportNotice.SCHEDULED, c.plannedFor());
            }
            return Decision.<ReportEvent>accept(new ReportScheduled(c.plannedFor(), message, now))
                    .notify(toReporter(state, ReportNotice.SCHEDULED, message));
        }
        if (command instanceof MarkReadyToSend c) {
            String target = c.target().strip().toLowerCase(Locale.ROOT);
            if (!rules.externalSystems().contains(target)) {
                return Decision.reject(ReportRejection.EXTERNAL_SYSTEM_UNKNOWN, "target", c.target(),
                        String.join(", ", rules.externalSystems()));
            }
            return forwarded(state, ReportStep.READY_TO_SEND, target, c.message(), now);
        }
        if (command instanceof ForwardToExternal c) {
            // Signalen: the text is the question to the external party, who answers by e-mail within the window.
            Instant deadline = now.plus(rules.externalWindow());
            String question = c.question().strip();
            return Decision.<ReportEvent>accept(new ForwardedToExternal(c.externalParty().strip(), Erasable.of(null, c.email().strip()),
                            question, deadline, now))
                    .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.EXTERNAL_PARTY), ReportNotice.FORWARDED.code(),
                            Wording.text(ReportNotice.FORWARDED, question, deadline.atZone(rules.zone()))));
        }
        if (command instanceof AnswerForward c) {
            List<Violation> bad = photoViolations(c.photos());
            if (!bad.isEmpty()) {
                return Decision.reject(bad);
            }
            return Decision.<ReportEvent>accept(new ForwardAnswered(Erasable.of(null, c.text().strip()), erasable(null, c.photos()), now))
                    .notify(toCivilServants(ReportNotice.FORWARD_ANSWERED));
        }
        if (command instanceof ExpireForward) {
            if (state.reactionDeadline() == null || now.isBefore(state.reactionDeadline())) {
                return Decision.reject(ReportRejection.FORWARD_WINDOW_OPEN, "", state.reactionDeadline());
            }
            return Decision.<ReportEvent>accept(new ForwardExpired(now)).notify(toCivilServants(ReportNotice.FORWARD_EXPIRED));
        }
        if (command instanceof ImportSignalenMelding c) {
            return importMelding(c, now);
        }
        if (command instanceof ImportSignalenStatus c) {
            return importStatus(c, state, now);
        }
        if (command instanceof RequestReaction c) {
            LocalizedText question = Wording.normalize(c.question());
            if (question == null) {
                return Decision.reject(ReportRejection.QUESTION_REQUIRED, "question");
            }
            if (state.isAnonymous()) {
                return Decision.reject(ReportRejection.REPORTER_ANONYMOUS, "");
            }
            int length = Math.max(question.nl().length(), question.en().length());
            if (length > MAX_QUESTION) {
                return Decision.reject(ReportRejection.QUESTION_TOO_LONG, "question", length);
            }
            if (!contacts.reachable(state.reporter())) {
                return Decision.reject(ReportRejection.REPORTER_UNREACHABLE, "");
            }
            Instant deadline = now.plus(rules.reactionWindow());
            LocalizedText text = Wording.text(ReportNotice.REACTION_REQUESTED, question,
                    Wording.text(BuurtschouwText.REACT_UNTIL, deadline.atZone(rules.zone())));
            return Decision.<ReportEvent>accept(new ReactionRequested(question, deadline, now))
                    .notify(toReporter(state, ReportNotice.REACTION_REQUESTED, text));
        }
        if (command instanceof React c) {
            if (!context.actor().person().equals(state.reporter())) {
                return Decision.reject(ReportRejection.NOT_THE_REPORTER, "");
            }
            List<Violation> bad = photoViolations(c.photos());
            if (!bad.isEmpty()) {
                return Decision.reject(bad);
            }
            return Decision.<ReportEvent>accept(new ReactionReceived(Erasable.of(state.reporter(), c.text().strip()),
                    erasable(state.reporter(), c.photos()), false, now)).notify(toCivilServants(ReportNotice.REACTION_RECEIVED));
        }
        if (command instanceof ExpireReactionRequest) {
            if (state.reactionDeadline() == null || now.isBefore(state.reactionDeadline())) {
                return Decision.reject(ReportRejection.REACTION_WINDOW_OPEN, "", state.reactionDeadline());
            }
            return Decision.<ReportEvent>accept(new ReactionRequestExpired(now)).notify(toCivilServants(ReportNotice.REACTION_EXPIRED));
        }
        if (command instanceof Handle c) {
            LocalizedText message = Wording.normalize(c.message());
            if (message == null) {
                return Decision.reject(ReportRejection.MESSAGE_REQUIRED, "message");
            }
            // No survey for an anonymous report, nor for a score filed as a report before scores had their own path.
            Instant surveyClosesAt = state.isAnonymous() || state.kind() == ReportKind.QUALITY_ASSESSMENT ? null
                    : now.plus(rules.satisfactionWindow());
            List<Notification> told = new ArrayList<>();
            LocalizedText handledText = Wording.text(ReportNotice.HANDLED, message);
            addToReporter(told, state, ReportNotice.HANDLED, handledText);
            if (surveyClosesAt != null) {
                addToReporter(told, state, ReportNotice.SATISFACTION_SURVEY,
                        Wording.text(ReportNotice.SATISFACTION_SURVEY, surveyClosesAt.atZone(rules.zone())));
            }
            addToSupporters(told, state, ReportNotice.HANDLED, handledText);
            return Decision.<ReportEvent>accept(new ReportHandled(message, now, surveyClosesAt)).notify(told);
        }
        if (command instanceof CloseAsInitiative c) {
            if (state.kind() != ReportKind.IDEA) {
                return Decision.reject(ReportRejection.NOT_AN_IDEA, "");
            }
            LocalizedText message = Wording.text(ReportNotice.IDEA_BECAME_INITIATIVE, c.initiative().toString());
            List<Notification> told = new ArrayList<>();
            addToReporter(told, state, ReportNotice.IDEA_BECAME_INITIATIVE, message);
            addToSupporters(told, state, ReportNotice.IDEA_BECAME_INITIATIVE, message);
            for (IdeaSupport s : state.supporters()) {
                if (!s.offers().isEmpty()) {
                    told.add(Notification.of(Recipient.person(s.supporter()), ReportNotice.HELP_INVITED.code(),
                            Wording.text(ReportNotice.HELP_INVITED, c.initiative().toString())));
                }
            }
            return Decision.<ReportEvent>accept(new ReportHandled(message, now, null)).notify(told);
        }
        if (command instanceof TellChainNews c) {
            LocalizedText news = Wording.normalize(c.news());
            if (news == null) {
                return Decision.reject(ReportRejection.MESSAGE_REQUIRED, "news");
            }
            List<Notification> told = new ArrayList<>();
            LocalizedText text = Wording.text(ReportNotice.CHAIN_NEWS, news);
            addToReporter(told, state, ReportNotice.CHAIN_NEWS, text);
            addToSupporters(told, state, ReportNotice.CHAIN_NEWS, text);
            return Decision.<ReportEvent>accept(new ChainNewsTold(news, now)).notify(told);
        }
        if (command instanceof Cancel c) {
            LocalizedText message = Wording.normalize(c.message());
            if (message == null) {
                return Decision.reject(ReportRejection.MESSAGE_REQUIRED, "message");
            }
            StreamLink duplicate = null;
            if (c.duplicateOf() != null) {
                if (!c.duplicateOf().isOfType(BuurtschouwWorkflow.REPORTS.streamType())) {
                    return Decision.reject(ReportRejection.DUPLICATE_NOT_A_REPORT, "duplicateOf", c.duplicateOf());
                }
                if (c.duplicateOf().equals(context.stream())) {
                    return Decision.reject(ReportRejection.DUPLICATE_OF_ITSELF, "duplicateOf", c.duplicateOf());
                }
                duplicate = StreamLink.of("duplicate-of", c.duplicateOf());
            }
            List<Notification> told = new ArrayList<>();
            LocalizedText cancelledText = Wording.text(ReportNotice.CANCELLED, message);
            addToReporter(told, state, ReportNotice.CANCELLED, cancelledText);
            addToSupporters(told, state, ReportNotice.CANCELLED, cancelledText);
            return Decision.<ReportEvent>accept(new ReportCancelled(message, duplicate, now)).notify(told);
        }
        if (command instanceof Reopen c) {
            LocalizedText message = Wording.normalize(c.message());
            if (message == null) {
                return Decision.reject(ReportRejection.MESSAGE_REQUIRED, "message");
            }
            List<Notification> told = new ArrayList<>();
            LocalizedText reopenedText = Wording.text(ReportNotice.REOPENED, message);
            addToReporter(told, state, ReportNotice.REOPENED, reopenedText);
            addToSupporters(told, state, ReportNotice.REOPENED, reopenedText);
            return Decision.<ReportEvent>accept(new ReportReopened(message, now)).notify(told);
        }
        if (command instanceof AnswerSatisfactionSurvey c) {
            if (!context.actor().person().equals(state.reporter())) {
                return Decision.reject(ReportRejection.NOT_THE_REPORTER, "");
            }
            if (state.satisfied() != null) {
                return Decision.reject(ReportRejection.SURVEY_ANSWERED, "");
            }
            if (state.surveyClosesAt() == null || !now.isBefore(state.surveyClosesAt())) {
                return Decision.reject(ReportRejection.SURVEY_CLOSED, "");
            }
            String answer = c.answer() == null || c.answer().isBlank() ? null : c.answer().strip();
            if (!c.satisfied() && answer != null && !rules.unhappyAnswers().containsKey(answer)) {
                return Decision.reject(ReportRejection.UNHAPPY_ANSWER_UNKNOWN, "answer", answer,
                        String.join(", ", rules.unhappyAnswers().keySet()));
            }
            Erasable<String> remark = Wording.remark(state.reporter(), c.remark());
            // Signalen: unhappy reopens for an own answer, or for a standard answer marked to reopen.
            boolean reopens = !c.satisfied() && (answer == null ? remark != null : rules.unhappyAnswers().get(answer));
            Decision<ReportEvent> decision = Decision.accept(new SatisfactionAnswered(c.satisfied(), answer, remark, reopens, now));
            if (reopens) {
                decision = decision
                        // One code, two readers: {0} is 0 for the reporter, 1 for the civil servants.
                        .notify(toReporter(state, ReportNotice.REOPEN_REQUESTED, Wording.text(ReportNotice.REOPEN_REQUESTED, 0)))
                        .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.CIVIL_SERVANT), ReportNotice.REOPEN_REQUESTED.code(),
                                Wording.text(ReportNotice.REOPEN_REQUESTED, 1)));
            }
            return decision;
        }
        if (command instanceof CloseSatisfactionSurvey) {
            if (state.surveyClosesAt() == null || now.isBefore(state.surveyClosesAt())) {
                return Decision.reject(ReportRejection.SURVEY_NOT_DUE, "", state.surveyClosesAt());
            }
            return Decision.accept(new SatisfactionSurveyClosed(now));
        }
        if (command instanceof SupportIdea c) {
            PersonId supporter = context.actor().person();
            if (state.kind() != ReportKind.IDEA) {
                return Decision.reject(ReportRejection.NOT_AN_IDEA, "");
            }
            if (supporter.equals(state.reporter())) {
                return Decision.reject(ReportRejection.OWN_IDEA, "");
            }
            if (state.isSupportedBy(supporter)) {
                return Decision.reject(ReportRejection.ALREADY_SUPPORTED, "", supporter);
            }
            IdeaSupported event = new IdeaSupported(supporter, c.offers(), c.household(), now);
            int supporters = state.supporters().size() + 1;
            long helpers = state.supporters().stream().filter(IdeaSupport::willingToHelp).count() + (event.offers().isEmpty() ? 0 : 1);
            return Decision.<ReportEvent>accept(event).notify(toReporter(state, ReportNotice.IDEA_SUPPORTED,
                    Wording.text(ReportNotice.IDEA_SUPPORTED, supporters, helpers)));
        }
        if (command instanceof StateReadinessToLead c) {
            if (state.kind() != ReportKind.IDEA) {
                return Decision.reject(ReportRejection.NOT_AN_IDEA, "");
            }
            return Decision.accept(new ReadinessToLeadStated(c.ready(), now));
        }
        if (command instanceof MarkDuplicateIdea c) {
            if (state.kind() != ReportKind.IDEA) {
                return Decision.reject(ReportRejection.NOT_AN_IDEA, "");
            }
            if (!c.original().isOfType(BuurtschouwWorkflow.REPORTS.streamType())) {
                return Decision.reject(ReportRejection.DUPLICATE_NOT_A_REPORT, "original", c.original());
            }
            if (c.original().equals(context.stream())) {
                return Decision.reject(ReportRejection.DUPLICATE_OF_ITSELF, "original", c.original());
            }
            if (c.original().equals(state.duplicateIdeaOf())) {
                return Decision.reject(ReportRejection.ALREADY_GROUPED, "original", c.original());
            }
            return Decision.accept(new IdeaMarkedDuplicate(StreamLink.of("duplicate-of", c.original()), context.actor().person(), now));
        }
        if (command instanceof SeparateIdea) {
            if (state.duplicateIdeaOf() == null) {
                return Decision.reject(ReportRejection.NOT_GROUPED, "");
            }
            return Decision.accept(new IdeaSeparated(context.actor().person(), now));
        }
        throw new IllegalArgumentException("Unhandled command " + command.getClass().getName());
    }

    private Decision<ReportEvent> file(FileReport c, DecisionContext context) {
        if (c.kind() == ReportKind.QUALITY_ASSESSMENT) {
            // A score is no complaint: no handling deadline, no handling, no survey. It belongs on the campaign.
            return Decision.reject(ReportRejection.ASSESSMENT_IS_NO_REPORT, "kind");
        }
        List<Violation> violations = new ArrayList<>();
        PersonId actor = context.actor().person();
        if (c.reporter() != null && !BuurtschouwWorkflow.CIVIL_SERVANT.equals(context.actor().role()) && !c.reporter().equals(actor)) {
            violations.add(Violation.of(ReportRejection.REPORTER_NOT_ACTOR, "reporter", c.reporter()));
        }
        Optional<CategoryTree.SubCategory> sub = rules.categories().find(c.category());
        if (sub.isEmpty()) {
            violations.add(Violation.of(ReportRejection.CATEGORY_UNKNOWN, "category", c.category()));
        }
        GeoPoint location = c.location();
        if (location == null && c.rdLocation() != null) {
            try {
                location = c.rdLocation().toWgs84();
            } catch (InvalidValueException e) {
                violations.add(Violation.of(ReportRejection.LOCATION_INVALID, "rdLocation", c.rdLocation().x() + " " + c.rdLocation().y()));
            }
        } else if (location == null) {
            violations.add(Violation.of(ReportRejection.LOCATION_REQUIRED, "location"));
        }
        String description = Wording.strip(c.description());
        if (description.isEmpty()) {
            violations.add(Violation.of(ReportRejection.DESCRIPTION_REQUIRED, "description"));
        }
        violations.addAll(photoViolations(c.photos()));
        if (c.campaign() != null && !c.campaign().isOfType(BuurtschouwWorkflow.CAMPAIGNS.streamType())) {
            violations.add(Violation.of(ReportRejection.CAMPAIGN_INVALID, "campaign", c.campaign()));
        } else if (c.campaign() != null) {
            // A report needs a campaign that takes observations now; a report filed in the instant entry closes may
            // still get in, which the audit trail shows.
            Optional<Campaign> campaign = campaigns.find(c.campaign());
            if (campaign.isEmpty() || !campaign.get().isStarted()) {
                violations.add(Violation.of(ReportRejection.CAMPAIGN_UNKNOWN, "campaign", c.campaign()));
            } else if (!campaign.get().acceptsObservations(context.now())) {
                violations.add(Violation.of(ReportRejection.CAMPAIGN_NOT_OPEN, "campaign", c.campaign(), campaign.get().step()));
            }
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        CategoryTree.SubCategory category = sub.get();
        Theme theme = c.theme() != null ? c.theme() : category.theme();
        NeighbourhoodCode neighbourhood = c.neighbourhood();
        if (neighbourhood == null && rules.boundaries() != null) {
            neighbourhood = rules.boundaries().neighbourhoodOf(location).orElse(null);
        }
        Instant now = context.now();
        Instant expectedBy = category.serviceLevel().expectedBy(now, rules.zone(), rules.workingDays());
        String address = c.address() == null || c.address().isBlank() ? null : c.address().strip();
        PersonId reporter = c.reporter();
        ReportFiled filed = new ReportFiled(c.kind(), c.category(), theme, Erasable.of(reporter, description),
                Erasable.of(reporter, location), Erasable.ofNullable(reporter, address),
                Erasable.ofNullable(reporter, c.postcode()), neighbourhood, erasable(reporter, c.photos()), reporter, c.campaign() == null ? null : StreamLink.of("part-of", c.campaign()),
                null, now, expectedBy);
        List<Notification> told = new ArrayList<>();
        if (c.reporter() != null) {
            told.add(Notification.of(Recipient.person(c.reporter()), ReportNotice.RECEIVED.code(),
                    Wording.text(ReportNotice.RECEIVED, category.handlingMessage())));
        }
        return Decision.<ReportEvent>accept(filed).notify(told);
    }

    /** Files a Signalen melding as it was: anonymous, at its own moment, its service level counted from then. */
    private Decision<ReportEvent> importMelding(ImportSignalenMelding c, Instant now) {
        Optional<CategoryTree.SubCategory> sub = rules.categories().find(c.category());
        if (sub.isEmpty()) {
            return Decision.reject(ReportRejection.CATEGORY_UNKNOWN, "category", c.category());
        }
        NeighbourhoodCode neighbourhood = rules.boundaries() == null ? null : rules.boundaries().neighbourhoodOf(c.location()).orElse(null);
        String address = c.address() == null || c.address().isBlank() ? null : c.address().strip();
        ReportFiled filed = new ReportFiled(ReportKind.PROBLEM, c.category(), sub.get().theme(), Erasable.of(null, c.description().strip()),
                Erasable.of(null, c.location()), Erasable.ofNullable(null, address), null, neighbourhood, List.of(), null, null, null,
                c.createdAt(), sub.get().serviceLevel().expectedBy(c.createdAt(), rules.zone(), rules.workingDays()));
        return Decision.accept(filed, new ImportedFromSignalen(c.signalenId().strip(), now));
    }

    /**
     * Records a status of a Signalen history as Signalen recorded it: Signalen's own checks (a text for {@code o} and
     * {@code reopened}, a known target for {@code ready to send}, an e-mail address for {@code forward to external}),
     * not ours (a cancellation without a text loads), in order of time. Nobody is told: it is history.
     */
    private Decision<ReportEvent> importStatus(ImportSignalenStatus c, Report state, Instant now) {
        Optional<ReportStep> step = c.status().importStep();
        if (step.isEmpty()) {
            return Decision.reject(ReportRejection.IMPORT_STATUS_INVALID, "status", c.status().code());
        }
        if (state.updatedAt() != null && c.at().isBefore(state.updatedAt())) {
            return Decision.reject(ReportRejection.IMPORT_OUT_OF_ORDER, "at", c.at(), state.updatedAt());
        }
        String text = c.text() == null || c.text().isBlank() ? null : c.text().strip();
        if (text == null && (c.status() == SignalenStatus.AFGEHANDELD || c.status() == SignalenStatus.HEROPEND)) {
            return Decision.reject(ReportRejection.MESSAGE_REQUIRED, "text");
        }
        String target = null;
        if (c.status() == SignalenStatus.TE_VERZENDEN) {
            target = c.targetApi() == null ? "" : c.targetApi().strip().toLowerCase(Locale.ROOT);
            if (!rules.externalSystems().contains(target)) {
                return Decision.reject(ReportRejection.EXTERNAL_SYSTEM_UNKNOWN, "targetApi", String.valueOf(c.targetApi()),
                        String.join(", ", rules.externalSystems()));
            }
        }
        Erasable<String> email = null;
        Instant deadline = null;
        if (c.status() == SignalenStatus.DOORGEZET_NAAR_EXTERN) {
            if (c.email() == null || c.email().isBlank()) {
                return Decision.reject(ReportRejection.IMPORT_EMAIL_REQUIRED, "email");
            }
            email = Erasable.of(null, c.email().strip());
            deadline = c.at().plus(rules.externalWindow());
        } else if (c.status() == SignalenStatus.REACTIE_GEVRAAGD) {
            deadline = c.at().plus(rules.reactionWindow());
        }
        return Decision.accept(new SignalenStatusImported(c.status(), step.get(), Erasable.ofNullable(null, text), target, email,
                deadline, c.at(), now));
    }

    private static List<Notification> toCivilServants(ReportNotice notice) {
        return List.of(Notification.of(Recipient.everyone(BuurtschouwWorkflow.CIVIL_SERVANT), notice.code(), Wording.text(notice)));
    }

    private static List<Violation> photoViolations(List<URI> photos) {
        List<Violation> out = new ArrayList<>();
        if (photos != null) {
            for (int i = 0; i < photos.size(); i++) {
                URI uri = photos.get(i);
                String scheme = uri == null ? null : uri.getScheme();
                if (uri == null || !uri.isAbsolute() || uri.getHost() == null
                        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                    out.add(Violation.of(ReportRejection.PHOTO_INVALID, "photos[" + i + "]", String.valueOf(uri)));
                }
            }
        }
        return out;
    }

    /** Photo references as erasable values of their subject. */
    private static List<Erasable<URI>> erasable(PersonId subject, List<URI> photos) {
        return photos == null ? List.of() : photos.stream().map(p -> Erasable.of(subject, p)).toList();
    }

    private static Decision<ReportEvent> changed(Report state, ReportStep to, LocalizedText text, String note, Instant now) {
        LocalizedText message = Wording.normalize(text);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Decision<ReportEvent> decision = Decision.accept(new StatusChanged(to, message, cleanNote, now));
        return message == null ? decision : decision.notify(toReporter(state, ReportNotice.STATUS_CHANGED, Wording.text(ReportNotice.STATUS_CHANGED, message)));
    }

    private static Decision<ReportEvent> forwarded(Report state, ReportStep to, String party, LocalizedText text, Instant now) {
        LocalizedText message = Wording.normalize(text);
        Decision<ReportEvent> decision = Decision.accept(new ReportForwarded(to, party.strip(), message, now));
        return message == null ? decision : decision.notify(toReporter(state, ReportNotice.FORWARDED, Wording.text(ReportNotice.FORWARDED, message)));
    }

    private static List<Notification> toReporter(Report state, ReportNotice notice, LocalizedText text) {
        List<Notification> out = new ArrayList<>(1);
        addToReporter(out, state, notice, text);
        return out;
    }

    /** Tells the reporter, unless anonymous; {@code text} is the notice's text from the catalogue, filled in. */
    private static void addToReporter(List<Notification> out, Report state, ReportNotice notice, LocalizedText text) {
        if (state.reporter() != null) {
            out.add(Notification.of(Recipient.person(state.reporter()), notice.code(), text));
        }
    }

    private static void addToSupporters(List<Notification> out, Report state, ReportNotice notice, LocalizedText text) {
        for (IdeaSupport s : state.supporters()) {
            out.add(Notification.of(Recipient.person(s.supporter()), notice.code(), text));
        }
    }

    @Override
    public Report evolve(Report state, ReportEvent event) {
        if (event instanceof ReportFiled e) {
            return new Report(ReportStep.REPORTED, e.kind(), e.category(), e.theme(), e.description(), e.location(), e.address(),
                    e.postcode(), e.neighbourhood(), e.photos(), e.reporter(), e.campaign() == null ? null : e.campaign().target(),
                    e.quality(), e.filedAt(), e.expectedBy(), state.firstResponseAt(), e.filedAt(), state.closedAt(),
                    state.lastMessage(), state.externalParty(), state.reactionDeadline(), state.surveyClosesAt(),
                    state.satisfied(), state.duplicateOf(), state.supporters(), state.reopenCount(), state.duplicateIdeaOf(),
                    state.readyToLead());
        }
        if (event instanceof StatusChanged e) {
            return moved(state, e.status(), e.at(), e.message());
        }
        if (event instanceof ReportScheduled e) {
            return moved(state, ReportStep.SCHEDULED, e.at(), e.message());
        }
        if (event instanceof ReportForwarded e) {
            return moved(state, e.status(), e.at(), e.message()).withExternalParty(e.externalParty());
        }
        if (event instanceof ReactionRequested e) {
            return moved(state, ReportStep.REACTION_REQUESTED, e.at(), e.question()).withReactionDeadline(e.deadline());
        }
        if (event instanceof ReactionReceived e) {
            return moved(state, ReportStep.REACTION_RECEIVED, e.at(), null);
        }
        if (event instanceof ReactionRequestExpired e) {
            return moved(state, ReportStep.REACTION_RECEIVED, e.at(), null);
        }
        if (event instanceof ForwardedToExternal e) {
            return moved(state, ReportStep.FORWARDED_TO_EXTERNAL, e.at(), null).withExternalParty(e.externalParty())
                    .withReactionDeadline(e.deadline());
        }
        if (event instanceof ForwardAnswered e) {
            return moved(state, ReportStep.CLOSURE_REQUESTED, e.at(), null);
        }
        if (event instanceof ForwardExpired e) {
            return moved(state, ReportStep.CLOSURE_REQUESTED, e.at(), null);
        }
        if (event instanceof ImportedFromSignalen) {
            return state;
        }
        if (event instanceof SignalenStatusImported e) {
            Report out = moved(state, e.step(), e.at(), null).withReactionDeadline(e.deadline());
            if (e.step().isClosed()) {
                out = out.withClosedAt(e.at());
            }
            if (e.step() == ReportStep.REOPENED) {
                out = out.withReopenCount(state.reopenCount() + 1);
            }
            return e.targetApi() == null ? out : out.withExternalParty(e.targetApi());
        }
        if (event instanceof ReportHandled e) {
            return moved(state, ReportStep.HANDLED, e.at(), e.message()).withClosedAt(e.at())
                    .withSurveyClosesAt(e.surveyClosesAt()).withSatisfied(null);
        }
        if (event instanceof ReportCancelled e) {
            return moved(state, ReportStep.CANCELLED, e.at(), e.message()).withClosedAt(e.at())
                    .withDuplicateOf(e.duplicateOf() == null ? null : e.duplicateOf().target());
        }
        if (event instanceof ReportReopened e) {
            return moved(state, ReportStep.REOPENED, e.at(), e.message()).withReopenCount(state.reopenCount() + 1)
                    .withDuplicateOf(null);
        }
        if (event instanceof SatisfactionAnswered e) {
            Report answered = state.withSatisfied(e.satisfied()).withSurveyClosesAt(null).withUpdatedAt(e.at());
            // Reopens is Signalen's reopen requested; otherwise the report stays handled.
            return e.reopens() ? answered.withStep(ReportStep.REOPEN_REQUESTED).withClosedAt(null) : answered;
        }
        if (event instanceof SatisfactionSurveyClosed e) {
            return state.withSurveyClosesAt(null).withUpdatedAt(e.at());
        }
        if (event instanceof ChainNewsTold e) {
            return state.withLastMessage(e.news()).withUpdatedAt(e.at());
        }
        if (event instanceof IdeaSupported e) {
            List<IdeaSupport> more = new ArrayList<>(state.supporters().size() + 1);
            more.addAll(state.supporters());
            more.add(new IdeaSupport(e.supporter(), e.offers(), e.household(), e.at()));
            return state.withSupporters(more);
        }
        if (event instanceof ReadinessToLeadStated e) {
            return state.withReadyToLead(e.ready());
        }
        if (event instanceof IdeaMarkedDuplicate e) {
            return state.withDuplicateIdeaOf(e.duplicateOf().target());
        }
        if (event instanceof IdeaSeparated) {
            return state.withDuplicateIdeaOf(null);
        }
        throw new IllegalArgumentException("Unhandled event " + event.getClass().getName());
    }

    /** A status change at {@code at}: first response, last update, no open reaction request or survey. */
    private static Report moved(Report state, ReportStep to, Instant at, LocalizedText message) {
        Report out = state.withStep(to).withLastMessage(message).withUpdatedAt(at).withReactionDeadline(null)
                .withSurveyClosesAt(null);
        if (state.firstResponseAt() == null) {
            out = out.withFirstResponseAt(at);
        }
        return to.isClosed() ? out : out.withClosedAt(null);
    }

    /** Ends the reaction window and the satisfaction survey when their moment has passed. */
    @Override
    public List<ReportCommand> due(Report state, Instant now) {
        if (state.step() == ReportStep.REACTION_REQUESTED && state.reactionDeadline() != null
                && !now.isBefore(state.reactionDeadline())) {
            return List.of(new ExpireReactionRequest());
        }
        if (state.step() == ReportStep.FORWARDED_TO_EXTERNAL && state.reactionDeadline() != null
                && !now.isBefore(state.reactionDeadline())) {
            return List.of(new ExpireForward());
        }
        if (state.step() == ReportStep.HANDLED && state.surveyClosesAt() != null && !now.isBefore(state.surveyClosesAt())) {
            return List.of(new CloseSatisfactionSurvey());
        }
        return List.of();
    }
}
