package nl.participatie.core.value;

import nl.participatie.core.API;

import java.util.UUID;

/**
 * An opaque reference to a person (<i>persoonsreferentie</i>): a resident, young person, civil servant or
 * council member. It says nothing about who the person is; names, contact details and consent live in a
 * {@code PersonalDataStore}, so events and the audit trail never hold personal data and a person can be
 * erased without breaking the audit chain.
 *
 * @param value 1 to 64 characters of letters, digits, {@code -}, {@code _}, {@code .} or {@code :}
 */
@API(status = API.Status.STABLE)
public record PersonId(String value) {

    /** The system itself, for time-driven transitions. */
    public static final PersonId SYSTEM = new PersonId("system");

    public PersonId {
        InvalidValueException.requireNonNull(value, "personId");
        if (!IdSyntax.isLocalId(value, ':')) {
            throw new InvalidValueException("personId.invalid", value);
        }
    }

    /** A person reference from its text. */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /** A new random person reference. */
    public static PersonId random() {
        return new PersonId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
