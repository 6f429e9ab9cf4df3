package nl.participatie.youthmanifesto;

import java.util.regex.Pattern;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;

/**
 * A political party or group in the council (<i>fractie</i>), by the name the griffie uses ("GroenLinks",
 * "Lokaal Belang"). Parties are compared by exactly this name.
 *
 * @param name 1 to 60 characters on one line, without leading or trailing space
 */
@API(status = API.Status.EXPERIMENTAL)
public record Party(String name) {

    private static final Pattern FORMAT = Pattern.compile("\\S(?:[^\\p{Cntrl}]{0,58}\\S)?");

    public Party {
        InvalidValueException.requireNonNull(name, "party");
        if (!FORMAT.matcher(name).matches()) {
            throw new InvalidValueException(ValueRejection.PARTY_INVALID.code(), name);
        }
    }

    /** The party of that name. */
    public static Party of(String name) {
        return new Party(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
