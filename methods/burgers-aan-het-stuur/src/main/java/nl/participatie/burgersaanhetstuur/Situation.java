package nl.participatie.burgersaanhetstuur;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;

/**
 * The problem analysis of step 1, "Wat is er aan de hand?" (<i>probleemanalyse</i>): what is going on, who is affected
 * and where that knowledge comes from. The neighbourhood is the initiative's; its assets are kept beside it.
 *
 * @param cycle       the cycle in which it was (last) described
 * @param description what is going on
 * @param affected    who is affected, e.g. "ouders en kinderen rond het speelveld"
 * @param sources     where the knowledge comes from
 */
@API(status = API.Status.EXPERIMENTAL)
public record Situation(int cycle, Erasable<String> description, Erasable<String> affected, List<Source> sources) {

    public Situation {
        Checks.positive(cycle, "cycle");
        InvalidValueException.requireNonNull(description, "description");
        InvalidValueException.requireNonNull(affected, "affected");
        sources = Lists.immutable(InvalidValueException.requireNonNull(sources, "sources"));
    }
}
