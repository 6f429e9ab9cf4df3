package nl.participatie.buurtschouw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import nl.participatie.buurtschouw.CampaignEvent.AgreementCompleted;
import nl.participatie.buurtschouw.CampaignEvent.AgreementMade;
import nl.participatie.buurtschouw.CampaignEvent.AreaChosen;
import nl.participatie.buurtschouw.CampaignEvent.AssessmentReported;
import nl.participatie.buurtschouw.CampaignEvent.InspectionRecorded;
import nl.participatie.buurtschouw.CampaignEvent.QualityAssessed;
import nl.participatie.buurtschouw.CampaignEvent.ReportThresholdsSet;
import nl.participatie.buurtschouw.CampaignEvent.AttendanceRecorded;
import nl.participatie.buurtschouw.CampaignEvent.CampaignCancelled;
import nl.participatie.buurtschouw.CampaignEvent.CampaignClosed;
import nl.participatie.buurtschouw.CampaignEvent.CampaignRated;
import nl.participatie.buurtschouw.CampaignEvent.CampaignStarted;
import nl.participatie.buurtschouw.CampaignEvent.CoreGroupMemberJoined;
import nl.participatie.buurtschouw.CampaignEvent.CoreGroupMemberLeft;
import nl.participatie.buurtschouw.CampaignEvent.EntryClosed;
import nl.participatie.buurtschouw.CampaignEvent.LessonRecorded;
import nl.participatie.buurtschouw.CampaignEvent.ParticipantsInvited;
import nl.participatie.buurtschouw.CampaignEvent.ResultsPublished;
import nl.participatie.buurtschouw.CampaignEvent.RoutePlanned;
import nl.participatie.buurtschouw.CampaignEvent.ThemesChosen;
import nl.participatie.buurtschouw.CampaignEvent.WalkScheduled;
import nl.participatie.buurtschouw.CampaignEvent.WalkStarted;
import nl.participatie.core.API;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;

