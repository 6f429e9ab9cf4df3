package nl.participatie.youthmanifesto;

import nl.participatie.core.API;

/**
 * What one topic got in the count (<i>score</i>).
 *
 * @param topic       the topic's number
 * @param points      dots, or Borda points for a ranking
 * @param supporters  how many ballots gave it anything (a dot, or a place in the ranking)
 * @param firstPlaces how many ballots ranked it first; 0 for dot voting
 */
@API(status = API.Status.EXPERIMENTAL)
public record TopicScore(int topic, int points, int supporters, int firstPlaces) {

    public TopicScore {
        Checks.positive(topic, "topic");
        Checks.notNegative(points, "points");
        Checks.notNegative(supporters, "supporters");
        Checks.notNegative(firstPlaces, "firstPlaces");
    }
}
