package nl.participatie.youthmanifesto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The count of a group's ballots (<i>uitslag van de prioritering</i>): every topic with its score, in order, and the
 * topics that go into the manifesto.
 *
 * <p><b>How it counts.</b> With {@link VotingMethod#DOT_VOTING dot voting} a topic scores one point per dot. With
 * {@link VotingMethod#RANKING ranking} it is a Borda count: with {@code n} topics raised, the first place on a ballot
 * is worth {@code n} points, the second {@code n - 1}, and so on; a topic a ballot leaves out gets nothing from it.
 *
 * <p><b>Ties</b> are broken, in this order, by: (1) more points; (2) with ranking, more first places; (3) more
 * supporters, the ballots that gave the topic anything (broad support beats a few enthusiasts); (4) the topic raised
 * first, the lower number. The last rule always decides, so the order is total and the result never depends on the
 * order in which ballots were cast or entered: paper ballots entered after the meeting count exactly as the app's.
 *
 * <p><b>What goes in.</b> The first {@code top} topics of that order ({@link ManifestoGroupRules#topTopics()}), but
 * never a topic nobody voted for: with fewer topics that got points, fewer go in.
 *
 * @param method  how it was voted
 * @param ballots how many ballots were counted
 * @param ranking every topic raised, best first
 * @param chosen  the numbers of the topics that go into the manifesto, best first
 */
@API(status = API.Status.EXPERIMENTAL)
public record Prioritisation(VotingMethod method, int ballots, List<TopicScore> ranking, List<Integer> chosen) {

    /** The order of the count: points, first places, supporters (each more first), then the lower topic number. */
    public static final Comparator<TopicScore> ORDER = Comparator.comparingInt(TopicScore::points).reversed()
            .thenComparing(Comparator.comparingInt(TopicScore::firstPlaces).reversed())
            .thenComparing(Comparator.comparingInt(TopicScore::supporters).reversed())
            .thenComparingInt(TopicScore::topic);

    public Prioritisation {
        InvalidValueException.requireNonNull(method, "method");
        Checks.notNegative(ballots, "ballots");
        ranking = List.copyOf(InvalidValueException.requireNonNull(ranking, "ranking"));
        chosen = List.copyOf(InvalidValueException.requireNonNull(chosen, "chosen"));
    }

    /**
     * Counts the ballots.
     *
     * @param method  dot voting or ranking
     * @param topics  the numbers of every topic raised
     * @param ballots the ballots, in any order; choices of topics not in {@code topics} are ignored
     * @param top     how many topics go into the manifesto at most
     */
    public static Prioritisation count(VotingMethod method, List<Integer> topics, List<Ballot> ballots, int top) {
        InvalidValueException.requireNonNull(method, "method");
        Checks.positive(top, "top");
        Map<Integer, int[]> tally = new HashMap<>();
        for (Integer t : topics) {
            tally.put(t, new int[3]);
        }
        int n = topics.size();
        for (Ballot ballot : ballots) {
            Set<Integer> supported = new HashSet<>();
            List<Integer> choices = ballot.choices();
            for (int position = 0; position < choices.size(); position++) {
                int[] score = tally.get(choices.get(position));
                if (score == null) {
                    continue;
                }
                if (method == VotingMethod.DOT_VOTING) {
                    score[0]++;
                } else {
                    score[0] += Math.max(0, n - position);
                    if (position == 0) {
                        score[2]++;
                    }
                }
                if (supported.add(choices.get(position))) {
                    score[1]++;
                }
            }
        }
        List<TopicScore> ranking = new ArrayList<>(n);
        tally.forEach((topic, s) -> ranking.add(new TopicScore(topic, s[0], s[1], s[2])));
        ranking.sort(ORDER);
        List<Integer> chosen = new ArrayList<>(Math.min(top, n));
        for (TopicScore s : ranking) {
            if (chosen.size() < top && s.points() > 0) {
                chosen.add(s.topic());
            }
        }
        return new Prioritisation(method, ballots.size(), ranking, chosen);
    }

    /** Whether the topic goes into the manifesto. */
    public boolean isChosen(int topic) {
        return chosen.contains(topic);
    }

    /** The score of a topic, or {@code null} when it was not counted. */
    public TopicScore score(int topic) {
        for (TopicScore s : ranking) {
            if (s.topic() == topic) {
                return s;
            }
        }
        return null;
    }
}
