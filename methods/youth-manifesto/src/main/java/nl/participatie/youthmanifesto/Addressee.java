package nl.participatie.youthmanifesto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * Of whom the young people ask an action (<i>aan wie</i>): the council, the executive, a department of the
 * municipality or an organisation, by name ("de gemeenteraad", "wethouder Jeugd", "afdeling Sport", "Stichting JOU").
 *
 * @param kind what kind of addressee
 * @param name who, by name
 */
@API(status = API.Status.EXPERIMENTAL)
public record Addressee(@NotNull Kind kind, @NotBlank @Size(max = 200) String name) {

    public Addressee {
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(name, "name");
    }

    /** An addressee of a kind, by name. */
    public static Addressee of(Kind kind, String name) {
        return new Addressee(kind, name);
    }

    /** The kinds of addressee. */
    public enum Kind {
        /** The municipal council (<i>gemeenteraad</i>). */
        COUNCIL,
        /** The executive: the mayor and aldermen, or one alderman (<i>college</i>, <i>wethouder</i>). */
        EXECUTIVE,
        /** A department of the municipality (<i>afdeling</i>). */
        DEPARTMENT,
        /** An organisation outside the municipality (<i>organisatie</i>). */
        ORGANISATION;

        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.ADDRESSEE_COUNCIL),
            Catalogue.text(LabelText.ADDRESSEE_EXECUTIVE),
            Catalogue.text(LabelText.ADDRESSEE_DEPARTMENT),
            Catalogue.text(LabelText.ADDRESSEE_ORGANISATION)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
