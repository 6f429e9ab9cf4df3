package nl.participatie.samenspel;


import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The share of respondents who agreed with one survey question (<i>score op een enquêtevraag</i>).
 *
 * @param question     the question's code, one of {@link TrajectoryRules#surveyQuestions()}
 * @param percentAgree the percentage that agreed, 0 to 100
 */
@API(status = API.Status.EXPERIMENTAL)
public record SurveyScore(String question, int percentAgree) {
    public SurveyScore {
        InvalidValueException.requireNonNull(question, "question");
        Checks.percent(percentAgree, "percentAgree");
    }
}
