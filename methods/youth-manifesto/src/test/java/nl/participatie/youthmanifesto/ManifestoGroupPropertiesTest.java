package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.Story.AMBTENAAR;
import static nl.participatie.youthmanifesto.Story.DE_VRIES;
import static nl.participatie.youthmanifesto.Story.GRIFFIE_UTRECHT;
import static nl.participatie.youthmanifesto.Story.SAM;
import static nl.participatie.youthmanifesto.Story.young;
import static nl.participatie.youthmanifesto.Story.youngActor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import nl.participatie.core.Outcome;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.Actor;
import nl.participatie.youthmanifesto.CouncilInstrument.Motie;
import nl.participatie.youthmanifesto.CouncilInstrument.Result;
import nl.participatie.youthmanifesto.CouncilInstrument.Toezegging;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdaptProcess;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdvanceStep;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CloseGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.ConcludeAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.LeaveGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RaiseTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordProgress;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RemoveAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.SettleCommitment;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.VoteOnDraft;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.WithdrawConsent;

/**
 * What must hold for every history: random command sequences (steered towards the method's path so they reach the
 * follow-up) never break the group's invariants, replaying the recorded events gives the state the engine returned, the
 * audit trail verifies, and the JSON of the state and of every event reads back as itself.
 */
class ManifestoGroupPropertiesTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    enum Kind {
        ADVANCE, ENROL, LEAVE, WITHDRAW, ADAPT, TOPIC, BALLOT, COUNT, DRAFT, ADD_ACTION, REMOVE_ACTION, VOTE, HANDOVER, MOTIE,
        TOEZEGGING, SETTLE, PROGRESS, CONCLUDE, DEADLINES, CLOSE
    }

    /** One random move, turned into a command against the current state. */
    record Move(Kind kind, int a, int b, int hoursLater) {
    }

    @Provide
    Arbitrary<List<Move>> histories() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                Tuple.of(120, Arbitraries.just(Kind.ADVANCE)),
                Tuple.of(100, Arbitraries.of(Kind.BALLOT, Kind.VOTE)),
                Tuple.of(30, Arbitraries.just(Kind.COUNT)),
                Tuple.of(200, Arbitraries.of(Kind.TOPIC, Kind.DRAFT, Kind.ADD_ACTION, Kind.HANDOVER, Kind.MOTIE,
                        Kind.TOEZEGGING, Kind.SETTLE, Kind.PROGRESS, Kind.CONCLUDE, Kind.DEADLINES)),
                Tuple.of(15, Arbitraries.of(Kind.ENROL, Kind.LEAVE, Kind.WITHDRAW, Kind.ADAPT, Kind.REMOVE_ACTION)),
                Tuple.of(1, Arbitraries.just(Kind.CLOSE)));
        Arbitrary<Move> moves = Combinators.combine(kinds, Arbitraries.integers().between(1, 17), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 24)).as(Move::new);
        return moves.list().ofMinSize(1).ofMaxSize(500).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void invariantsReplayAndJsonHoldForEveryHistory(@ForAll("histories") List<Move> moves) {
        // From a group just recruited: twelve young people, so the random moves spend their time in the later steps.
        Story.Scenario s = Story.at(ManifestoGroupStep.RECRUITMENT);
        ManifestoGroup handled = s.state();
        for (Move move : moves) {
            s.after(Duration.ofHours(move.hoursLater()));
            List<Outcome<ManifestoGroupEvent, ManifestoGroup>> outcomes = new ArrayList<>();
            if (move.kind() == Kind.DEADLINES) {
                outcomes.addAll(s.spec().engine().fireDue(s.spec().stream()));
            } else {
                ManifestoGroupCommand command = command(move, handled, s.clock().today());
                Actor actor = command instanceof CastBallot c ? youngActor(Integer.parseInt(c.voter().value().substring(2)))
                        : command instanceof VoteOnDraft ? youngActor(voterOnDraft(move, handled)) : actorFor(move.kind());
                outcomes.add(s.spec().engine().handle(s.spec().stream(), actor, command));
            }
            for (Outcome<ManifestoGroupEvent, ManifestoGroup> outcome : outcomes) {
                if (outcome instanceof Outcome.Accepted<ManifestoGroupEvent, ManifestoGroup> accepted) {
                    handled = accepted.state();
                    assertInvariants(handled);
                }
            }
        }
        Statistics.collect(handled.step());
        assertThat(s.spec().engine().load(s.spec().stream())).as("replay").isEqualTo(handled);
        assertThat(s.spec().engine().verify(s.spec().stream()).valid()).as("audit trail").isTrue();
        assertThat(JSON.read(JSON.write(handled), ManifestoGroup.class)).as("state JSON").isEqualTo(handled);
        for (RecordedEvent<ManifestoGroupEvent> r : s.spec().engine().history(s.spec().stream())) {
            assertThat(JSON.read(JSON.write(r.event()), ManifestoGroupEvent.class)).as("event JSON").isEqualTo(r.event());
        }
    }

    private static Actor actorFor(Kind kind) {
        switch (kind) {
            case MOTIE:
            case SETTLE:
                return GRIFFIE_UTRECHT;
            case TOEZEGGING:
            case PROGRESS:
            case CONCLUDE:
                return AMBTENAAR;
            default:
                return SAM;
        }
    }

    private static ManifestoGroupCommand command(Move m, ManifestoGroup g, LocalDate today) {
        int topics = Math.max(1, g.topics().size());
        int actions = Math.max(1, g.actions().size());
        switch (m.kind()) {
            case ADVANCE:
                return new AdvanceStep(g.stage() + (m.b() == 0 ? 2 : 1));
            case ENROL:
                return Story.enrol(m.a());
            case LEAVE:
                return new LeaveGroup(young(m.a()), "");
            case WITHDRAW:
                return new WithdrawConsent(young(m.a()), m.b() % 2 == 0 ? Permission.GUARDIAN_CONSENT : Permission.OWN_CONSENT);
            case ADAPT: {
                List<Stage> stages = new ArrayList<>(GroupProcess.defaults().stages());
                stages.add(1 + m.b() % 4, Stage.own("Eigen stap " + m.a()));
                if (m.a() % 5 == 0) {
                    java.util.Collections.swap(stages, 0, 1);
                }
                return new AdaptProcess(stages, "besluit van de groep");
            }
            case TOPIC:
                return new RaiseTopic("Onderwerp " + m.a(), "", PolicyArea.values()[m.b() % PolicyArea.values().length], null);
            case BALLOT: {
                // Steered: the first participant who has not voted yet, now and then anyone.
                int voter = m.a();
                for (Participant p : g.participants()) {
                    if (m.b() != 0 && !g.hasVoted(p.person())) {
                        voter = Integer.parseInt(p.person().value().substring(2));
                        break;
                    }
                }
                return new CastBallot(young(voter), List.of(1 + m.b() % topics, 1 + (m.a() + m.b()) % topics));
            }
            case COUNT:
                return new CountBallots();
            case DRAFT:
                return new DraftTopic(steeredTopic(m, g, true), "Probleem " + m.a());
            case ADD_ACTION:
                return new AddAction(steeredTopic(m, g, false), "Actie " + m.a(), Addressee.of(Addressee.Kind.values()[m.b() % 4], "iemand"),
                        m.b() % 3 == 0 ? null : today.plusDays(m.a() * 3L));
            case REMOVE_ACTION:
                return new RemoveAction(1 + m.b() % actions);
            case VOTE:
                return new VoteOnDraft(m.b() != 0);
            case HANDOVER:
                return new HandOver(today, "raadsvergadering", "de raad", m.b() % 2 == 0 ? null : RisId.of("ai-" + m.a()));
            case MOTIE: {
                boolean adopted = m.b() % 2 == 0;
                return new RecordCouncilResponse(new Motie("Motie " + m.a(), null, today, adopted ? Result.ADOPTED : Result.REJECTED,
                        List.of(), List.of(PartyVote.inFavour(Party.of("GL"), adopted ? 10 : 4), PartyVote.against(Party.of("VVD"), 6)),
                        adopted ? "" : "geen meerderheid"), List.of(1 + m.b() % actions));
            }
            case TOEZEGGING:
                return new RecordCouncilResponse(new Toezegging("Toezegging " + m.a(), DE_VRIES, today,
                        m.b() % 2 == 0 ? null : today.plusDays(m.a())), List.of(1 + m.b() % actions));
            case SETTLE:
                return new SettleCommitment(1 + m.b() % Math.max(1, g.responses().size()), m.a() % 3 != 0, "afgedaan");
            case PROGRESS:
                return new RecordProgress(1 + m.b() % actions, "voortgang " + m.a());
            case CONCLUDE:
                return new ConcludeAction(1 + m.b() % actions, m.a() % 4 != 0, "afgerond");
            case CLOSE:
                return new CloseGroup(m.b() == 0 && m.a() == 1 ? "besluit" : "");
            default:
                throw new IllegalArgumentException(m.kind().name());
        }
    }

    /**
     * Steered: the first chosen topic without a problem (or without an action); when there is none, a topic that was not
     * chosen (refused, so the draft keeps its version and its votes); now and then any topic.
     */
    private static int steeredTopic(Move m, ManifestoGroup g, boolean problem) {
        if (m.b() != 0) {
            for (Topic t : g.chosenTopics()) {
                boolean hasAction = g.manifestoActions().stream().anyMatch(a -> a.topic() == t.number());
                if (problem ? !t.isDrafted() : !hasAction) {
                    return t.number();
                }
            }
            return g.topics().size() + 1;
        }
        return 1 + m.a() % Math.max(1, g.topics().size());
    }

    /** Steered: the first participant who has not voted on this version of the draft, now and then anyone. */
    private static int voterOnDraft(Move m, ManifestoGroup g) {
        if (m.b() != 0) {
            for (Participant p : g.participants()) {
                boolean voted = g.draftVotes().stream().anyMatch(v -> v.version() == g.draftVersion() && v.voter().equals(p.person()));
                if (!voted) {
                    return Integer.parseInt(p.person().value().substring(2));
                }
            }
        }
        return m.a();
    }

    private static void assertInvariants(ManifestoGroup g) {
        ManifestoGroupRules rules = ManifestoGroupRules.defaults();
        assertThat(g.participants().size()).isLessThanOrEqualTo(rules.maximumParticipants());
        Set<Object> people = new HashSet<>();
        for (Participant p : g.participants()) {
            assertThat(people.add(p.person())).as("participant twice").isTrue();
            assertThat(g.withdrawn()).as("a participant whose consent was withdrawn").doesNotContain(p.person());
        }
        assertThat(g.process().check()).as("the group's process").isEmpty();
        if (g.isRunning()) {
            assertThat(g.stage()).isBetween(1, g.process().size());
            assertThat(g.process().stage(g.stage()).step()).isEqualTo(g.step());
        }
        Set<Object> voters = new HashSet<>();
        for (Ballot b : g.ballots()) {
            assertThat(voters.add(b.voter())).as("ballot twice").isTrue();
        }
        if (g.prioritisation() != null) {
            assertThat(g.prioritisation().chosen().size()).isLessThanOrEqualTo(rules.topTopics());
            assertThat(g.prioritisation().ranking()).hasSize(g.topics().size());
        }
        boolean pastDrafting = g.handover() != null || !g.responses().isEmpty()
                || g.step().compareTo(ManifestoGroupStep.HANDOVER) >= 0 && g.step() != ManifestoGroupStep.CLOSED;
        if (pastDrafting) {
            assertThat(g.approval()).as("approved before the hand-over").isNotNull();
            assertThat(rules.approves(g.approval().inFavour(), g.approval().participants())).isTrue();
        }
        if (g.step().compareTo(ManifestoGroupStep.COUNCIL_RESPONSE) >= 0 && g.step() != ManifestoGroupStep.CLOSED) {
            assertThat(g.handover()).isNotNull();
        }
        for (CouncilResponse r : g.responses()) {
            assertThat(r.actions()).isNotEmpty().allSatisfy(a -> assertThat(g.action(a).isInManifesto()).isTrue());
            if (r.instrument() instanceof CouncilInstrument.CouncilVote v && v.result() == Result.REJECTED) {
                assertThat(v.reason()).isNotBlank();
            }
            if (r.isCommitment()) {
                assertThat(r.deadline()).isNotNull();
            }
        }
        for (Topic t : g.topics()) {
            assertThat(t.isDrafted() && g.prioritisation() != null && !g.prioritisation().isChosen(t.number()))
                    .as("a topic drafted that was not chosen").isFalse();
        }
    }

    /** A party's split vote counts for what most of its members voted, and a tie for neither side. */
    @Property
    void aPartySupportsWhenMoreSeatsVotedForAndOpposesWhenMoreVotedAgainst(@ForAll @IntRange(max = 100) int seatsFor,
                                                                           @ForAll @IntRange(max = 100) int seatsAgainst) {
        PartyVote vote = new PartyVote(Party.of("GroenLinks"), seatsFor, seatsAgainst);
        assertThat(vote.supports()).isEqualTo(seatsFor > seatsAgainst);
        assertThat(vote.opposes()).isEqualTo(seatsAgainst > seatsFor);
        assertThat(vote.supports() && vote.opposes()).isFalse();
    }
}
