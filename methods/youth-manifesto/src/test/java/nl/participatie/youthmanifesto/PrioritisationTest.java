package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.Story.SAM;
import static nl.participatie.youthmanifesto.Story.young;
import static nl.participatie.youthmanifesto.Story.youngActor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.value.PersonId;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupEvent.TopicsPrioritised;

/**
 * The count is deterministic: the order in which ballots are cast or entered never changes the result, and ties are
 * broken by the documented rule (points, first places, supporters, the topic raised first).
 */
class PrioritisationTest {

    /** A ballot box: the method, the topics raised (1 to n), the ballots and how many topics go in. */
    record Box(VotingMethod method, int topics, List<Ballot> ballots, int top) {
        List<Integer> topicNumbers() {
            List<Integer> out = new ArrayList<>();
            for (int t = 1; t <= topics; t++) {
                out.add(t);
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Box> boxes() {
        return Combinators.combine(Arbitraries.of(VotingMethod.values()), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 16), Arbitraries.integers().between(1, 6), Arbitraries.longs())
                .as((method, topics, voters, top, seed) -> {
                    Random r = new Random(seed);
                    List<Ballot> ballots = new ArrayList<>();
                    for (int v = 1; v <= voters; v++) {
                        List<Integer> choices = new ArrayList<>();
                        if (method == VotingMethod.DOT_VOTING) {
                            for (int d = 1 + r.nextInt(3); d > 0; d--) {
                                choices.add(1 + r.nextInt(topics));
                            }
                        } else {
                            List<Integer> all = new ArrayList<>();
                            for (int t = 1; t <= topics; t++) {
                                all.add(t);
                            }
                            Collections.shuffle(all, r);
                            choices.addAll(all.subList(0, 1 + r.nextInt(topics)));
                        }
                        ballots.add(new Ballot(PersonId.of("v-" + v), choices, r.nextBoolean()));
                    }
                    return new Box(method, topics, ballots, top);
                });
    }

    @Property(tries = 1000)
    void permutingTheBallotsNeverChangesTheResult(@ForAll("boxes") Box box, @ForAll Random random) {
        Prioritisation counted = Prioritisation.count(box.method(), box.topicNumbers(), box.ballots(), box.top());
        List<Ballot> shuffled = new ArrayList<>(box.ballots());
        Collections.shuffle(shuffled, random);
        assertThat(Prioritisation.count(box.method(), box.topicNumbers(), shuffled, box.top())).isEqualTo(counted);
    }

    @Property(tries = 1000)
    void everyTopicIsRankedOnceInTheDocumentedOrderAndTheTopOnesWithPointsGoIn(@ForAll("boxes") Box box) {
        Prioritisation p = Prioritisation.count(box.method(), box.topicNumbers(), box.ballots(), box.top());
        assertThat(p.ranking()).extracting(TopicScore::topic).containsExactlyInAnyOrderElementsOf(box.topicNumbers());
        assertThat(p.ranking()).isSortedAccordingTo(Prioritisation.ORDER);
        List<Integer> expected = p.ranking().stream().filter(s -> s.points() > 0).limit(box.top()).map(TopicScore::topic).toList();
        assertThat(p.chosen()).isEqualTo(expected);
        assertThat(p.ballots()).isEqualTo(box.ballots().size());
    }

    @Example
    void dotsTiedOnPointsGoToTheTopicWithMoreSupporters() {
        List<Ballot> ballots = List.of(ballot(1, 2, 2), ballot(2, 3, 1), ballot(3, 3, 1));
        Prioritisation p = Prioritisation.count(VotingMethod.DOT_VOTING, List.of(1, 2, 3), ballots, 2);
        // Topics 2 and 3 have 2 dots each; topic 3 has two supporters, topic 2 one; topic 1 also 2 dots from 2 supporters.
        assertThat(p.ranking()).extracting(TopicScore::topic, TopicScore::points, TopicScore::supporters)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, 2, 2), org.assertj.core.api.Assertions.tuple(3, 2, 2),
                        org.assertj.core.api.Assertions.tuple(2, 2, 1));
        assertThat(p.chosen()).containsExactly(1, 3);
    }

