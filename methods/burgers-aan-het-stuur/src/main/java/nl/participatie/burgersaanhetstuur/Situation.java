package nl.participatie.burgersaanhetstuur;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;

/**
 * The problem analysis of step 1, "Wat is er aan de hand?" (<i>probleemanalyse</i>): what is going on, who is affected
 * and where that knowledge comes from. The neighbourhood is the initiative's. Kept per cycle, with the assets inventoried in it, so the
 * accountability report of every cycle can say where that cycle started from.
 *
 * @param cycle       the cycle in which it was (last) described
 * @param description what is going on
 * @param affected    who is affected, e.g. "ouders en kinderen rond het speelveld"
 * @param sources     where the knowledge comes from; each erasable
 * @param assets      the neighbourhood's assets as inventoried in that cycle (ABCD); each erasable
 */
@API(status = API.Status.EXPERIMENTAL)
public record Situation(int cycle, Erasable<String> description, Erasable<String> affected,
                        List<Erasable<Source>> sources, List<Erasable<Asset>> assets) {

    public Situation {
        Checks.positive(cycle, "cycle");
        InvalidValueException.requireNonNull(description, "description");
        InvalidValueException.requireNonNull(affected, "affected");
        sources = Lists.immutable(InvalidValueException.requireNonNull(sources, "sources"));
        assets = Lists.immutable(InvalidValueException.requireNonNull(assets, "assets"));
    }
}
