package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * The policy area of a topic (<i>beleidsterrein</i>): the nine main task fields (<i>hoofdtaakvelden</i>) of the
 * municipal budget classification (BBV), so a topic can be found next to the budget lines and council documents of
 * its field. Matched by {@link #code()}, never by name (main task field 8 was renamed in 2023).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum PolicyArea {
    /** 0 Bestuur en ondersteuning. */
    GOVERNANCE,
    /** 1 Veiligheid. */
    SAFETY,
    /** 2 Verkeer, vervoer en waterstaat. */
    TRAFFIC_AND_TRANSPORT,
    /** 3 Economie. */
    ECONOMY,
    /** 4 Onderwijs. */
    EDUCATION,
    /** 5 Sport, cultuur en recreatie. */
    SPORT_CULTURE_AND_RECREATION,
    /** 6 Sociaal domein. */
    SOCIAL_DOMAIN,
    /** 7 Volksgezondheid en milieu. */
    PUBLIC_HEALTH_AND_ENVIRONMENT,
    /** 8 Volkshuisvesting, leefomgeving en stedelijke vernieuwing. */
    HOUSING_AND_LIVING_ENVIRONMENT;

    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.POLICY_AREA_GOVERNANCE),
        Catalogue.text(LabelText.POLICY_AREA_SAFETY),
        Catalogue.text(LabelText.POLICY_AREA_TRAFFIC_AND_TRANSPORT),
        Catalogue.text(LabelText.POLICY_AREA_ECONOMY),
        Catalogue.text(LabelText.POLICY_AREA_EDUCATION),
        Catalogue.text(LabelText.POLICY_AREA_SPORT_CULTURE_AND_RECREATION),
        Catalogue.text(LabelText.POLICY_AREA_SOCIAL_DOMAIN),
        Catalogue.text(LabelText.POLICY_AREA_PUBLIC_HEALTH_AND_ENVIRONMENT),
        Catalogue.text(LabelText.POLICY_AREA_HOUSING_AND_LIVING_ENVIRONMENT)};

    /** The BBV main task field, {@code 0} to {@code 8}. */
    public int code() {
        return ordinal();
    }

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
