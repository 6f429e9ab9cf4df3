package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * Who took a decision (<i>besluitvormer</i>). Formally the council or the executive decides; at SELF_GOVERN the
 * residents do.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum DecidedBy {
    /** The council (<i>gemeenteraad</i>). */
    COUNCIL,
    /** The executive (<i>college van B en W</i>). */
    EXECUTIVE,
    /** The residents themselves (<i>inwoners</i>). */
    RESIDENTS;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.DECIDED_BY_COUNCIL),
        Catalogue.text(LabelText.DECIDED_BY_EXECUTIVE),
        Catalogue.text(LabelText.DECIDED_BY_RESIDENTS)};

    /** Its name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
