package nl.participatie.buurtschouw;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * What the people of a campaign (<i>schouw</i>) are told, and when: the notification codes of its decider, each with
 * its text in Dutch and English in {@code ParticipatieMessages*.properties}.
 */
@API(status = API.Status.STABLE)
public enum CampaignNotice implements Code {
    /** {@code buurtschouw.campaign.invited}: to each new invitee, with the title and the first walk date. */
    INVITED("buurtschouw.campaign.invited"),
    /** {@code buurtschouw.campaign.walk-started}: to the participants, until when they can enter observations. */
    WALK_STARTED("buurtschouw.campaign.walk-started"),
    /** {@code buurtschouw.campaign.entry-closed}: to participants and core group, when entry closes. */
    ENTRY_CLOSED("buurtschouw.campaign.entry-closed"),
    /** {@code buurtschouw.campaign.results-published}: the core group's own message about the results. */
    RESULTS_PUBLISHED("buurtschouw.campaign.results-published"),
    /** {@code buurtschouw.campaign.cancelled}: to participants and core group, with the reason. */
    CANCELLED("buurtschouw.campaign.cancelled");

    private final String code;

    CampaignNotice(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
