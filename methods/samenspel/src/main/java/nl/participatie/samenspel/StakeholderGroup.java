package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.LocalizedText;

/**
 * A group of people a trajectory involves (<i>belanghebbenden</i>, <i>doelgroep</i>); each phase promises each of
 * its groups a rung of the ladder.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum StakeholderGroup {
    /** Residents (<i>inwoners</i>). */
    RESIDENTS,
    /** Organisations and entrepreneurs (<i>organisaties, ondernemers</i>). */
    ORGANISATIONS,
    /** Professionals of local providers (<i>professionals van lokale aanbieders</i>). */
    PROFESSIONALS,
    /** Council members (<i>raadsleden</i>). */
    COUNCIL_MEMBERS,
    /** Civil servants (<i>ambtenaren</i>). */
    CIVIL_SERVANTS,
    /** The executive: aldermen and mayor (<i>college van B en W</i>). */
    EXECUTIVE;

    // Kept outside the constants, so a state that refers to one holds no text.
    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.STAKEHOLDER_GROUP_RESIDENTS),
        Catalogue.text(LabelText.STAKEHOLDER_GROUP_ORGANISATIONS),
        Catalogue.text(LabelText.STAKEHOLDER_GROUP_PROFESSIONALS),
        Catalogue.text(LabelText.STAKEHOLDER_GROUP_COUNCIL_MEMBERS),
        Catalogue.text(LabelText.STAKEHOLDER_GROUP_CIVIL_SERVANTS),
        Catalogue.text(LabelText.STAKEHOLDER_GROUP_EXECUTIVE)};

    /** Its name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }
}
