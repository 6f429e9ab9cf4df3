package nl.participatie.buurtschouw;

import java.time.ZoneId;

import nl.participatie.core.API;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.InvalidValueException;

/**
 * What a municipality configures about its neighbourhood walks (<i>spelregels van de schouw</i>).
 *
 * @param minimumCoreGroup how many core group members a walk needs at least (default 2)
 * @param zone             the municipality's time zone, for walk dates (default {@link DutchTime#ZONE})
 */
@API(status = API.Status.EXPERIMENTAL)
public record CampaignRules(int minimumCoreGroup, ZoneId zone) {

    public CampaignRules {
        InvalidValueException.requireNonNull(zone, "zone");
        if (minimumCoreGroup < 1 || minimumCoreGroup > 100) {
            throw new IllegalArgumentException("minimumCoreGroup must be 1 to 100, was " + minimumCoreGroup);
        }
    }

    /** A core group of at least 2, in Europe/Amsterdam. */
    public static CampaignRules defaults() {
        return new CampaignRules(2, DutchTime.ZONE);
    }

    /** These rules with another minimum core group size. */
    public CampaignRules withMinimumCoreGroup(int value) {
        return new CampaignRules(value, zone);
    }

    /** These rules in another time zone. */
    public CampaignRules withZone(ZoneId value) {
        return new CampaignRules(minimumCoreGroup, value);
    }
}
