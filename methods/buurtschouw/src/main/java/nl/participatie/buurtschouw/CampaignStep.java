package nl.participatie.buurtschouw;

import nl.participatie.core.API;

/** The steps of a neighbourhood walk campaign (<i>stappen van de schouw</i>). */
@API(status = API.Status.EXPERIMENTAL)
public enum CampaignStep {
    /** A core group forms and chooses area, route, dates and themes, and invites participants (<i>voorbereiding</i>). */
    PREPARATION,
    /** The walk takes place; observations are entered until entry closes (<i>schouw</i>). */
    WALK,
    /** What happens with each observation is fed back (<i>terugkoppeling</i>). */
    FEEDBACK,
    /** Participants rate the campaign; lessons for the next one (<i>evaluatie</i>). */
    EVALUATION,
    /** Finished or cancelled (<i>afgesloten</i>). */
    CLOSED
}
