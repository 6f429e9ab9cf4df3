package nl.participatie.samenspel;

import java.time.Instant;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A decision taken in a phase (<i>besluit</i>): who took it, whether it follows the participants' outcome, the
 * motivation when it does not, and what became of each contribution.
 *
 * @param id             its number in the trajectory, from 1
 * @param phase          the phase's code
 * @param topic          the decision topic's code
 * @param decidedBy      who decided
 * @param followsOutcome whether it follows the participants' outcome
 * @param motivation     why it deviates (or the reasoning); may be empty
 * @param uses           what became of each contribution it considered
 * @param at             when it was recorded
 */
@API(status = API.Status.EXPERIMENTAL)
public record PhaseDecision(int id, String phase, String topic, DecidedBy decidedBy, boolean followsOutcome, String motivation, List<ContributionUse> uses, Instant at) {
    public PhaseDecision {
        Checks.notNegative(id, "id");
        Checks.code(phase, "phase");
        Checks.code(topic, "topic");
        InvalidValueException.requireNonNull(decidedBy, "decidedBy");
        InvalidValueException.requireNonNull(motivation, "motivation");
        uses = Checks.list(uses, "uses");
        InvalidValueException.requireNonNull(at, "at");
    }
}
