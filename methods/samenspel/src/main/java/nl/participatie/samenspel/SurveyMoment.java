package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * When a survey of residents and staff was held (<i>nulmeting, eindmeting</i>).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum SurveyMoment {
    /** Before the trajectory (<i>nulmeting</i>), in DESIGN or a phase. */
    BEFORE,
    /** After it (<i>eindmeting</i>), in EVALUATION. */
    AFTER;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.SURVEY_MOMENT_BEFORE),
        Catalogue.text(LabelText.SURVEY_MOMENT_AFTER)};

    /** Its name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
