package nl.participatie.youthmanifesto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;

/**
 * A Youth Manifesto group (<i>manifestgroep</i>) as the fold of its events: 12 to 16 young people who raise topics,
 * prioritise them, write a manifesto with an action list, hand it to the council and follow what politics does with
 * every action. Immutable; built only by {@link ManifestoGroupDecider#evolve}.
 *
 * <p>The group goes through its own {@link GroupProcess}; {@code stage} is the number of the stage it is in and
 * {@code step} that stage's kind. Topics, actions and responses are numbered per group from 1 and never removed: item
 * {@code n} is at index {@code n - 1} of its list. People are opaque {@link PersonId}s only; names, birth dates and
 * consents are in the personal-data store.
 *
 * @param step           the kind of step it is in
 * @param stage          the number of its stage in {@code process}, from 1; 0 before it started
 * @param stepSince      when it entered the stage; {@code null} before it started
 * @param name           its name, e.g. "Youth Manifesto Overvecht 2026"; empty before it started
 * @param municipality   the municipality; {@code null} before it started
 * @param basis          the legal basis of processing the participants' data; {@code null} before it started
 * @param votingMethod   how it votes on its topics; {@code null} before it started
 * @param process        its own process
 * @param participants   the young people in it now, in order of enrolment
 * @param former         the young people who left or withdrew their consent, in that order
 * @param withdrawn      those of them whose AVG consent was withdrawn: their personal data is to be erased
 * @param topics         the topics raised, in order of number
 * @param ballots        the ballots cast on the topics, in the order cast
 * @param prioritisation the count of the ballots; {@code null} until counted, and again after a later ballot
 * @param draftVersion   the version of the draft text: 0 before anything was drafted, one more at every change
 * @param draftVotes     the votes on versions of the draft
 * @param approval       the approval of the manifesto; {@code null} until approved
 * @param actions        the actions, in order of number
 * @param handover       the hand-over to the council; {@code null} until handed over
 * @param responses      the council's and executive's responses, in order of number
 * @param closeReason    why it was closed; empty unless closed (and when closed with every action final)
 */
