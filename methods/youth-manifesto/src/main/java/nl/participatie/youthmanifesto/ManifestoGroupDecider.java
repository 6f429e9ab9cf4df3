package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.FACILITATOR;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.GRIFFIE;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.YOUNG_PARTICIPANT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import nl.participatie.core.API;
import nl.participatie.core.Decider;
import nl.participatie.core.Decision;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.Notification;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdaptProcess;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdvanceStep;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CloseGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.ConcludeAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.EnrolParticipant;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.LeaveGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.MarkActionsRealised;
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
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ActionsRealised;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.ProgressRecorded;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.StepAdvanced;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicDrafted;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicRaised;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicsPrioritised;

/**
 * The rules of a Youth Manifesto group (<i>spelregels</i>): what each command causes in a given state, and how each
 * event changes the state. The workflow (step and role) is checked by the engine before {@link #decide}; here live the
 * rules that need the state or the participants' records: who may join (age, permissions and consents on the day, the
 * group's size), that only the group's own participants vote and approve, that a stage is complete before the next,
 * that the group's adapted process stays one the method can run, and that the council's responses are valid (a
 * rejection needs its reason, a result follows from the votes). Thread-safe; dates are days in {@link DutchTime#ZONE}.
 *
 * <p>Personal data never enters a decision's events: the decider reads dates of birth and consents through the
 * {@link ParticipantRecords} it is given and records only an {@link AgeBand}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ManifestoGroupDecider implements Decider<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> {

    private final ManifestoGroupRules rules;
    private final ParticipantRecords records;

    /** A decider with the library's default rules and no participant records: every enrolment is refused. */
    public ManifestoGroupDecider() {
        this(ManifestoGroupRules.defaults(), ParticipantRecords.NONE);
    }

    /** A decider with the municipality's rules and a view of the participants' records. */
    public ManifestoGroupDecider(ManifestoGroupRules rules, ParticipantRecords records) {
        this.rules = InvalidValueException.requireNonNull(rules, "rules");
        this.records = InvalidValueException.requireNonNull(records, "records");
    }

    /** The rules this decider was given. */
    public ManifestoGroupRules rules() {
        return rules;
    }

    @Override
    public ManifestoGroup initialState() {
        return ManifestoGroup.INITIAL;
    }

    // ------------------------------------------------------------------------------------------------------- decide

    @Override
    public Decision<ManifestoGroupEvent> decide(ManifestoGroupCommand command, ManifestoGroup state, DecisionContext context) {
        if (command instanceof StartGroup c) {
            return start(c, state, context);
        }
        if (state.step() == ManifestoGroupStep.NEW) {
            return Decision.reject(ManifestoGroupRejection.NOT_STARTED, "");
        }
        if (state.step() == ManifestoGroupStep.CLOSED) {
            return Decision.reject(ManifestoGroupRejection.CLOSED, "");
        }
        // A young person acts only in their own group: the definition's instance roles (YouthManifestoWorkflow) see to it.
        PersonId actor = context.actor().person();
        boolean young = YOUNG_PARTICIPANT.equals(context.actor().role());
        if (command instanceof EnrolParticipant c) {
            return enrol(c, state, context);
        }
        if (command instanceof LeaveGroup c) {
            if (!state.isParticipant(c.person())) {
                return Decision.reject(ManifestoGroupRejection.NOT_A_PARTICIPANT, "person", c.person());
            }
            if (young && !actor.equals(c.person())) {
                return Decision.reject(ManifestoGroupRejection.SELF_ONLY, "person", c.person());
            }
            return Decision.accept(new ParticipantLeft(c.person(), c.reason().isBlank() ? null : Erasable.of(c.person(), c.reason().strip())));
        }
        if (command instanceof WithdrawConsent c) {
            return withdraw(c, state, young && !actor.equals(c.person()));
        }
        if (command instanceof RequestConsentReconfirmation c) {
            if (!reconfirmationDue(state, c.person(), today(context))) {
                return Decision.reject(ManifestoGroupRejection.RECONFIRMATION_NOT_DUE, "person", c.person());
            }
            return Decision.<ManifestoGroupEvent>accept(new ConsentReconfirmationRequested(c.person()))
                    .notify(notice(Recipient.person(c.person()), ManifestoGroupNotice.CONSENT_RECONFIRMATION_REQUESTED, state.name()));
        }
        if (command instanceof AdaptProcess c) {
            return adapt(c, state);
        }
        if (command instanceof AdvanceStep c) {
            return advance(c, state, context);
        }
        if (command instanceof RaiseTopic c) {
            return Decision.accept(new TopicRaised(state.topics().size() + 1, Erasable.of(null, c.title().strip()),
                    Erasable.of(null, c.description().strip()), c.area(),
                    c.neighbourhood()));
        }
        if (command instanceof CastBallot c) {
            return castBallot(c, state, young, actor);
        }
        if (command instanceof CountBallots) {
            if (state.ballots().isEmpty()) {
                return Decision.reject(ManifestoGroupRejection.NO_BALLOTS, "");
            }
            List<Integer> topics = new ArrayList<>(state.topics().size());
            state.topics().forEach(t -> topics.add(t.number()));
            return Decision.accept(new TopicsPrioritised(Prioritisation.count(state.votingMethod(), topics, state.ballots(),
                    rules.topTopics())));
        }
        if (command instanceof DraftTopic c) {
            Violation wrong = notChosen(state, c.topic());
            if (wrong != null) {
                return Decision.reject(List.of(wrong));
            }
            return Decision.accept(new TopicDrafted(c.topic(), Erasable.of(null, c.problem().strip())));
        }
        if (command instanceof AddAction c) {
            return addAction(c, state, context);
        }
        if (command instanceof RemoveAction c) {
            Action a = state.action(c.action());
            if (a == null || !a.isInManifesto()) {
                return Decision.reject(ManifestoGroupRejection.ACTION_UNKNOWN, "action", c.action());
            }
            return Decision.accept(new ActionRemoved(c.action()));
        }
        if (command instanceof VoteOnDraft c) {
            return voteOnDraft(c, state, actor);
        }
        if (command instanceof HandOver c) {
            return handOver(c, state, context);
        }
        if (command instanceof RecordAgendaItem c) {
            if (state.handover() == null) {
                return Decision.reject(ManifestoGroupRejection.NOT_HANDED_OVER, "");
            }
            return Decision.accept(new AgendaItemRecorded(c.agendaItem()));
        }
        if (command instanceof RecordCouncilResponse c) {
            return recordResponse(c, state, context);
        }
        if (command instanceof SettleCommitment c) {
            return settle(c, state, context);
        }
        if (command instanceof MarkCommitmentOverdue c) {
            CouncilResponse r = state.response(c.response());
            if (r == null || !r.isOpenCommitment() || r.overdueNoticed() || !r.deadline().isBefore(today(context))) {
                return Decision.reject(ManifestoGroupRejection.COMMITMENT_NOT_OVERDUE, "response", c.response());
            }
            LocalizedText text = Phrases.both(ManifestoGroupNotice.COMMITMENT_OVERDUE, r.number(),
                    ((CouncilInstrument.Toezegging) r.instrument()).commitment(), r.deadline());
            return Decision.<ManifestoGroupEvent>accept(new CommitmentOverdue(r.number(), r.deadline())).notify(List.of(
                    Notification.of(Recipient.everyone(YOUNG_PARTICIPANT), ManifestoGroupNotice.COMMITMENT_OVERDUE.code(), text),
                    Notification.of(Recipient.everyone(GRIFFIE), ManifestoGroupNotice.COMMITMENT_OVERDUE.code(), text)));
        }
        if (command instanceof RecordProgress c) {
            Violation wrong = notOpen(state, c.action());
            if (wrong != null) {
                return Decision.reject(List.of(wrong));
            }
            return Decision.<ManifestoGroupEvent>accept(new ProgressRecorded(c.action(), c.note().strip(), context.now()))
                    .notify(notice(Recipient.everyone(YOUNG_PARTICIPANT), ManifestoGroupNotice.ACTION_UPDATED, c.action(),
                            shown(state.action(c.action()).request()), c.note().strip()));
        }
        if (command instanceof MarkActionsRealised c) {
            return realised(c, state, context);
        }
        if (command instanceof ConcludeAction c) {
            Violation wrong = notOpen(state, c.action());
            if (wrong != null) {
                return Decision.reject(List.of(wrong));
            }
            if (!c.done() && c.note().isBlank()) {
                return Decision.reject(ManifestoGroupRejection.REASON_REQUIRED, "note");
            }
            Action a = state.action(c.action());
            return Decision.<ManifestoGroupEvent>accept(new ActionConcluded(a.number(), c.done(), c.note().strip(), today(context)))
                    .notify(notice(Recipient.everyone(YOUNG_PARTICIPANT), ManifestoGroupNotice.ACTION_CONCLUDED, a.number(),
                            shown(a.request()), c.done() ? Action.Status.DONE.label() : Action.Status.NOT_DONE.label(), c.note().strip()));
        }
        if (command instanceof CloseGroup c) {
            return close(c, state, context);
        }
        throw new IllegalArgumentException("Unhandled command " + command.getClass().getName());
    }

    private Decision<ManifestoGroupEvent> start(StartGroup c, ManifestoGroup state, DecisionContext context) {
        if (state.step() != ManifestoGroupStep.NEW) {
            return Decision.reject(ManifestoGroupRejection.ALREADY_STARTED, "");
        }
        VotingMethod method = c.votingMethod() == null ? rules.votingMethod() : c.votingMethod();
        String name = c.name().strip();
        return stepChanged(name, 1, ManifestoGroupStep.RECRUITMENT.label(),
                new GroupStarted(name, c.municipality(), c.basis(), method, context.now()));
    }

    private Decision<ManifestoGroupEvent> enrol(EnrolParticipant c, ManifestoGroup state, DecisionContext context) {
        if (state.isParticipant(c.person())) {
            return Decision.reject(ManifestoGroupRejection.ALREADY_A_PARTICIPANT, "person", c.person());
        }
        if (state.participants().size() >= rules.maximumParticipants()) {
            return Decision.reject(ManifestoGroupRejection.GROUP_FULL, "person", rules.maximumParticipants());
        }
        Optional<ParticipantRecord> found = records.find(c.person());
        if (found.isEmpty()) {
            return Decision.reject(ManifestoGroupRejection.RECORD_MISSING, "person", c.person());
        }
        ParticipantRecord record = found.get();
        LocalDate today = today(context);
        int age = record.birthDate().isAfter(today) ? -1 : record.ageOn(today);
        if (age < rules.minimumAge() || age > rules.maximumAge()) {
            return Decision.reject(ManifestoGroupRejection.AGE_OUT_OF_RANGE, "person", c.person(), Math.max(age, 0),
                    rules.minimumAge(), rules.maximumAge());
        }
        List<Violation> missing = missing(record, state.basis(), today, "person");
        if (!missing.isEmpty()) {
            return Decision.reject(missing);
        }
        return Decision.accept(new ParticipantEnrolled(c.person(), AgeBand.of(age), c.channel(), c.neighbourhood()));
    }

    /** A violation per permission the record lacks on the day. */
    private List<Violation> missing(ParticipantRecord record, ProcessingBasis basis, LocalDate day, String path) {
        List<Violation> out = new ArrayList<>(2);
        for (Permission p : record.missing(basis, rules, day)) {
            ManifestoGroupRejection code = p == Permission.PERMISSION_TO_TAKE_PART ? ManifestoGroupRejection.PERMISSION_TO_TAKE_PART_MISSING
                    : p == Permission.GUARDIAN_CONSENT ? ManifestoGroupRejection.GUARDIAN_CONSENT_MISSING
                    : ManifestoGroupRejection.OWN_CONSENT_MISSING;
            out.add(Violation.of(code, path, record.person(), day));
        }
        return out;
    }

    private static Decision<ManifestoGroupEvent> withdraw(WithdrawConsent c, ManifestoGroup state, boolean forSomeoneElse) {
        if (!state.wasEnrolled(c.person())) {
            return Decision.reject(ManifestoGroupRejection.NOT_A_PARTICIPANT, "person", c.person());
        }
        if (forSomeoneElse) {
            return Decision.reject(ManifestoGroupRejection.SELF_ONLY, "person", c.person());
        }
        if (state.basis() != ProcessingBasis.CONSENT) {
            return Decision.reject(ManifestoGroupRejection.NO_CONSENT_BASIS, "consent", state.basis().code());
        }
        if (!c.consent().isAvgConsent()) {
            return Decision.reject(ManifestoGroupRejection.NOT_A_CONSENT, "consent", c.consent());
        }
        if (state.withdrawn().contains(c.person())) {
            return Decision.reject(ManifestoGroupRejection.CONSENT_ALREADY_WITHDRAWN, "person", c.person());
        }
        return Decision.accept(new ConsentWithdrawn(c.person(), c.consent()));
    }

    /** Whether a participant on the consent basis turned 16, has no own consent since, and was not asked yet. */
    private boolean reconfirmationDue(ManifestoGroup state, PersonId person, LocalDate today) {
        Participant p = state.participant(person);
        if (p == null || p.reconfirmationRequested() || state.basis() != ProcessingBasis.CONSENT) {
            return false;
        }
        Optional<ParticipantRecord> record = records.find(person);
        return record.isPresent() && !record.get().birthDate().isAfter(today)
                && record.get().ageOn(today) >= Permission.AVG_CONSENT_AGE && !record.get().has(Permission.OWN_CONSENT, today);
    }

    private static Decision<ManifestoGroupEvent> adapt(AdaptProcess c, ManifestoGroup state) {
        List<Stage> stages = new ArrayList<>(c.stages().size());
        for (Stage s : c.stages()) {
            stages.add(new Stage(s.step(), s.name().strip()));
        }
        GroupProcess process = GroupProcess.of(stages);
        List<Violation> problems = new ArrayList<>(process.check());
        for (int i = 0; i < state.stage(); i++) {
            if (i >= stages.size() || !stages.get(i).equals(state.process().stages().get(i))) {
                problems.add(Violation.of(ManifestoGroupRejection.PROCESS_PAST_CHANGED, "stages[" + i + "]", i + 1, state.stage()));
                break;
            }
        }
        if (!problems.isEmpty()) {
            return Decision.reject(problems);
        }
        return Decision.accept(new ProcessAdapted(process, c.reason().strip()));
    }

    private Decision<ManifestoGroupEvent> advance(AdvanceStep c, ManifestoGroup state, DecisionContext context) {
        int next = state.stage() + 1;
        if (next > state.process().size()) {
            return Decision.reject(ManifestoGroupRejection.NO_NEXT_STAGE, "stage", state.stage());
        }
        Stage to = state.process().stage(next);
        if (c.stage() != next) {
            return Decision.reject(ManifestoGroupRejection.NOT_NEXT_STAGE, "stage", c.stage(), state.stage(), next, to.label().nl());
        }
        List<Violation> incomplete = incomplete(state, today(context));
        if (!incomplete.isEmpty()) {
            return Decision.reject(incomplete);
        }
        List<ManifestoGroupEvent> events = new ArrayList<>(2);
        if (state.step() == ManifestoGroupStep.DRAFTING) {
            events.add(new ManifestoApproved(new Approval(state.draftVersion(), state.draftVotesInFavour(), state.draftVotesAgainst(),
                    state.participants().size(), context.now())));
        }
        events.add(new StepAdvanced(next, to.step(), context.now()));
        return stepChanged(state.name(), next, to.label(), events);
    }

    /** What is missing before the current stage is complete. */
    private List<Violation> incomplete(ManifestoGroup state, LocalDate today) {
        List<Violation> missing = new ArrayList<>(2);
        switch (state.step()) {
            case RECRUITMENT:
                if (state.participants().size() < rules.minimumParticipants()) {
                    missing.add(Violation.of(ManifestoGroupRejection.GROUP_TOO_SMALL, "", state.participants().size(),
                            rules.minimumParticipants()));
                }
                for (int i = 0; i < state.participants().size(); i++) {
                    PersonId person = state.participants().get(i).person();
                    Optional<ParticipantRecord> record = records.find(person);
                    String path = "participants[" + i + "]";
                    if (record.isEmpty()) {
                        missing.add(Violation.of(ManifestoGroupRejection.RECORD_MISSING, path, person));
                    } else {
                        missing.addAll(missing(record.get(), state.basis(), today, path));
                    }
                }
                return missing;
            case TOPICS:
                return state.topics().isEmpty() ? List.of(Violation.of(ManifestoGroupRejection.NO_TOPICS, "")) : List.of();
            case PRIORITISATION:
                return state.prioritisation() == null ? List.of(Violation.of(ManifestoGroupRejection.NOT_COUNTED, "")) : List.of();
            case DRAFTING:
                if (state.draftVersion() == 0) {
                    return List.of(Violation.of(ManifestoGroupRejection.DRAFT_EMPTY, ""));
                }
                for (Topic t : state.chosenTopics()) {
                    boolean hasAction = false;
                    for (Action a : state.actions()) {
                        hasAction |= a.topic() == t.number() && a.isInManifesto();
                    }
                    if (!t.isDrafted() || !hasAction) {
                        missing.add(Violation.of(ManifestoGroupRejection.TOPIC_NOT_DRAFTED, "", t.number(), shown(t.title())));
                    }
                }
                if (!rules.approves(state.draftVotesInFavour(), state.participants().size())) {
                    missing.add(Violation.of(ManifestoGroupRejection.DRAFT_NOT_APPROVED, "", state.draftVotesInFavour(),
                            state.participants().size(), rules.approvalMajorityPercent()));
                }
                return missing;
            case HANDOVER:
                return state.handover() == null ? List.of(Violation.of(ManifestoGroupRejection.NOT_HANDED_OVER, "")) : List.of();
            case COUNCIL_RESPONSE:
                return state.responses().isEmpty() ? List.of(Violation.of(ManifestoGroupRejection.NO_COUNCIL_RESPONSE, ""))
                        : List.of();
            default:
                return List.of();
        }
    }

    private Decision<ManifestoGroupEvent> castBallot(CastBallot c, ManifestoGroup state, boolean young, PersonId actor) {
        if (!state.isParticipant(c.voter())) {
            return Decision.reject(ManifestoGroupRejection.NOT_A_PARTICIPANT, "voter", c.voter());
        }
        if (young && !actor.equals(c.voter())) {
            return Decision.reject(ManifestoGroupRejection.SELF_ONLY, "voter", c.voter());
        }
        if (state.hasVoted(c.voter())) {
            return Decision.reject(ManifestoGroupRejection.ALREADY_VOTED, "voter", c.voter());
        }
        List<Violation> violations = new ArrayList<>(2);
        Map<Integer, Integer> perTopic = new HashMap<>();
        for (int i = 0; i < c.choices().size(); i++) {
            int topic = c.choices().get(i);
            if (state.topic(topic) == null) {
                violations.add(Violation.of(ManifestoGroupRejection.TOPIC_UNKNOWN, "choices[" + i + "]", topic));
            } else if (perTopic.merge(topic, 1, Integer::sum) == 2 && state.votingMethod() == VotingMethod.RANKING) {
                violations.add(Violation.of(ManifestoGroupRejection.TOPIC_RANKED_TWICE, "choices[" + i + "]", topic));
            }
        }
        if (state.votingMethod() == VotingMethod.DOT_VOTING) {
            if (c.choices().size() > rules.votesPerParticipant()) {
                violations.add(Violation.of(ManifestoGroupRejection.TOO_MANY_VOTES, "choices", c.choices().size(),
                        rules.votesPerParticipant()));
            }
            for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(perTopic).entrySet()) {
                if (e.getValue() > rules.maximumVotesPerTopic()) {
                    violations.add(Violation.of(ManifestoGroupRejection.TOO_MANY_VOTES_ON_TOPIC, "choices", e.getKey(),
                            e.getValue(), rules.maximumVotesPerTopic()));
                }
            }
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        return Decision.accept(new BallotCast(c.voter(), c.choices(), !young));
    }

    /** Why the topic cannot be drafted: unknown, or not chosen; {@code null} when it can. */
    private static Violation notChosen(ManifestoGroup state, int topic) {
        if (state.topic(topic) == null) {
            return Violation.of(ManifestoGroupRejection.TOPIC_UNKNOWN, "topic", topic);
        }
        if (state.prioritisation() == null || !state.prioritisation().isChosen(topic)) {
            return Violation.of(ManifestoGroupRejection.TOPIC_NOT_CHOSEN, "topic", topic);
        }
        return null;
    }

    private static Decision<ManifestoGroupEvent> addAction(AddAction c, ManifestoGroup state, DecisionContext context) {
        List<Violation> violations = new ArrayList<>(2);
        Violation wrong = notChosen(state, c.topic());
        if (wrong != null) {
            violations.add(wrong);
        }
        if (c.dueBy() != null && c.dueBy().isBefore(today(context))) {
            violations.add(Violation.of(ManifestoGroupRejection.DEADLINE_IN_PAST, "dueBy", c.dueBy()));
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        return Decision.accept(new ActionAdded(state.actions().size() + 1, c.topic(), Erasable.of(null, c.request().strip()),
                Addressee.of(c.addressee().kind(), c.addressee().name().strip()), c.dueBy()));
    }

    private static Decision<ManifestoGroupEvent> voteOnDraft(VoteOnDraft c, ManifestoGroup state, PersonId voter) {
        if (state.draftVersion() == 0) {
            return Decision.reject(ManifestoGroupRejection.DRAFT_EMPTY, "");
        }
        for (DraftVote v : state.draftVotes()) {
            if (v.version() == state.draftVersion() && v.voter().equals(voter)) {
                return Decision.reject(ManifestoGroupRejection.ALREADY_VOTED, "", voter);
            }
        }
        return Decision.accept(new DraftVoted(voter, state.draftVersion(), c.inFavour()));
    }

    private static Decision<ManifestoGroupEvent> handOver(HandOver c, ManifestoGroup state, DecisionContext context) {
        if (state.handover() != null) {
            return Decision.reject(ManifestoGroupRejection.ALREADY_HANDED_OVER, "", state.handover().on());
        }
        if (c.on().isAfter(today(context))) {
            return Decision.reject(ManifestoGroupRejection.DATE_IN_FUTURE, "on", c.on());
        }
        return Decision.<ManifestoGroupEvent>accept(new ManifestoHandedOver(new Handover(c.on(), c.meeting().strip(),
                        c.receivedBy().strip(), c.agendaItem())))
                .notify(notice(Recipient.everyone(GRIFFIE), ManifestoGroupNotice.HANDED_OVER, state.name(), c.on(), c.meeting().strip()));
    }

    private Decision<ManifestoGroupEvent> recordResponse(RecordCouncilResponse c, ManifestoGroup state, DecisionContext context) {
        List<Violation> violations = new ArrayList<>(2);
        Set<Integer> actions = new LinkedHashSet<>();
        for (int i = 0; i < c.actions().size(); i++) {
            int n = c.actions().get(i);
            Action a = state.action(n);
            if (a == null || !a.isInManifesto()) {
                violations.add(Violation.of(ManifestoGroupRejection.ACTION_UNKNOWN, "actions[" + i + "]", n));
            } else {
                actions.add(n);
            }
        }
        CouncilInstrument instrument = c.instrument();
        if (instrument.date().isAfter(today(context))) {
            violations.add(Violation.of(ManifestoGroupRejection.DATE_IN_FUTURE, "instrument", instrument.date()));
        }
        if (instrument instanceof CouncilInstrument.CouncilVote vote) {
            if (vote.result() == CouncilInstrument.Result.REJECTED && vote.reason().isBlank()) {
                violations.add(Violation.of(ManifestoGroupRejection.REASON_REQUIRED, "instrument.reason"));
            }
            boolean adopted = vote.seatsFor() > vote.seatsAgainst();
            if (adopted != (vote.result() == CouncilInstrument.Result.ADOPTED)) {
                violations.add(Violation.of(ManifestoGroupRejection.VOTES_CONTRADICT_RESULT, "instrument.result", vote.seatsFor(),
                        vote.seatsAgainst(), vote.result()));
            }
        }
        if (instrument instanceof CouncilInstrument.Toezegging t) {
            if (t.deadline() == null) {
                instrument = t.withDeadline(t.madeOn().plus(rules.commitmentAnswerTime()));
            } else if (t.deadline().isBefore(t.madeOn())) {
                violations.add(Violation.of(ManifestoGroupRejection.DEADLINE_BEFORE_COMMITMENT, "instrument.deadline",
                        t.deadline(), t.madeOn()));
            }
        }
        if (!violations.isEmpty()) {
            return Decision.reject(violations);
        }
        int number = state.responses().size() + 1;
        return Decision.<ManifestoGroupEvent>accept(new CouncilResponded(number, instrument, List.copyOf(actions), context.now()))
                .notify(notice(Recipient.everyone(YOUNG_PARTICIPANT), ManifestoGroupNotice.COUNCIL_RESPONDED, instrument.kind().label(),
                        join(actions), instrument.date()));
    }

    private static Decision<ManifestoGroupEvent> settle(SettleCommitment c, ManifestoGroup state, DecisionContext context) {
        CouncilResponse r = state.response(c.response());
        if (r == null) {
            return Decision.reject(ManifestoGroupRejection.RESPONSE_UNKNOWN, "response", c.response());
        }
        if (!r.isCommitment()) {
            return Decision.reject(ManifestoGroupRejection.NOT_A_COMMITMENT, "response", c.response(), r.instrument().kind());
        }
        if (r.settlement() != null) {
            return Decision.reject(ManifestoGroupRejection.COMMITMENT_ALREADY_SETTLED, "response", c.response(), r.settlement().on());
        }
        if (!c.fulfilled() && c.note().isBlank()) {
            return Decision.reject(ManifestoGroupRejection.REASON_REQUIRED, "note");
        }
        LocalDate today = today(context);
        return Decision.<ManifestoGroupEvent>accept(new CommitmentSettled(r.number(), c.fulfilled(), today, c.note().strip()))
                .notify(notice(Recipient.everyone(YOUNG_PARTICIPANT), ManifestoGroupNotice.COMMITMENT_SETTLED, r.number(),
                        ((CouncilInstrument.Toezegging) r.instrument()).commitment(),
                        PromiseStatus.ofCommitment(c.fulfilled(), today, r.deadline()).label()));
    }

    private static Decision<ManifestoGroupEvent> close(CloseGroup c, ManifestoGroup state, DecisionContext context) {
        String reason = c.reason().strip();
        if (reason.isEmpty()) {
            Set<Integer> open = new LinkedHashSet<>();
            for (Action a : state.actions()) {
                if (a.isOpen()) {
                    open.add(a.number());
                }
            }
            if (state.step() != ManifestoGroupStep.FOLLOW_UP || !open.isEmpty()) {
                return Decision.reject(ManifestoGroupRejection.ACTIONS_OPEN, "reason", open.isEmpty() ? "-" : join(open));
            }
        }
        return stepChanged(state.name(), 0, ManifestoGroupStep.CLOSED.label(), new GroupClosed(reason, context.now()));
    }

    private static Decision<ManifestoGroupEvent> realised(MarkActionsRealised c, ManifestoGroup state, DecisionContext context) {
        // Only a budget round names a line; the link's types (a round or an initiative) are core's to check.
        boolean budget = c.realisedBy().isOfType(BUDGET_ROUND);
        String line = c.line().strip();
        if (budget == line.isEmpty()) {
            return Decision.reject(ManifestoGroupRejection.REALISATION_LINE, "line", c.realisedBy(), line);
        }
        List<Integer> actions = List.copyOf(new java.util.TreeSet<>(c.actions()));
        List<Notification> told = new ArrayList<>();
        for (int number : actions) {
            Action a = state.action(number);
            if (a == null || !a.isInManifesto()) {
                return Decision.reject(ManifestoGroupRejection.ACTION_UNKNOWN, "actions", number);
            }
            told.add(budget
                    ? notice(Recipient.everyone(YOUNG_PARTICIPANT), ManifestoGroupNotice.ACTION_REALISED_IN_BUDGET, a.number(),
                            shown(a.request()), c.realisedBy().toString(), line)
                    : notice(Recipient.everyone(YOUNG_PARTICIPANT), ManifestoGroupNotice.ACTION_REALISED_BY_INITIATIVE, a.number(),
                            shown(a.request()), c.realisedBy().toString()));
        }
        return Decision.<ManifestoGroupEvent>accept(new ActionsRealised(actions, StreamLink.of("realised-by", c.realisedBy()), line,
                context.now())).notify(told);
    }

    private static Violation notOpen(ManifestoGroup state, int number) {
        Action a = state.action(number);
        if (a == null || !a.isInManifesto()) {
            return Violation.of(ManifestoGroupRejection.ACTION_UNKNOWN, "action", number);
        }
        if (a.isFinal()) {
            return Violation.of(ManifestoGroupRejection.ACTION_FINAL, "action", number, a.status());
        }
        return null;
    }

    private static Decision<ManifestoGroupEvent> stepChanged(String group, int stage, LocalizedText label,
                                                             ManifestoGroupEvent event) {
        return stepChanged(group, stage, label, List.of(event));
    }

    /** The events, with the step change told to every participant and facilitator; stage 0 says it closed. */
    private static Decision<ManifestoGroupEvent> stepChanged(String group, int stage, LocalizedText label,
                                                             List<ManifestoGroupEvent> events) {
        LocalizedText lower = LocalizedText.of(label.nl().toLowerCase(Phrases.DUTCH), label.en().toLowerCase(java.util.Locale.ENGLISH));
        LocalizedText text = Phrases.both(ManifestoGroupNotice.STEP_CHANGED, group, stage, label, lower);
        String code = ManifestoGroupNotice.STEP_CHANGED.code();
        return Decision.accept(events).notify(List.of(Notification.of(Recipient.everyone(YOUNG_PARTICIPANT), code, text),
                Notification.of(Recipient.everyone(FACILITATOR), code, text)));
    }

    private static final String BUDGET_ROUND = "budgetmonitoring.budget-round";

    private static Notification notice(Recipient to, ManifestoGroupNotice code, Object... args) {
        return Notification.of(to, code.code(), Phrases.both(code, args));
    }

    private static String join(Set<Integer> numbers) {
        StringJoiner out = new StringJoiner(", ");
        numbers.forEach(n -> out.add(String.valueOf(n)));
        return out.toString();
    }

    private static LocalDate today(DecisionContext context) {
        return DutchTime.dayOf(context.now());
    }

    // ------------------------------------------------------------------------------------------------------- evolve

    @Override
    public ManifestoGroup evolve(ManifestoGroup state, ManifestoGroupEvent event) {
        if (event instanceof GroupStarted e) {
            return state.withStart(e.name(), e.municipality(), e.basis(), e.votingMethod(), e.at());
        }
        if (event instanceof ParticipantEnrolled e) {
            List<Participant> now = new ArrayList<>(state.participants());
            now.removeIf(p -> p.person().equals(e.person()));
            now.add(new Participant(e.person(), e.ageBand(), e.channel(), e.neighbourhood(), false));
            List<PersonId> erase = new ArrayList<>(state.withdrawn());
            erase.remove(e.person());
            return state.withPeople(now, state.former(), erase);
        }
        if (event instanceof ParticipantLeft e) {
            return gone(state, e.person(), state.withdrawn());
        }
        if (event instanceof ConsentWithdrawn e) {
            return gone(state, e.person(), state.withdrawn().contains(e.person()) ? state.withdrawn()
                    : ManifestoGroup.plus(state.withdrawn(), e.person()));
        }
        if (event instanceof ConsentReconfirmationRequested e) {
            List<Participant> now = new ArrayList<>(state.participants());
            now.replaceAll(p -> p.person().equals(e.person()) ? p.withReconfirmationRequested() : p);
            return state.withPeople(now, state.former(), state.withdrawn());
        }
        if (event instanceof ProcessAdapted e) {
            return state.withProcess(e.process());
        }
        if (event instanceof StepAdvanced e) {
            return state.withStage(e.step(), e.stage(), e.at());
        }
        if (event instanceof TopicRaised e) {
            return state.withTopics(ManifestoGroup.plus(state.topics(),
                    new Topic(e.topic(), e.title(), e.description(), e.area(), e.neighbourhood(), null)), state.draftVersion());
        }
        if (event instanceof BallotCast e) {
            return state.withVoting(ManifestoGroup.plus(state.ballots(), new Ballot(e.voter(), e.choices(), e.onPaper())), null);
        }
        if (event instanceof TopicsPrioritised e) {
            return state.withVoting(state.ballots(), e.result());
        }
        if (event instanceof TopicDrafted e) {
            Topic t = state.topic(e.topic());
            return t == null ? state : state.withTopics(ManifestoGroup.with(state.topics(), t.number() - 1, t.withProblem(e.problem())),
                    state.draftVersion() + 1);
        }
        if (event instanceof ActionAdded e) {
            return state.withActions(ManifestoGroup.plus(state.actions(), new Action(e.action(), e.topic(), e.request(), e.addressee(),
                    e.dueBy(), Action.Status.OPEN, List.of(), null, "")), state.draftVersion() + 1);
        }
        if (event instanceof ActionRemoved e) {
            Action a = state.action(e.action());
            return a == null ? state : state.withActions(ManifestoGroup.with(state.actions(), a.number() - 1,
                    a.withStatus(Action.Status.REMOVED)), state.draftVersion() + 1);
        }
        if (event instanceof DraftVoted e) {
            return state.withDraft(state.draftVersion(), ManifestoGroup.plus(state.draftVotes(),
                    new DraftVote(e.voter(), e.version(), e.inFavour())), state.approval());
        }
        if (event instanceof ManifestoApproved e) {
            return state.withDraft(state.draftVersion(), state.draftVotes(), e.approval());
        }
        if (event instanceof ManifestoHandedOver e) {
            return state.withHandover(e.handover());
        }
        if (event instanceof AgendaItemRecorded e) {
            return state.handover() == null ? state : state.withHandover(state.handover().withAgendaItem(e.agendaItem()));
        }
        if (event instanceof CouncilResponded e) {
            return state.withResponses(ManifestoGroup.plus(state.responses(),
                    new CouncilResponse(e.response(), e.instrument(), e.actions(), e.at(), false, null)));
        }
        if (event instanceof CommitmentOverdue e) {
            CouncilResponse r = state.response(e.response());
            return r == null ? state : state.withResponses(ManifestoGroup.with(state.responses(), r.number() - 1, r.withOverdueNoticed()));
        }
        if (event instanceof CommitmentSettled e) {
            CouncilResponse r = state.response(e.response());
            return r == null ? state : state.withResponses(ManifestoGroup.with(state.responses(), r.number() - 1,
                    r.withSettlement(new CouncilResponse.Settlement(e.fulfilled(), e.on(), e.note()))));
        }
        if (event instanceof ProgressRecorded e) {
            Action a = state.action(e.action());
            return a == null ? state : state.withActions(ManifestoGroup.with(state.actions(), a.number() - 1,
                    a.withUpdate(new Action.Update(e.at(), e.note()))), state.draftVersion());
        }
        if (event instanceof ActionsRealised) {
            // The link is the store's to keep (linksFrom, the chain view): the group needs nothing of it to decide.
            return state;
        }
        if (event instanceof ActionConcluded e) {
            Action a = state.action(e.action());
            return a == null ? state : state.withActions(ManifestoGroup.with(state.actions(), a.number() - 1,
                    a.concluded(e.done(), e.on(), e.note())), state.draftVersion());
        }
        if (event instanceof GroupClosed e) {
            return state.withClosed(e.reason(), e.at());
        }
        throw new IllegalArgumentException("Unhandled event " + event.getClass().getName());
    }

    private static ManifestoGroup gone(ManifestoGroup state, PersonId person, List<PersonId> withdrawn) {
        List<Participant> now = new ArrayList<>(state.participants());
        now.removeIf(p -> p.person().equals(person));
        List<PersonId> former = state.former().contains(person) ? state.former() : ManifestoGroup.plus(state.former(), person);
        return state.withPeople(now, former, withdrawn);
    }

    // ---------------------------------------------------------------------------------------------------------- due

    /**
     * What the system should do at {@code now}: mark every unsettled toezegging past its deadline once
     * ({@link MarkCommitmentOverdue}), and on the consent basis ask every participant who turned 16 without consent of
     * their own to re-confirm it, once ({@link RequestConsentReconfirmation}).
     */
    @Override
    public List<ManifestoGroupCommand> due(ManifestoGroup state, Instant now) {
        if (!state.isRunning()) {
            return List.of();
        }
        LocalDate today = DutchTime.dayOf(now);
        List<ManifestoGroupCommand> due = new ArrayList<>(0);
        for (CouncilResponse r : state.responses()) {
            if (r.isOpenCommitment() && !r.overdueNoticed() && r.deadline().isBefore(today)) {
                due.add(new MarkCommitmentOverdue(r.number()));
            }
        }
        if (state.basis() == ProcessingBasis.CONSENT) {
            for (Participant p : state.participants()) {
                if (reconfirmationDue(state, p.person(), today)) {
                    due.add(new RequestConsentReconfirmation(p.person()));
                }
            }
        }
        return due;
    }

    /** A group text in a message: the text, or the word for erased once the group's key is gone. */
    private static String shown(Erasable<String> text) {
        return text.orElse(Erasable.erasedText().nl());
    }
}
