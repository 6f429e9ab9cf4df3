package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;

/**
 * Money that came in for a cycle (<i>inkomsten</i>): a subsidy from the municipality's <i>bewonersbudget</i> or
 * <i>initiatievenfonds</i>, the residents' own contribution, or other money (a sponsor, a fund). The accountability
 * report sets it against what was planned and spent.
 *
 * @param cycle       the cycle it came in for
 * @param kind        where it came from
 * @param amount      how much, more than zero
 * @param description from whom or for what, e.g. "bewonersbudget Oost 2026"; erasable
 */
@API(status = API.Status.EXPERIMENTAL)
public record Funding(int cycle, Kind kind, Money amount, Erasable<String> description) {

    public Funding {
        Checks.positive(cycle, "cycle");
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(amount, "amount");
        InvalidValueException.requireNonNull(description, "description");
    }

    /** Where money comes from (<i>soort inkomsten</i>). */
    public enum Kind {
        /** A subsidy from the municipality's residents' budget (<i>bewonersbudget</i>). */
        RESIDENTS_BUDGET,
        /** A subsidy from the municipality's initiative fund (<i>initiatievenfonds</i>). */
        INITIATIVE_FUND,
        /** What residents put in themselves (<i>eigen bijdrage</i>). */
        OWN_CONTRIBUTION,
        /** Anything else: a sponsor, a fund, a housing corporation (<i>overig</i>). */
        OTHER;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.FUNDING_RESIDENTS_BUDGET),
            Catalogue.text(LabelText.FUNDING_INITIATIVE_FUND),
            Catalogue.text(LabelText.FUNDING_OWN_CONTRIBUTION),
            Catalogue.text(LabelText.FUNDING_OTHER)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }

        /** Whether this is a subsidy of the municipality. */
        public boolean isSubsidy() {
            return this == RESIDENTS_BUDGET || this == INITIATIVE_FUND;
        }
    }
}
