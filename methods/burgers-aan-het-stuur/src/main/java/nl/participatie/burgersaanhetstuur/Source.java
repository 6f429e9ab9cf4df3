package nl.participatie.burgersaanhetstuur;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * Where the problem analysis gets its knowledge (<i>bron</i>): an observation, a figure or a resident's story.
 *
 * @param kind        observation, figure or story
 * @param description what it says, e.g. "buurtschouw maart: 14 meldingen zwerfafval"
 */
@API(status = API.Status.EXPERIMENTAL)
public record Source(@NotNull Kind kind, @NotBlank @Size(max = 500) String description) {

    public Source {
        InvalidValueException.requireNonNull(kind, "kind");
        InvalidValueException.requireNonNull(description, "description");
    }

    /** A source of the given kind. */
    public static Source of(Kind kind, String description) {
        return new Source(kind, description);
    }

    /** The kinds of sources (<i>soort bron</i>). */
    public enum Kind {
        /** Something seen in the neighbourhood (<i>waarneming</i>). */
        OBSERVATION,
        /** A number: statistics, reports, a survey (<i>cijfer</i>). */
        FIGURE,
        /** What residents tell (<i>verhaal</i>). */
        STORY;

        // Kept outside the constants, so a state that refers to one holds no text.
        private static final LocalizedText[] LABELS = {
            Catalogue.text(LabelText.SOURCE_OBSERVATION),
            Catalogue.text(LabelText.SOURCE_FIGURE),
            Catalogue.text(LabelText.SOURCE_STORY)};

        /** The name in Dutch and English. */
        public LocalizedText label() {
            return LABELS[ordinal()];
        }
    }
}
