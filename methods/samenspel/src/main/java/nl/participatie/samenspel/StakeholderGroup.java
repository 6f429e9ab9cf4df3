package nl.participatie.samenspel;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A group of people a trajectory involves (<i>groep belanghebbenden</i>, <i>doelgroep</i>); each phase promises each of
 * its groups a rung of the ladder. The six of the issue are the default set ({@link #DEFAULTS}); a municipality adds
 * its own — "ondernemers", "jongerenraad" — in its design, with their names in Dutch and English ({@link OwnGroup}).
 * In JSON a group is its code, e.g. {@code "RESIDENTS"} or {@code "ondernemers"}.
 *
 * @param code letters, digits, dashes and underscores, starting with a letter, at most 40 characters; the six
 *             defaults are upper case ({@code RESIDENTS})
 */
@API(status = API.Status.EXPERIMENTAL)
public record StakeholderGroup(String code) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    /** Residents (<i>inwoners</i>). */
    public static final StakeholderGroup RESIDENTS = new StakeholderGroup("RESIDENTS");
    /** Organisations and entrepreneurs (<i>organisaties, ondernemers</i>). */
    public static final StakeholderGroup ORGANISATIONS = new StakeholderGroup("ORGANISATIONS");
    /** Professionals of local providers (<i>professionals van lokale aanbieders</i>). */
    public static final StakeholderGroup PROFESSIONALS = new StakeholderGroup("PROFESSIONALS");
    /** Council members (<i>raadsleden</i>). */
    public static final StakeholderGroup COUNCIL_MEMBERS = new StakeholderGroup("COUNCIL_MEMBERS");
    /** Civil servants (<i>ambtenaren</i>). */
    public static final StakeholderGroup CIVIL_SERVANTS = new StakeholderGroup("CIVIL_SERVANTS");
    /** The executive: aldermen and mayor (<i>college van B en W</i>). */
    public static final StakeholderGroup EXECUTIVE = new StakeholderGroup("EXECUTIVE");

    /** The default set, which every design knows without defining it. */
    public static final List<StakeholderGroup> DEFAULTS = List.of(RESIDENTS, ORGANISATIONS, PROFESSIONALS, COUNCIL_MEMBERS,
            CIVIL_SERVANTS, EXECUTIVE);

    private static final Map<String, LocalizedText> LABELS = Map.of(
            "RESIDENTS", Catalogue.text(LabelText.STAKEHOLDER_GROUP_RESIDENTS),
            "ORGANISATIONS", Catalogue.text(LabelText.STAKEHOLDER_GROUP_ORGANISATIONS),
            "PROFESSIONALS", Catalogue.text(LabelText.STAKEHOLDER_GROUP_PROFESSIONALS),
            "COUNCIL_MEMBERS", Catalogue.text(LabelText.STAKEHOLDER_GROUP_COUNCIL_MEMBERS),
            "CIVIL_SERVANTS", Catalogue.text(LabelText.STAKEHOLDER_GROUP_CIVIL_SERVANTS),
            "EXECUTIVE", Catalogue.text(LabelText.STAKEHOLDER_GROUP_EXECUTIVE));

    public StakeholderGroup {
        InvalidValueException.requireNonNull(code, "group");
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidValueException(ValueRejection.GROUP_INVALID.code(), code);
        }
    }

    /** The group with this code: one of the defaults, or the municipality's own. */
    public static StakeholderGroup of(String code) {
        for (StakeholderGroup g : DEFAULTS) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        return new StakeholderGroup(code);
    }

    /** Whether it is one of the six of the default set. */
    public boolean isDefault() {
        return LABELS.containsKey(code);
    }

    /**
     * Its name in Dutch and English for a group of the default set; a municipality's own group is named by its code
     * here and by its name through {@link Design#nameOf}.
     */
    public LocalizedText label() {
        LocalizedText known = LABELS.get(code);
        return known != null ? known : LocalizedText.of(code, code);
    }

    @Override
    public String toString() {
        return code;
    }
}
