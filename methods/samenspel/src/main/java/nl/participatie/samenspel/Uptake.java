package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * What a decision did with a contribution (<i>wat er met de inbreng is gedaan</i>).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Uptake {
    /** Adopted as it was (<i>overgenomen</i>). */
    ADOPTED,
    /** Adopted with changes (<i>aangepast overgenomen</i>). */
    ADAPTED,
    /** Not used, with a reason (<i>niet overgenomen</i>). */
    NOT_USED;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.UPTAKE_ADOPTED),
        Catalogue.text(LabelText.UPTAKE_ADAPTED),
        Catalogue.text(LabelText.UPTAKE_NOT_USED)};

    /** Its name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
