package nl.participatie.buurtschouw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * One resident's support for an idea (<i>steunbetuiging</i>): who, from which household, when, and what they offer
 * to bring. Support (<i>draagvlak</i>) counts the supporters; initiative power (<i>initiatiefkracht</i>) weighs those
 * willing to help more, see {@link InitiativePower}.
 *
 * @param supporter who supports
 * @param offers    what they offer to bring, in a fixed order; empty when they only support
 * @param household their household, to count distinct households; {@code null} when unknown
 * @param at        when
 */
@API(status = API.Status.EXPERIMENTAL)
public record IdeaSupport(PersonId supporter, List<HelpOffer> offers, HouseholdRef household, Instant at) {

    public IdeaSupport {
        InvalidValueException.requireNonNull(supporter, "supporter");
        InvalidValueException.requireNonNull(at, "at");
        offers = canonical(offers);
    }

    /** Whether the supporter offers to help. */
    public boolean willingToHelp() {
        return !offers.isEmpty();
    }

    /** The offers without duplicates, in the order of {@link HelpOffer}: one form for storage and hashing. */
    static List<HelpOffer> canonical(List<HelpOffer> offers) {
        if (offers == null || offers.isEmpty()) {
            return List.of();
        }
        EnumSet<HelpOffer> set = EnumSet.noneOf(HelpOffer.class);
        for (HelpOffer o : offers) {
            set.add(InvalidValueException.requireNonNull(o, "offer"));
        }
        return List.copyOf(new ArrayList<>(set));
    }
}
