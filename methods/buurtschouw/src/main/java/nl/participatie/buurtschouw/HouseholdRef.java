package nl.participatie.buurtschouw;

import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * An opaque reference to a household (<i>huishouden</i>), so support can be counted per household without knowing
 * the address: the vendor derives it, e.g. a keyed hash of the BAG address id. Never an address itself.
 *
 * @param value 1 to 64 letters, digits, {@code -}, {@code _}, {@code .} or {@code :}
 */
@API(status = API.Status.EXPERIMENTAL)
public record HouseholdRef(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public HouseholdRef {
        InvalidValueException.requireNonNull(value, "household");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(ValueRejection.HOUSEHOLD_INVALID.code(), value);
        }
    }

    /** The household with the given reference. */
    public static HouseholdRef of(String value) {
        return new HouseholdRef(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
