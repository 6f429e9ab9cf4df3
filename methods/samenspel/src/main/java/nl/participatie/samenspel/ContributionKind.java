package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * What a participant brought in (<i>inbreng</i>).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ContributionKind {
    /** An idea (<i>idee</i>). */
    IDEA,
    /** A concern (<i>zorg, bezwaar</i>). */
    CONCERN,
    /** Advice (<i>advies</i>): needs a reasoned answer where ADVISE was promised. */
    ADVICE;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.CONTRIBUTION_KIND_IDEA),
        Catalogue.text(LabelText.CONTRIBUTION_KIND_CONCERN),
        Catalogue.text(LabelText.CONTRIBUTION_KIND_ADVICE)};

    /** Its name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
