package nl.participatie.samenspel;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A before or after survey of one group (<i>nulmeting, eindmeting</i>): how many answered and the scores.
 *
 * @param moment      before or after
 * @param group       who was asked
 * @param respondents how many answered
 * @param scores      per question
 */
@API(status = API.Status.EXPERIMENTAL)
public record SurveyResult(SurveyMoment moment, StakeholderGroup group, int respondents, List<SurveyScore> scores) {
    public SurveyResult {
        InvalidValueException.requireNonNull(moment, "moment");
        InvalidValueException.requireNonNull(group, "group");
        Checks.notNegative(respondents, "respondents");
        scores = Checks.list(scores, "scores");
    }
}
