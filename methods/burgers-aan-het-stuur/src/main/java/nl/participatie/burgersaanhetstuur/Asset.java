package nl.participatie.burgersaanhetstuur;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * Something the neighbourhood has to build on (<i>kracht van de buurt</i>), as Asset-Based Community Development
 * inventories it: people's skills, associations, institutions and places. Describe it without naming people: the
 * description is kept in the audit trail.
 *
 * @param kind        skill, association, institution or place
 * @param description what it is, e.g. "buurthuis De Schakel, gratis zaal op dinsdag"
 */
@API(status = API.Status.EXPERIMENTAL)
public record Asset(@NotNull Kind kind, @NotBlank @Size(max = 500) String description) {

    public Asset {
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(description, "description");
    }

    /** An asset of the given kind. */
    public static Asset of(Kind kind, String description) {
        return new Asset(kind, description);
    }

    /** The four kinds of assets of ABCD (<i>soort kracht</i>). */
    public enum Kind {
        /** A skill or talent of residents (<i>vaardigheid</i>). */
        SKILL,
        /** An association or informal group (<i>vereniging</i>). */
        ASSOCIATION,
        /** An institution: school, library, housing corporation (<i>instelling</i>). */
        INSTITUTION,
        /** A place: a square, a community centre, a garden (<i>plek</i>). */
        PLACE;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.ASSET_RESIDENTS_SKILL),
            Catalogue.text(LabelText.ASSET_ASSOCIATION_OR_GROUP),
            Catalogue.text(LabelText.ASSET_INSTITUTION),
            Catalogue.text(LabelText.ASSET_PLACE)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