/**
 * The rules of a neighbourhood walk campaign (<i>regels van de schouw</i>): what each {@link CampaignCommand} causes,
 * how each {@link CampaignEvent} changes the {@link Campaign}, and the time-driven close of entry. Who may fire what
 * in which step is in {@code BuurtschouwWorkflow.CAMPAIGNS.workflow()}, checked by the engine first.
 *
 * <p>A member of the core group acting in role {@link BuurtschouwWorkflow#CORE_GROUP} must be in this campaign's core
 * group (or be joining it). Quality scores and the municipality's inspections name an element of the municipality's
 * category tree, which this decider is given. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CampaignDecider implements Decider<CampaignCommand, CampaignEvent, Campaign> {

    private final CampaignRules rules;
    private final CategoryTree categories;

    /** A decider with the given rules, and the default category tree for the elements of quality scores. */
    public CampaignDecider(CampaignRules rules) {
        this(rules, CategoryTree.defaults());
    }

    /** A decider with the given rules and the municipality's category tree, whose subcategories are what is scored. */
    public CampaignDecider(CampaignRules rules, CategoryTree categories) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.categories = Objects.requireNonNull(categories, "categories");
    }

    /** The rules this decider applies. */
    public CampaignRules rules() {
        return rules;
    }

    @Override
    public Campaign initialState() {
        return Campaign.INITIAL;
    }

    @Override
    public Decision<CampaignEvent> decide(CampaignCommand command, Campaign state, DecisionContext context) {
        if (command instanceof StartCampaign c) {
            if (state.isStarted()) {
                return Decision.reject(CampaignRejection.ALREADY_STARTED, "");
            }
            List<CampaignEvent> events = new ArrayList<>();
            events.add(new CampaignStarted(c.title().strip(), c.municipality()));
            if (BuurtschouwWorkflow.CORE_GROUP.equals(context.actor().role())) {
                events.add(new CoreGroupMemberJoined(context.actor().person()));
            }
            return Decision.accept(events);
        }
        if (!state.isStarted()) {
            return Decision.reject(CampaignRejection.NOT_STARTED, "");
        }
        PersonId actor = context.actor().person();
        boolean selfJoin = command instanceof JoinCoreGroup j && j.member().equals(actor);
        if (BuurtschouwWorkflow.CORE_GROUP.equals(context.actor().role()) && !state.isCoreGroupMember(actor) && !selfJoin) {
            return Decision.reject(CampaignRejection.NOT_A_MEMBER, "", actor);
        }
        Instant now = context.now();
        if (command instanceof JoinCoreGroup c) {
            if (state.isCoreGroupMember(c.member())) {
                return Decision.reject(CampaignRejection.ALREADY_MEMBER, "member", c.member());
            }
            return Decision.accept(new CoreGroupMemberJoined(c.member()));
        }
        if (command instanceof LeaveCoreGroup c) {
            if (!state.isCoreGroupMember(c.member())) {
                return Decision.reject(CampaignRejection.NOT_MEMBER, "member", c.member());
            }
            if (state.step() != CampaignStep.PREPARATION && state.coreGroup().size() - 1 < rules.minimumCoreGroup()) {
                return Decision.reject(CampaignRejection.CORE_GROUP_TOO_SMALL, "member", state.coreGroup().size() - 1,
                        rules.minimumCoreGroup());
            }
            return Decision.accept(new CoreGroupMemberLeft(c.member()));
        }
        if (command instanceof ChooseArea c) {
            List<Violation> violations = new ArrayList<>();
            for (int i = 0; i < c.neighbourhoods().size(); i++) {
                NeighbourhoodCode code = c.neighbourhoods().get(i);
                if (!code.isIn(state.municipality())) {
                    violations.add(Violation.of(CampaignRejection.AREA_OUTSIDE_MUNICIPALITY, "neighbourhoods[" + i + "]",
                            code.value(), state.municipality().value()));
                }
            }
            if (!violations.isEmpty()) {
                return Decision.reject(violations);
            }
            return Decision.accept(new AreaChosen(List.copyOf(new LinkedHashSet<>(c.neighbourhoods()))));
        }
        if (command instanceof PlanRoute c) {
            if (c.route().size() < 2) {
                return Decision.reject(CampaignRejection.ROUTE_TOO_SHORT, "route", c.route().size());
            }
            return Decision.accept(new RoutePlanned(c.route()));
        }
        if (command instanceof ChooseThemes c) {
            return Decision.accept(new ThemesChosen(List.copyOf(new LinkedHashSet<>(c.themes()))));
        }
        if (command instanceof ScheduleWalk c) {
            return schedule(c, context);
        }
        if (command instanceof InviteParticipants c) {
            return invite(c, state);
        }
        if (command instanceof StartWalk) {
            return startWalk(state, now);
        }
        if (command instanceof CloseEntry) {
            boolean deadline = state.entryClosesAt() != null && !now.isBefore(state.entryClosesAt());
            if (context.actor().isSystem() && !deadline) {
                return Decision.reject(CampaignRejection.ENTRY_STILL_OPEN, "", state.entryClosesAt());
            }
            LocalizedText text = Wording.text(CampaignNotice.ENTRY_CLOSED, state.title());
            return Decision.<CampaignEvent>accept(new EntryClosed(now, deadline))
                    .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.PARTICIPANT), CampaignNotice.ENTRY_CLOSED.code(), text))
                    .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.CORE_GROUP), CampaignNotice.ENTRY_CLOSED.code(), text));
        }
        if (command instanceof PublishResults c) {
            LocalizedText message = Wording.normalize(c.message());
            if (message == null) {
                return Decision.reject(CampaignRejection.MESSAGE_REQUIRED, "message");
            }
            LocalizedText published = Wording.text(CampaignNotice.RESULTS_PUBLISHED, message);
            return Decision.<CampaignEvent>accept(new ResultsPublished(message, now))
                    .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.PARTICIPANT), CampaignNotice.RESULTS_PUBLISHED.code(), published))
                    .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.CORE_GROUP), CampaignNotice.RESULTS_PUBLISHED.code(), published));
        }
        if (command instanceof RateCampaign c) {
            for (Campaign.Rating r : state.ratings()) {
                if (r.rater().equals(actor)) {
                    return Decision.reject(CampaignRejection.ALREADY_RATED, "", actor);
                }
            }
            return Decision.accept(new CampaignRated(actor, c.score(), Wording.remark(actor, c.remark())));
        }
        if (command instanceof RecordLesson c) {
            return Decision.accept(new LessonRecorded(Erasable.of(context.actor().person(), c.lesson().strip())));
        }
        if (command instanceof RecordAttendance c) {
            Set<PersonId> seen = new HashSet<>();
            state.attended().forEach(a -> seen.add(a.person()));
            List<Violation> twice = new ArrayList<>();
            for (int i = 0; i < c.attendees().size(); i++) {
                if (!seen.add(c.attendees().get(i).person())) {
                    twice.add(Violation.of(CampaignRejection.ALREADY_ATTENDED, "attendees[" + i + "]", c.attendees().get(i).person()));
                }
            }
            return twice.isEmpty() ? Decision.accept(new AttendanceRecorded(c.attendees(), context.now())) : Decision.reject(twice);
        }
        if (command instanceof MakeAgreement c) {
            LocalDate today = context.now().atZone(rules.zone()).toLocalDate();
            if (c.dueBy().isBefore(today)) {
                return Decision.reject(CampaignRejection.DUE_DATE_IN_PAST, "dueBy", c.dueBy());
            }
            PersonId maker = context.actor().person();
            return Decision.accept(new AgreementMade(state.agreements().size() + 1, c.party(), Erasable.of(maker, c.what().strip()),
                    c.dueBy(), maker, context.now()));
        }
        if (command instanceof CompleteAgreement c) {
            if (c.number() > state.agreements().size()) {
                return Decision.reject(CampaignRejection.AGREEMENT_UNKNOWN, "number", c.number());
            }
            if (state.agreements().get(c.number() - 1).isCompleted()) {
                return Decision.reject(CampaignRejection.AGREEMENT_COMPLETED, "number", c.number());
            }
            return Decision.accept(new AgreementCompleted(c.number(), context.actor().person(), context.now()));
        }
        if (command instanceof SetReportThresholds c) {
            return thresholds(c);
        }
        if (command instanceof RecordAssessment c) {
            return assess(c, state, context);
        }
        if (command instanceof LinkAssessmentReport c) {
            if (c.number() > state.assessments().size()) {
                return Decision.reject(CampaignRejection.ASSESSMENT_UNKNOWN, "number", c.number());
            }
            if (!state.assessments().get(c.number() - 1).awaitsReport()) {
                return Decision.reject(CampaignRejection.REPORT_NOT_DUE, "number", c.number());
            }
            if (!c.report().isOfType(BuurtschouwWorkflow.REPORTS.streamType())) {
                return Decision.reject(CampaignRejection.NOT_A_REPORT, "report", c.report());
            }
            return Decision.accept(new AssessmentReported(c.number(), StreamLink.of("reported-as", c.report()), now));
        }
        if (command instanceof RecordInspection c) {
            List<Violation> violations = new ArrayList<>(placeViolations(state, c.neighbourhood(), c.element()));
            if (c.inspectedOn().isAfter(now.atZone(rules.zone()).toLocalDate())) {
                violations.add(Violation.of(CampaignRejection.INSPECTION_IN_FUTURE, "inspectedOn", c.inspectedOn()));
            }
            if (!violations.isEmpty()) {
                return Decision.reject(violations);
            }
            return Decision.accept(new InspectionRecorded(new Inspection(c.neighbourhood(), c.theme(), c.element(), c.score(),
                    c.inspectedOn(), actor, now)));
        }
        if (command instanceof CloseCampaign) {
            return Decision.accept(new CampaignClosed(now));
        }
        if (command instanceof CancelCampaign c) {
            LocalizedText text = Wording.text(CampaignNotice.CANCELLED, state.title(), c.reason().strip());
            return Decision.<CampaignEvent>accept(new CampaignCancelled(c.reason().strip(), now))
                    .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.PARTICIPANT), CampaignNotice.CANCELLED.code(), text))
                    .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.CORE_GROUP), CampaignNotice.CANCELLED.code(), text));
        }
        throw new IllegalArgumentException("Unhandled command " + command.getClass().getName());
    }

    private static Decision<CampaignEvent> thresholds(SetReportThresholds c) {
        Set<Theme> seen = new HashSet<>();
        boolean everyTheme = false;
        List<Violation> twice = new ArrayList<>();
        for (int i = 0; i < c.thresholds().size(); i++) {
            ReportThreshold t = c.thresholds().get(i);
            boolean repeated = t.theme() == null ? everyTheme : !seen.add(t.theme());
            everyTheme |= t.theme() == null;
            if (repeated) {
                twice.add(Violation.of(CampaignRejection.THRESHOLD_TWICE, "thresholds[" + i + "]",
                        t.theme() == null ? "*" : t.theme().code()));
            }
        }
        return twice.isEmpty() ? Decision.accept(new ReportThresholdsSet(c.thresholds())) : Decision.reject(twice);
    }

    /**
     * A quality score: in the area, on a theme of the campaign, of an element of the tree, while entry is open. The
     * threshold in force is written into the event, so a later change of thresholds never changes what was decided.
     */
    private Decision<CampaignEvent> assess(RecordAssessment c, Campaign state, DecisionContext context) {
        List<Violation> violations = new ArrayList<>();
        if (!state.acceptsObservations(context.now())) {
            violations.add(Violation.of(CampaignRejection.ENTRY_CLOSED, "", state.entryClosesAt()));
        }
        violations.addAll(placeViolations(state, c.neighbourhood(), c.element()));
        Theme theme = c.theme() != null ? c.theme()
                : categories.find(c.element()).map(CategoryTree.SubCategory::theme).orElse(null);
        if (theme != null && !state.themes().contains(theme)) {
            violations.add(Violation.of(CampaignRejection.THEME_NOT_CHOSEN, c.theme() != null ? "theme" : "element", theme.code()));
        }
        Optional<QualityLevel> threshold = theme == null ? Optional.empty()
                : state.reportThresholdFor(theme).filter(level -> !c.score().isAtLeast(level));
        if (threshold.isPresent() && c.location() == null) {
            violations.add(Violation.of(CampaignRejection.LOCATION_REQUIRED, "location", c.score().code(), threshold.get().code()));
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        PersonId assessor = context.actor().person();
        return Decision.accept(new QualityAssessed(state.assessments().size() + 1, assessor, c.neighbourhood(), theme, c.element(),
                c.score(), Wording.remark(assessor, c.remark()), Erasable.ofNullable(assessor, c.location()), threshold.orElse(null),
                context.now()));
    }

    /** A score or an inspection lies in the campaign's area and names an element of the tree (when it names one). */
    private List<Violation> placeViolations(Campaign state, NeighbourhoodCode neighbourhood, CategoryCode element) {
        List<Violation> out = new ArrayList<>(2);
        if (!state.area().contains(neighbourhood)) {
            out.add(Violation.of(CampaignRejection.OUTSIDE_AREA, "neighbourhood", neighbourhood.value()));
        }
        if (element != null && categories.find(element).isEmpty()) {
            out.add(Violation.of(CampaignRejection.ELEMENT_UNKNOWN, "element", element));
        }
        return out;
    }

    private Decision<CampaignEvent> schedule(ScheduleWalk c, DecisionContext context) {
        LocalDate today = context.now().atZone(rules.zone()).toLocalDate();
        List<Violation> violations = new ArrayList<>();
        LocalDate last = null;
        for (int i = 0; i < c.dates().size(); i++) {
            LocalDate date = c.dates().get(i);
            if (date.isBefore(today)) {
                violations.add(Violation.of(CampaignRejection.DATE_IN_PAST, "dates[" + i + "]", date));
            }
            if (last == null || date.isAfter(last)) {
                last = date;
            }
        }
        if (last != null && !c.entryClosesAt().isAfter(last.atStartOfDay(rules.zone()).toInstant())) {
            violations.add(Violation.of(CampaignRejection.ENTRY_CLOSES_BEFORE_WALK, "entryClosesAt", c.entryClosesAt(), last));
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        List<LocalDate> dates = new ArrayList<>(new LinkedHashSet<>(c.dates()));
        dates.sort(null);
        return Decision.accept(new WalkScheduled(dates, c.entryClosesAt()));
    }

    private Decision<CampaignEvent> invite(InviteParticipants c, Campaign state) {
        List<Violation> violations = new ArrayList<>();
        List<Invitation> fresh = new ArrayList<>();
        LinkedHashSet<PersonId> seen = new LinkedHashSet<>();
        for (Invitation i : state.invited()) {
            seen.add(i.person());
        }
        for (int i = 0; i < c.invitations().size(); i++) {
            Invitation invitation = c.invitations().get(i);
            if (state.invited().stream().anyMatch(before -> before.person().equals(invitation.person()))) {
                violations.add(Violation.of(CampaignRejection.ALREADY_INVITED, "invitations[" + i + "].person",
                        invitation.person()));
            } else if (seen.add(invitation.person())) {
                fresh.add(invitation);
            }
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        List<Notification> told = new ArrayList<>();
        Object when = state.walkDates().isEmpty() ? Wording.text(BuurtschouwText.DATE_TO_BE_CHOSEN) : state.walkDates().get(0);
        for (Invitation i : fresh) {
            told.add(Notification.of(Recipient.person(i.person()), CampaignNotice.INVITED.code(),
                    Wording.text(CampaignNotice.INVITED, state.title(), when)));
        }
        return Decision.<CampaignEvent>accept(new ParticipantsInvited(fresh)).notify(told);
    }

    private Decision<CampaignEvent> startWalk(Campaign state, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (state.coreGroup().size() < rules.minimumCoreGroup()) {
            violations.add(Violation.of(CampaignRejection.CORE_GROUP_TOO_SMALL, "coreGroup", state.coreGroup().size(),
                    rules.minimumCoreGroup()));
        }
        if (state.area().isEmpty()) {
            violations.add(Violation.of(CampaignRejection.AREA_MISSING, "area"));
        }
        if (state.route().isEmpty()) {
            violations.add(Violation.of(CampaignRejection.ROUTE_MISSING, "route"));
        }
        if (state.themes().isEmpty()) {
            violations.add(Violation.of(CampaignRejection.THEMES_MISSING, "themes"));
        }
        if (state.walkDates().isEmpty()) {
            violations.add(Violation.of(CampaignRejection.WALK_NOT_SCHEDULED, "walkDates"));
        } else if (!now.isBefore(state.entryClosesAt())) {
            violations.add(Violation.of(CampaignRejection.ENTRY_DEADLINE_PASSED, "entryClosesAt", state.entryClosesAt()));
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        LocalizedText text = Wording.text(CampaignNotice.WALK_STARTED, state.title(), state.entryClosesAt().atZone(rules.zone()));
        return Decision.<CampaignEvent>accept(new WalkStarted(now))
                .notify(Notification.of(Recipient.everyone(BuurtschouwWorkflow.PARTICIPANT), CampaignNotice.WALK_STARTED.code(), text));
    }

    @Override
    public Campaign evolve(Campaign s, CampaignEvent event) {
        if (event instanceof CampaignStarted e) {
            return s.withTitle(e.title()).withMunicipality(e.municipality());
        }
        if (event instanceof CoreGroupMemberJoined e) {
            List<PersonId> group = new ArrayList<>(s.coreGroup());
            if (!group.contains(e.member())) {
                group.add(e.member());
            }
            return s.withCoreGroup(group);
        }
        if (event instanceof CoreGroupMemberLeft e) {
            List<PersonId> group = new ArrayList<>(s.coreGroup());
            group.remove(e.member());
            return s.withCoreGroup(group);
        }
        if (event instanceof AreaChosen e) {
            return s.withArea(e.neighbourhoods());
        }
        if (event instanceof RoutePlanned e) {
            return s.withRoute(e.route());
        }
        if (event instanceof ThemesChosen e) {
            return s.withThemes(e.themes());
        }
        if (event instanceof WalkScheduled e) {
            return s.withWalkDates(e.dates()).withEntryClosesAt(e.entryClosesAt());
        }
        if (event instanceof ParticipantsInvited e) {
            List<Invitation> all = new ArrayList<>(s.invited());
            all.addAll(e.invitations());
            return s.withInvited(all);
        }
        if (event instanceof WalkStarted e) {
            return s.withStep(CampaignStep.WALK).withWalkStartedAt(e.at());
        }
        if (event instanceof EntryClosed e) {
            return s.withStep(CampaignStep.FEEDBACK).withEntryClosedAt(e.at());
        }
        if (event instanceof ResultsPublished e) {
            return s.withStep(CampaignStep.EVALUATION).withResults(e.message());
        }
        if (event instanceof CampaignRated e) {
            List<Campaign.Rating> ratings = new ArrayList<>(s.ratings());
            ratings.add(new Campaign.Rating(e.rater(), e.score(), e.remark()));
            return s.withRatings(ratings);
        }
        if (event instanceof AttendanceRecorded e) {
            List<Attendance> all = new ArrayList<>(s.attended());
            all.addAll(e.attendees());
            return s.withAttended(all);
        }
        if (event instanceof AgreementMade e) {
            List<Agreement> all = new ArrayList<>(s.agreements());
            all.add(new Agreement(e.number(), e.party(), e.what(), e.dueBy(), e.madeBy(), null));
            return s.withAgreements(all);
        }
        if (event instanceof AgreementCompleted e) {
            if (e.number() < 1 || e.number() > s.agreements().size()) {
                return s; // the decider never records it so; a fold stays total
            }
            List<Agreement> all = new ArrayList<>(s.agreements());
            all.set(e.number() - 1, all.get(e.number() - 1).completed(e.at()));
            return s.withAgreements(all);
        }
        if (event instanceof ReportThresholdsSet e) {
            return s.withThresholds(e.thresholds());
        }
        if (event instanceof QualityAssessed e) {
            List<Assessment> all = new ArrayList<>(s.assessments());
            all.add(new Assessment(e.number(), e.assessor(), e.neighbourhood(), e.theme(), e.element(), e.score(), e.remark(),
                    e.location(), e.reportBelow(), null, e.at()));
            return s.withAssessments(all);
        }
        if (event instanceof AssessmentReported e) {
            if (e.number() < 1 || e.number() > s.assessments().size()) {
                return s; // the decider never records it so; a fold stays total
            }
            List<Assessment> all = new ArrayList<>(s.assessments());
            all.set(e.number() - 1, all.get(e.number() - 1).reportedAs(e.report().target()));
            return s.withAssessments(all);
        }
        if (event instanceof InspectionRecorded e) {
            List<Inspection> all = new ArrayList<>(s.inspections());
            all.add(e.inspection());
            return s.withInspections(all);
        }
        if (event instanceof LessonRecorded e) {
            List<Erasable<String>> lessons = new ArrayList<>(s.lessons());
            lessons.add(e.lesson());
            return s.withLessons(lessons);
        }
        if (event instanceof CampaignClosed e) {
            return s.withStep(CampaignStep.CLOSED).withClosedAt(e.at());
        }
        if (event instanceof CampaignCancelled e) {
            return s.withStep(CampaignStep.CLOSED).withClosedAt(e.at()).withCancelReason(e.reason());
        }
        throw new IllegalArgumentException("Unhandled event " + event.getClass().getName());
    }

    /** Closes entry when {@code entryClosesAt} has passed during the walk. */
    @Override
    public List<CampaignCommand> due(Campaign state, Instant now) {
        if (state.step() == CampaignStep.WALK && state.entryClosesAt() != null && !now.isBefore(state.entryClosesAt())) {
            return List.of(new CloseEntry());
        }
        return List.of();
    }
}
