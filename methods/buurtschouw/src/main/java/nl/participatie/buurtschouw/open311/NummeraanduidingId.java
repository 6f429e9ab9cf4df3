package nl.participatie.buurtschouw.open311;

import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The identifier of an address in the BAG, the Dutch base register of addresses and buildings
 * (<i>nummeraanduidingidentificatie</i>): 16 digits, the municipality's four, the object type {@code 20} for a
 * <i>nummeraanduiding</i>, and a ten-digit serial, e.g. {@code 0363200000218908}. Open311's {@code address_id}.
 *
 * @param value the 16 digits
 */
@API(status = API.Status.EXPERIMENTAL)
public record NummeraanduidingId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}20[0-9]{10}");

    public NummeraanduidingId {
        InvalidValueException.requireNonNull(value, "address_id");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(Open311Text.ERROR_ADDRESS_ID.code(), value);
        }
    }

    /** The identifier in {@code text}, stripped. */
    public static NummeraanduidingId parse(String text) {
        InvalidValueException.requireNonNull(text, "address_id");
        return new NummeraanduidingId(text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
