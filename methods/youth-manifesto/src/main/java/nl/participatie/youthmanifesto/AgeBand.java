package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * A participant's age band at enrolment (<i>leeftijdsgroep</i>): what the events may say about age, never a date of
 * birth. The bands follow the two legal thresholds that matter for young people: 16 (AVG consent) and 18 (majority).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum AgeBand {
    /** Younger than 16. */
    UNDER_16,
    /** 16 or 17. */
    AGE_16_17,
    /** 18 or older. */
    AGE_18_AND_OVER;

    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.AGE_BAND_UNDER_16),
        Catalogue.text(LabelText.AGE_BAND_AGE_16_17),
        Catalogue.text(LabelText.AGE_BAND_AGE_18_AND_OVER)};

    /** The band of an age in whole years. */
    public static AgeBand of(int age) {
        return age < Permission.AVG_CONSENT_AGE ? UNDER_16 : age < 18 ? AGE_16_17 : AGE_18_AND_OVER;
    }

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
