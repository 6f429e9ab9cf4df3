package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/** How a resident takes part in an initiative (<i>lidmaatschap</i>): running it, or joining in. */
@API(status = API.Status.EXPERIMENTAL)
public enum Membership {
    /** Runs the initiative (<i>initiatiefnemer</i>). */
    INITIATOR,
    /** Takes part (<i>deelnemer</i>). */
    PARTICIPANT;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.MEMBERSHIP_INITIATOR),
        Catalogue.text(LabelText.MEMBERSHIP_PARTICIPANT)};

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
