package nl.participatie.youthmanifesto;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * How a young person was reached (<i>wervingskanaal</i>). With the neighbourhood it is how the group's
 * representativeness is measured; never by special categories of personal data (ethnicity, health, religion).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum RecruitmentChannel {
    /** At school or in a training programme. */
    SCHOOL,
    /** Through youth work (<i>jongerenwerk</i>). */
    YOUTH_WORK,
    /** At a sports club or cultural activity. */
    SPORTS_AND_CULTURE,
    /** Through a community organisation, a mosque, church or association (<i>maatschappelijke organisatie</i>). */
    COMMUNITY_ORGANISATION,
    /** Online, through social media. */
    SOCIAL_MEDIA,
    /** Through friends or family. */
    FRIENDS_AND_FAMILY,
    /** On the street, by an outreach worker (<i>ambulant jongerenwerk</i>). */
    STREET_OUTREACH,
    /** Through the municipality (a letter, a youth council). */
    MUNICIPALITY,
    /** Otherwise. */
    OTHER;

    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.CHANNEL_SCHOOL),
        Catalogue.text(LabelText.CHANNEL_YOUTH_WORK),
        Catalogue.text(LabelText.CHANNEL_SPORTS_AND_CULTURE),
        Catalogue.text(LabelText.CHANNEL_COMMUNITY_ORGANISATION),
        Catalogue.text(LabelText.CHANNEL_SOCIAL_MEDIA),
        Catalogue.text(LabelText.CHANNEL_FRIENDS_AND_FAMILY),
        Catalogue.text(LabelText.CHANNEL_STREET_OUTREACH),
        Catalogue.text(LabelText.CHANNEL_MUNICIPALITY),
        Catalogue.text(LabelText.CHANNEL_OTHER)};

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
