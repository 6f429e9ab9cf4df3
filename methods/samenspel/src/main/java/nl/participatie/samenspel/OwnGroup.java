package nl.participatie.samenspel;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A stakeholder group the municipality adds to the default set in its design (<i>eigen groep belanghebbenden</i>),
 * e.g. "ondernemers" or "jongerenraad", with its name in Dutch and English.
 *
 * @param group its code, not one of the defaults
 * @param name  its name in Dutch and English, e.g. "ondernemers" / "entrepreneurs"
 */
@API(status = API.Status.EXPERIMENTAL)
public record OwnGroup(StakeholderGroup group, LocalizedText name) {
    public OwnGroup {
        InvalidValueException.requireNonNull(group, "group");
        InvalidValueException.requireNonNull(name, "name");
    }
}
