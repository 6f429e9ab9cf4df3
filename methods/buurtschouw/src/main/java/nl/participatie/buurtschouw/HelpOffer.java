package nl.participatie.buurtschouw;

import nl.participatie.core.API;

/** What a supporter of an idea offers to bring (<i>hulpaanbod</i>): the heart of initiative power. */
@API(status = API.Status.EXPERIMENTAL)
public enum HelpOffer {
    /** Time: helping on the day, keeping it going (<i>tijd</i>). */
    TIME,
    /** Skills: a trade, organising, design (<i>vaardigheden</i>). */
    SKILLS,
    /** Materials: tools, plants, a place to store things (<i>materiaal</i>). */
    MATERIALS
}
