package nl.participatie.budgetmonitoring;

import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * A member's vote on the domains to work on (<i>stem</i>), cast digitally or on paper at a neighbourhood meeting;
 * one per member either way.
 *
 * @param member  the member who voted
 * @param domains the domains voted for
 * @param channel digital or on paper
 */
@API(status = API.Status.EXPERIMENTAL)
public record Vote(PersonId member, List<SocialDomain> domains, Channel channel) {

    /** How a vote was cast (<i>stemwijze</i>). */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Channel {
        /** Cast by the member in the app. */
        DIGITAL,
        /** Cast on paper at a neighbourhood meeting, entered by a facilitator. */
        PAPER
    }

    public Vote {
        InvalidValueException.requireNonNull(member, "member");
        domains = List.copyOf(InvalidValueException.requireNonNull(domains, "domains"));
        InvalidValueException.requireNonNull(channel, "channel");
    }
}
