package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
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
        LocalizedText.of("Bestuur en ondersteuning", "Governance and support"),
        LocalizedText.of("Veiligheid", "Safety"),
        LocalizedText.of("Verkeer, vervoer en waterstaat", "Traffic, transport and water management"),
        LocalizedText.of("Economie", "Economy"),
        LocalizedText.of("Onderwijs", "Education"),
        LocalizedText.of("Sport, cultuur en recreatie", "Sport, culture and recreation"),
        LocalizedText.of("Sociaal domein", "Social domain"),
        LocalizedText.of("Volksgezondheid en milieu", "Public health and environment"),
        LocalizedText.of("Volkshuisvesting, leefomgeving en stedelijke vernieuwing", "Housing, living environment and urban renewal")};

    /** The BBV main task field, {@code 0} to {@code 8}. */
    public int code() {
        return ordinal();
    }

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