    @Example
    void aCompleteTieGoesToTheTopicRaisedFirstAndATopicWithoutVotesNeverGoesIn() {
        Prioritisation p = Prioritisation.count(VotingMethod.DOT_VOTING, List.of(1, 2, 3, 4), List.of(ballot(1, 4, 2)), 3);
        assertThat(p.ranking()).extracting(TopicScore::topic).containsExactly(2, 4, 1, 3);
        assertThat(p.chosen()).containsExactly(2, 4);
    }

    @Example
    void aRankingIsABordaCountAndTiesGoToMoreFirstPlaces() {
        // Three topics: a first place is worth 3, a second 2, a third 1.
        List<Ballot> ballots = List.of(ballot(1, 1, 3), ballot(2, 3, 2, 1), ballot(3, 2, 1));
        Prioritisation p = Prioritisation.count(VotingMethod.RANKING, List.of(1, 2, 3), ballots, 3);
        // Topic 1: 3 + 1 + 2 = 6; topic 3: 2 + 3 = 5; topic 2: 2 + 3 = 5, one first place each, supporters 2 each: lower number.
        assertThat(p.ranking()).extracting(TopicScore::topic, TopicScore::points, TopicScore::firstPlaces)
                .containsExactly(org.assertj.core.api.Assertions.tuple(1, 6, 1), org.assertj.core.api.Assertions.tuple(2, 5, 1),
                        org.assertj.core.api.Assertions.tuple(3, 5, 1));
        // Topic 1 is first on two ballots (6 points); topic 2 second on three (6 points, more supporters): first places win.
        Prioritisation firsts = Prioritisation.count(VotingMethod.RANKING, List.of(1, 2, 3),
                List.of(ballot(1, 1), ballot(2, 1), ballot(3, 3, 2), ballot(4, 3, 2), ballot(5, 3, 2)), 2);
        assertThat(firsts.ranking()).extracting(TopicScore::topic, TopicScore::points, TopicScore::firstPlaces, TopicScore::supporters)
                .containsExactly(org.assertj.core.api.Assertions.tuple(3, 9, 3, 3), org.assertj.core.api.Assertions.tuple(1, 6, 2, 2),
                        org.assertj.core.api.Assertions.tuple(2, 6, 0, 3));
        assertThat(firsts.chosen()).containsExactly(3, 1);
    }

    @Example
    void throughTheEngineTheOrderOfCastingChangesNothing() {
        List<List<Integer>> votes = List.of(List.of(3, 3, 1), List.of(2, 1), List.of(1, 1, 2), List.of(3, 2, 2), List.of(2, 3));
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        Prioritisation first = countedInOrder(votes, order);
        Collections.reverse(order);
        assertThat(countedInOrder(votes, order)).isEqualTo(first);
        Collections.shuffle(order, new Random(7));
        assertThat(countedInOrder(votes, order)).isEqualTo(first);
    }

    private static Prioritisation countedInOrder(List<List<Integer>> votes, List<Integer> order) {
        Story.Scenario s = Story.at(ManifestoGroupStep.PRIORITISATION);
        for (int i : order) {
            int n = i + 1;
            s.given(n % 2 == 0 ? SAM : youngActor(n), new CastBallot(young(n), votes.get(i)));
        }
        s.given(SAM, new CountBallots());
        List<RecordedEvent<ManifestoGroupEvent>> history = s.spec().engine().history(s.spec().stream());
        return ((TopicsPrioritised) history.get(history.size() - 1).event()).result();
    }

    private static Ballot ballot(int voter, Integer... choices) {
        return new Ballot(PersonId.of("v-" + voter), List.of(choices), false);
    }
}
