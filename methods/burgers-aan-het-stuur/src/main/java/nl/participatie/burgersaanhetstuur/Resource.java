package nl.participatie.burgersaanhetstuur;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;

/**
 * What an action needs (<i>benodigdheid</i>): money, materials, volunteer hours or a permit, with what it is planned
 * to cost. The costs of an action's resources are its planned budget, against which spending is accounted for.
 *
 * @param kind        money, materials, hours or a permit
 * @param description what exactly, e.g. "20 grijpers en vuilniszakken" or "40 uur"
 * @param cost        what it is planned to cost; zero when it costs nothing; never negative
 */
@API(status = API.Status.EXPERIMENTAL)
public record Resource(@NotNull Kind kind, @NotBlank @Size(max = 200) String description, @NotNull Money cost) {

    public Resource {
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(description, "description");
        InvalidValueException.requireNonNull(cost, "cost");
        if (cost.isNegative()) {
            throw new InvalidValueException(ValueRejection.COST_NEGATIVE.code(), cost);
        }
    }

    /** A resource of the given kind and planned cost. */
    public static Resource of(Kind kind, String description, Money cost) {
        return new Resource(kind, description, cost);
    }

    /** The kinds of resources an action can need (<i>soort benodigdheid</i>). */
    public enum Kind {
        /** Money (<i>geld</i>), e.g. for a neighbourhood party. */
        MONEY,
        /** Materials (<i>materiaal</i>), e.g. litter pickers. */
        MATERIALS,
        /** Hours of work (<i>uren</i>), by volunteers or professionals. */
        HOURS,
        /** A permit (<i>vergunning</i>), e.g. for an event in the street. */
        PERMIT;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.RESOURCE_MONEY),
            Catalogue.text(LabelText.RESOURCE_MATERIALS),
            Catalogue.text(LabelText.RESOURCE_HOURS),
            Catalogue.text(LabelText.RESOURCE_PERMIT)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
