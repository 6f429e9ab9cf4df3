package nl.participatie.youthmanifesto;

import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * The identifier of a document or agenda item in the council information system (<i>raadsinformatiesysteem</i>, RIS),
 * e.g. an Open Raadsinformatie id or the item's address, so the follow-up can be linked to the council's own documents.
 * Opaque to the library: it is kept and shown as given.
 *
 * @param value 1 to 200 characters: letters, digits and {@code . _ : / # ? = & % + ~ -}, starting with a letter or digit
 */
@API(status = API.Status.EXPERIMENTAL)
public record RisId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#?=&%+~-]{0,199}");

    public RisId {
        InvalidValueException.requireNonNull(value, "risId");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(ValueRejection.RIS_ID_INVALID.code(), value);
        }
    }

    /** The identifier from its text. */
    public static RisId of(String value) {
        return new RisId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
