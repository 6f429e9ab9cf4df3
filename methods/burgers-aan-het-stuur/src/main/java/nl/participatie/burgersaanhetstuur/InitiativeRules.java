package nl.participatie.burgersaanhetstuur;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The rules a municipality sets for its citizen initiatives (<i>spelregels</i>, <i>signaleringsdrempels</i>): how long
 * an initiative may stay in each step, how many residents must take part, how long a blocked action may go without
 * follow-up and how long after its first measuring moment an indicator may go unmeasured. The {@link StallDiagnosis}
 * flags what crosses them; the {@link InitiativeDecider} is given them too, so a limit the cycle itself needs later
 * lives in one place. Immutable and validated when made; change one rule with the {@code with...} methods.
 *
 * <pre>{@code
 * InitiativeRules mine = InitiativeRules.defaults()
 *     .withStepLimit(InitiativeStep.EXECUTION, Duration.ofDays(120))
 *     .withMinimumActiveParticipants(5);
 * }</pre>
 *
 * @param stepLimits                how long an initiative may stay in a step; a step without a limit is never flagged
 * @param minimumActiveParticipants the fewest members (initiators and participants who have not left) that carry it
 * @param blockedFollowUp           how long a blocked action may go without follow-up (progress or being taken up)
 * @param measurementGrace          how long after its first measuring moment an indicator may go unmeasured
 * @param partnerResponse           how long an action handed to a partner (the municipality, a corporation, ...) may
 *                                  stay open before the initiative is said to be waiting on it
 * @param restsOnOnePerson          from how many owned actions of a cycle, all owned by one member, the initiative is said
 *                                  to rest on that one person (<i>trekker</i>)
 */
@API(status = API.Status.EXPERIMENTAL)
public record InitiativeRules(Map<InitiativeStep, Duration> stepLimits, int minimumActiveParticipants,
                                  Duration blockedFollowUp, Duration measurementGrace, Duration partnerResponse,
                                  int restsOnOnePerson) {

    private static final InitiativeRules DEFAULTS;

    static {
        Map<InitiativeStep, Duration> limits = new EnumMap<>(InitiativeStep.class);
        limits.put(InitiativeStep.SITUATION, Duration.ofDays(42));
        limits.put(InitiativeStep.GOALS, Duration.ofDays(28));
        limits.put(InitiativeStep.ACTION_PLAN, Duration.ofDays(28));
        limits.put(InitiativeStep.MEASURABLE_RESULTS, Duration.ofDays(21));
        limits.put(InitiativeStep.EXECUTION, Duration.ofDays(182));
        limits.put(InitiativeStep.MEASUREMENT, Duration.ofDays(42));
        limits.put(InitiativeStep.ACCOUNTABILITY, Duration.ofDays(28));
        limits.put(InitiativeStep.NEW_GOALS, Duration.ofDays(28));
        limits.put(InitiativeStep.PAUSED, Duration.ofDays(91));
        DEFAULTS = new InitiativeRules(limits, 3, Duration.ofDays(14), Duration.ofDays(14), Duration.ofDays(28), 3);
    }

    public InitiativeRules {
        InvalidValueException.requireNonNull(stepLimits, "stepLimits");
        EnumMap<InitiativeStep, Duration> copy = new EnumMap<>(InitiativeStep.class);
        stepLimits.forEach((step, limit) -> copy.put(InvalidValueException.requireNonNull(step, "step"), positive(limit, "stepLimit")));
        stepLimits = Collections.unmodifiableMap(copy);
        if (minimumActiveParticipants < 0) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), minimumActiveParticipants, "minimumActiveParticipants");
        }
        positive(blockedFollowUp, "blockedFollowUp");
        InvalidValueException.requireNonNull(measurementGrace, "measurementGrace");
        if (measurementGrace.isNegative()) {
            throw new InvalidValueException(ValueRejection.DURATION_INVALID.code(), measurementGrace, "measurementGrace");
        }
        positive(partnerResponse, "partnerResponse");
        if (restsOnOnePerson < 2) {
            throw new InvalidValueException(ValueRejection.NUMBER_INVALID.code(), restsOnOnePerson, "restsOnOnePerson");
        }
    }

    /**
     * The library's defaults: six weeks for the situation, four for goals, the action plan, accountability and new
     * goals, three for measurable results, half a year for execution, six weeks for measuring, three months paused;
     * at least three residents; two weeks for a blocked action and for a first measurement; four weeks for a partner;
     * three actions of one person.
     */
    public static InitiativeRules defaults() {
        return DEFAULTS;
    }

    /** The limit for a step, or {@code null} when the step has none. */
    public Duration stepLimit(InitiativeStep step) {
        return stepLimits.get(step);
    }

    /** These rules with another limit for a step. */
    public InitiativeRules withStepLimit(InitiativeStep step, Duration limit) {
        Map<InitiativeStep, Duration> limits = new EnumMap<>(InitiativeStep.class);
        limits.putAll(stepLimits);
        limits.put(InvalidValueException.requireNonNull(step, "step"), limit);
        return new InitiativeRules(limits, minimumActiveParticipants, blockedFollowUp, measurementGrace, partnerResponse, restsOnOnePerson);
    }

    /** These rules with another minimum number of members. */
    public InitiativeRules withMinimumActiveParticipants(int minimum) {
        return new InitiativeRules(stepLimits, minimum, blockedFollowUp, measurementGrace, partnerResponse, restsOnOnePerson);
    }

    /** These rules with another limit for a blocked action without follow-up. */
    public InitiativeRules withBlockedFollowUp(Duration limit) {
        return new InitiativeRules(stepLimits, minimumActiveParticipants, limit, measurementGrace, partnerResponse, restsOnOnePerson);
    }

    /** These rules with another grace period for a first measurement. */
    public InitiativeRules withMeasurementGrace(Duration grace) {
        return new InitiativeRules(stepLimits, minimumActiveParticipants, blockedFollowUp, grace, partnerResponse, restsOnOnePerson);
    }

    /** These rules with another time a partner may take on an action before the initiative waits on it. */
    public InitiativeRules withPartnerResponse(Duration limit) {
        return new InitiativeRules(stepLimits, minimumActiveParticipants, blockedFollowUp, measurementGrace, limit, restsOnOnePerson);
    }

    /** These rules with another number of actions from which one owner of all of them is one person too many. */
    public InitiativeRules withRestsOnOnePerson(int actions) {
        return new InitiativeRules(stepLimits, minimumActiveParticipants, blockedFollowUp, measurementGrace, partnerResponse, actions);
    }

    private static Duration positive(Duration value, String name) {
        InvalidValueException.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(ValueRejection.DURATION_INVALID.code(), value, name);
        }
        return value;
    }
}
