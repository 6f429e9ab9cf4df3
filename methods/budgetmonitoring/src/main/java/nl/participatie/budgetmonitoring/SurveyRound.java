package nl.participatie.budgetmonitoring;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;

/**
 * A round of activating neighbourhood research (<i>activerend buurtonderzoek</i>): residents ask their neighbours,
 * in an area, how many they asked and how many answered, and what they found. Findings are short summaries by the
 * group, not answers of individual neighbours.
 *
 * @param number    its number in the budget round, from 1
 * @param area      where the survey was held
 * @param invited   how many households were asked
 * @param responses how many answered
 * @param findings  what the group found, each a short summary; the group's text, erasable under the round's key
 */
@API(status = API.Status.EXPERIMENTAL)
public record SurveyRound(int number, AreaCode area, int invited, int responses, List<Erasable<String>> findings) {

    public SurveyRound {
        InvalidValueException.requireNonNull(area, "area");
        findings = List.copyOf(InvalidValueException.requireNonNull(findings, "findings"));
    }
}
