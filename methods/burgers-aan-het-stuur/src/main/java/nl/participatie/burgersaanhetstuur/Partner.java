package nl.participatie.burgersaanhetstuur;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * An organisation an action can be handed to (<i>partner</i>): the municipality, a housing corporation, a welfare
 * organisation or another partner, so that the initiative can see who it waits on. An organisation, never a person:
 * its name is the organisation's or its department's ("Gemeente, team vergunningen"), not an employee's.
 *
 * @param kind municipality, housing corporation, welfare organisation or other
 * @param name the organisation, e.g. "Woningcorporatie Mitros"
 */
@API(status = API.Status.EXPERIMENTAL)
public record Partner(@NotNull Kind kind, @NotBlank @Size(max = 200) String name) {

    public Partner {
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(name, "name");
    }

    /** A partner of the given kind. */
    public static Partner of(Kind kind, String name) {
        return new Partner(kind, name);
    }

    /** Whether the partner is the municipality itself. */
    public boolean isMunicipality() {
        return kind == Kind.MUNICIPALITY;
    }

    /** The kinds of organisations (<i>soort partner</i>). */
    public enum Kind {
        /** The municipality: a permit, a decision, a budget (<i>gemeente</i>). */
        MUNICIPALITY,
        /** A housing corporation (<i>woningcorporatie</i>). */
        HOUSING_CORPORATION,
        /** A welfare organisation (<i>welzijnsorganisatie</i>). */
        WELFARE_ORGANISATION,
        /** Any other partner: a school, the police, a business (<i>andere partner</i>). */
        OTHER;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.PARTNER_MUNICIPALITY),
            Catalogue.text(LabelText.PARTNER_HOUSING_CORPORATION),
            Catalogue.text(LabelText.PARTNER_WELFARE_ORGANISATION),
            Catalogue.text(LabelText.PARTNER_OTHER)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
