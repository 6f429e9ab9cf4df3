package nl.participatie.buurtschouw;

import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.value.StreamId;

/**
 * A read port onto the campaigns (<i>schouwen opzoeken</i>): the current state of a campaign by its stream, so the
 * report's decider can enforce "a report needs an open campaign" on every path, not only through the facade. The
 * facade {@link Buurtschouw} answers it from its campaign engine.
 *
 * <pre>{@code
 * CampaignLookup campaigns = id -> Optional.of(schouw.campaigns().load(id)).filter(Campaign::isStarted);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface CampaignLookup {

    /**
     * No campaigns at all: every campaign a report names is unknown. The explicit choice of a report decider used
     * without campaigns, so that a report can never slip into a campaign nobody checked.
     */
    CampaignLookup NONE = campaign -> Optional.empty();

    /** The campaign's current state; empty when it was never started. Must not change state; may be called often. */
    Optional<Campaign> find(StreamId campaign);
}
