package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;

/** How the resident group decides on its domains (<i>besluitvorming</i>), configurable per round. */
@API(status = API.Status.EXPERIMENTAL)
public enum DecisionMode {
    /** By counting votes, one per member, digital and paper together. */
    VOTES,
    /** By consensus, recorded as the group's agreement. */
    CONSENSUS
}
