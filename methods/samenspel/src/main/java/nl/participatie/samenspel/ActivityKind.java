package nl.participatie.samenspel;

import nl.participatie.core.API;
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
        LocalizedText.of("werksessie", "workshop"),
        LocalizedText.of("dialoog", "dialogue"),
        LocalizedText.of("enquête", "survey"),
        LocalizedText.of("wijkwandeling", "walk"),
        LocalizedText.of("interview", "interview"),
        LocalizedText.of("raadsbijeenkomst", "council session")};

    /** Its name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
