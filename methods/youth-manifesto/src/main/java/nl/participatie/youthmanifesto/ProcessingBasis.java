package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * The legal basis on which the municipality processes the participants' personal data (<i>grondslag</i>, art. 6 AVG),
 * chosen per group. It decides whether AVG consent is needed at all: only on {@link #CONSENT} does art. 8 AVG (with
 * art. 5 UAVG: 16 years in the Netherlands) ask a parent or guardian to consent for a participant under 16, and the
 * participant to consent themselves from 16. On {@link #PUBLIC_TASK} no AVG consent is asked; data minimisation and
 * extra care for children apply either way. The organiser's own permission to take part is a separate matter
 * ({@link Permission#PERMISSION_TO_TAKE_PART}).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ProcessingBasis {
    /** Consent (<i>toestemming</i>, art. 6(1)(a) AVG). */
    CONSENT("consent"),
    /** A task in the public interest (<i>taak van algemeen belang</i>, art. 6(1)(e) AVG). */
    PUBLIC_TASK("public-task");

    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.BASIS_CONSENT),
        Catalogue.text(LabelText.BASIS_PUBLIC_TASK)};

    private final String code;

    ProcessingBasis(String code) {
        this.code = code;
    }

    /** The code as core's {@code PersonalData.LEGAL_BASIS} writes it: {@code consent} or {@code public-task}. */
    public String code() {
        return code;
    }

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