@API(status = API.Status.EXPERIMENTAL)
public record ManifestoGroup(ManifestoGroupStep step, int stage, Instant stepSince, String name, MunicipalityCode municipality,
                             ProcessingBasis basis, VotingMethod votingMethod, GroupProcess process,
                             List<Participant> participants, List<PersonId> former, List<PersonId> withdrawn,
                             List<Topic> topics, List<Ballot> ballots, Prioritisation prioritisation, int draftVersion,
                             List<DraftVote> draftVotes, Approval approval, List<Action> actions, Handover handover,
                             List<CouncilResponse> responses, String closeReason) {

    /** The group before anything happened. */
    public static final ManifestoGroup INITIAL = new ManifestoGroup(ManifestoGroupStep.NEW, 0, null, "", null, null, null,
            GroupProcess.defaults(), List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, List.of(), null, List.of(),
            null, List.of(), "");

    public ManifestoGroup {
        InvalidValueException.requireNonNull(step, "step");
        Checks.notNegative(stage, "stage");
        InvalidValueException.requireNonNull(name, "name");
        InvalidValueException.requireNonNull(process, "process");
        participants = List.copyOf(InvalidValueException.requireNonNull(participants, "participants"));
        former = List.copyOf(InvalidValueException.requireNonNull(former, "former"));
        withdrawn = List.copyOf(InvalidValueException.requireNonNull(withdrawn, "withdrawn"));
        topics = List.copyOf(InvalidValueException.requireNonNull(topics, "topics"));
        ballots = List.copyOf(InvalidValueException.requireNonNull(ballots, "ballots"));
        Checks.notNegative(draftVersion, "draftVersion");
        draftVotes = List.copyOf(InvalidValueException.requireNonNull(draftVotes, "draftVotes"));
        actions = List.copyOf(InvalidValueException.requireNonNull(actions, "actions"));
        responses = List.copyOf(InvalidValueException.requireNonNull(responses, "responses"));
        InvalidValueException.requireNonNull(closeReason, "closeReason");
    }

    /** Whether the group runs: started and not closed. */
    public boolean isRunning() {
        return step != ManifestoGroupStep.NEW && step != ManifestoGroupStep.CLOSED;
    }

    /** The stage it is in; {@code null} before it started. */
    public Stage currentStage() {
        return stage == 0 ? null : process.stage(stage);
    }

    /** Whether the person is in the group now. */
    public boolean isParticipant(PersonId person) {
        return participant(person) != null;
    }

    /** The participant, or {@code null} when the person is not in the group now. */
    public Participant participant(PersonId person) {
        for (Participant p : participants) {
            if (p.person().equals(person)) {
                return p;
            }
        }
        return null;
    }

    /** Whether the person is or was in the group. */
    public boolean wasEnrolled(PersonId person) {
        return isParticipant(person) || former.contains(person);
    }

    /** Whether the participant cast a ballot on the topics. */
    public boolean hasVoted(PersonId person) {
        for (Ballot b : ballots) {
            if (b.voter().equals(person)) {
                return true;
            }
        }
        return false;
    }

    /** Topic number {@code number}, or {@code null}. */
    public Topic topic(int number) {
        return number >= 1 && number <= topics.size() ? topics.get(number - 1) : null;
    }

    /** Action number {@code number}, or {@code null}. */
    public Action action(int number) {
        return number >= 1 && number <= actions.size() ? actions.get(number - 1) : null;
    }

    /** Response number {@code number}, or {@code null}. */
    public CouncilResponse response(int number) {
        return number >= 1 && number <= responses.size() ? responses.get(number - 1) : null;
    }

    /** The topics that go into the manifesto, best first; empty until the ballots were counted. */
    public List<Topic> chosenTopics() {
        if (prioritisation == null) {
            return List.of();
        }
        List<Topic> chosen = new ArrayList<>(prioritisation.chosen().size());
        for (int n : prioritisation.chosen()) {
            chosen.add(topic(n));
        }
        return chosen;
    }

    /** The actions of the manifesto (not removed), in order of number. */
    public List<Action> manifestoActions() {
        List<Action> out = new ArrayList<>(actions.size());
        for (Action a : actions) {
            if (a.isInManifesto()) {
                out.add(a);
            }
        }
        return out;
    }

    /** The votes for the current version of the draft. */
    public int draftVotesInFavour() {
        return countDraftVotes(true);
    }

    /** The votes against the current version of the draft. */
    public int draftVotesAgainst() {
        return countDraftVotes(false);
    }

    private int countDraftVotes(boolean inFavour) {
        int n = 0;
        for (DraftVote v : draftVotes) {
            if (v.version() == draftVersion && v.inFavour() == inFavour && isParticipant(v.voter())) {
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------------- for evolve

    static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(item);
        return out;
    }

    static <T> List<T> with(List<T> list, int index, T item) {
        List<T> out = new ArrayList<>(list);
        out.set(index, item);
        return out;
    }

    ManifestoGroup withStart(String newName, MunicipalityCode in, ProcessingBasis on, VotingMethod method, Instant at) {
        return new ManifestoGroup(ManifestoGroupStep.RECRUITMENT, 1, at, newName, in, on, method, GroupProcess.defaults(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, List.of(), null, List.of(), null, List.of(), "");
    }

    ManifestoGroup withStage(ManifestoGroupStep newStep, int newStage, Instant since) {
        return new ManifestoGroup(newStep, newStage, since, name, municipality, basis, votingMethod, process, participants,
                former, withdrawn, topics, ballots, prioritisation, draftVersion, draftVotes, approval, actions, handover,
                responses, closeReason);
    }

    ManifestoGroup withProcess(GroupProcess value) {
        return new ManifestoGroup(step, stage, stepSince, name, municipality, basis, votingMethod, value, participants,
                former, withdrawn, topics, ballots, prioritisation, draftVersion, draftVotes, approval, actions, handover,
                responses, closeReason);
    }

    ManifestoGroup withPeople(List<Participant> now, List<PersonId> gone, List<PersonId> erase) {
        return new ManifestoGroup(step, stage, stepSince, name, municipality, basis, votingMethod, process, now, gone, erase,
                topics, ballots, prioritisation, draftVersion, draftVotes, approval, actions, handover, responses, closeReason);
    }

    ManifestoGroup withTopics(List<Topic> value, int version) {
        return new ManifestoGroup(step, stage, stepSince, name, municipality, basis, votingMethod, process, participants,
                former, withdrawn, value, ballots, prioritisation, version, draftVotes, approval, actions, handover,
                responses, closeReason);
    }

    ManifestoGroup withVoting(List<Ballot> value, Prioritisation count) {
        return new ManifestoGroup(step, stage, stepSince, name, municipality, basis, votingMethod, process, participants,
                former, withdrawn, topics, value, count, draftVersion, draftVotes, approval, actions, handover, responses,
                closeReason);
    }

    ManifestoGroup withDraft(int version, List<DraftVote> votes, Approval value) {
        return new ManifestoGroup(step, stage, stepSince, name, municipality, basis, votingMethod, process, participants,
                former, withdrawn, topics, ballots, prioritisation, version, votes, value, actions, handover, responses,
                closeReason);
    }

    ManifestoGroup withActions(List<Action> value, int version) {
        return new ManifestoGroup(step, stage, stepSince, name, municipality, basis, votingMethod, process, participants,
                former, withdrawn, topics, ballots, prioritisation, version, draftVotes, approval, value, handover, responses,
                closeReason);
    }

    ManifestoGroup withHandover(Handover value) {
        return new ManifestoGroup(step, stage, stepSince, name, municipality, basis, votingMethod, process, participants,
                former, withdrawn, topics, ballots, prioritisation, draftVersion, draftVotes, approval, actions, value,
                responses, closeReason);
    }

    ManifestoGroup withResponses(List<CouncilResponse> value) {
        return new ManifestoGroup(step, stage, stepSince, name, municipality, basis, votingMethod, process, participants,
                former, withdrawn, topics, ballots, prioritisation, draftVersion, draftVotes, approval, actions, handover, value,
                closeReason);
    }

    ManifestoGroup withClosed(String reason, Instant at) {
        return new ManifestoGroup(ManifestoGroupStep.CLOSED, stage, at, name, municipality, basis, votingMethod, process,
                participants, former, withdrawn, topics, ballots, prioritisation, draftVersion, draftVotes, approval, actions,
                handover, responses, reason);
    }
}
