package nl.participatie.samenspel;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The municipality's configuration of change trajectories (<i>spelregels</i>): how many phases a design may have and
 * the question set of the before and after survey. Immutable; validated in its constructor.
 *
 * <pre>{@code
 * TrajectoryRules rules = TrajectoryRules.defaults().withMaxPhases(8);
 * }</pre>
 *
 * @param maxPhases       the most phases a design may have, 1 or more (default 12)
 * @param surveyQuestions the codes of the survey questions, at least one (default: the {@code Burgerpeiling}
 *                        questions on participation, {@link #BURGERPEILING})
 */
@API(status = API.Status.EXPERIMENTAL)
public record TrajectoryRules(int maxPhases, List<String> surveyQuestions) {

    /**
     * The default question set, after the <i>Burgerpeiling</i>'s questions on participation: the municipality involves
     * residents enough, informs them well, does something with their input, and residents feel heard; staff feel the
     * organisation supports working with residents.
     */
    public static final List<String> BURGERPEILING = List.of("involves-residents", "informs-well", "uses-input",
            "feel-heard", "organisation-supports");

    public TrajectoryRules {
        if (maxPhases < 1) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), maxPhases, "maxPhases");
        }
        surveyQuestions = Checks.list(surveyQuestions, "surveyQuestions");
        if (surveyQuestions.isEmpty()) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), 0, "surveyQuestions");
        }
        surveyQuestions.forEach(q -> Checks.code(q, "surveyQuestions"));
    }

    /** The library's defaults: 12 phases, the Burgerpeiling questions. */
    public static TrajectoryRules defaults() {
        return new TrajectoryRules(12, BURGERPEILING);
    }

    /** These rules with another maximum number of phases. */
    public TrajectoryRules withMaxPhases(int value) {
        return new TrajectoryRules(value, surveyQuestions);
    }

    /** These rules with another survey question set. */
    public TrajectoryRules withSurveyQuestions(List<String> value) {
        return new TrajectoryRules(maxPhases, value);
    }
}
