package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.value.LocalizedText;

/** How a resident takes part in an initiative (<i>lidmaatschap</i>): running it, or joining in. */
public enum Membership {
    /** Runs the initiative (<i>initiatiefnemer</i>). */
    INITIATOR("initiatiefnemer", "initiator"),
    /** Takes part (<i>deelnemer</i>). */
    PARTICIPANT("deelnemer", "participant");

    private final LocalizedText label;

    Membership(String nl, String en) {
        this.label = LocalizedText.of(nl, en);
    }

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return label;
    }
}
