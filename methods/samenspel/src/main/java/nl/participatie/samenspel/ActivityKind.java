package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * The kind of a planned activity of a phase (<i>activiteit</i>).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ActivityKind {
    /** A workshop (<i>werksessie</i>). */
    WORKSHOP,
    /** A dialogue or round table (<i>dialoog</i>). */
    DIALOGUE,
    /** A survey or poll (<i>enquête</i>). */
    SURVEY,
    /** A walk through the area (<i>wandeling</i>). */
    WALK,
    /** Interviews (<i>interviews</i>). */
    INTERVIEW,
    /** A council session (<i>raadsbijeenkomst</i>). */
    COUNCIL_SESSION;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.ACTIVITY_KIND_WORKSHOP),
        Catalogue.text(LabelText.ACTIVITY_KIND_DIALOGUE),
        Catalogue.text(LabelText.ACTIVITY_KIND_SURVEY),
        Catalogue.text(LabelText.ACTIVITY_KIND_WALK),
        Catalogue.text(LabelText.ACTIVITY_KIND_INTERVIEW),
        Catalogue.text(LabelText.ACTIVITY_KIND_COUNCIL_SESSION)};

    /** Its name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
