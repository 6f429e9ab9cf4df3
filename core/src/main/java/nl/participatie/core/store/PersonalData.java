package nl.participatie.core.store;

import nl.participatie.core.API;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * What the municipality holds about one person (<i>persoonsgegevens</i>), apart from every event: name, contact
 * details, date of birth, legal basis and guardian consent. Kept minimal (a pseudonym is enough for many
 * methods) and erasable: erasing a person deletes this, while the audit trail, which only holds the
 * {@link PersonId}, stays verifiable.
 *
 * @param person     the person it belongs to
 * @param attributes the data, by attribute name (see the constants); sorted, immutable
 */
@API(status = API.Status.STABLE)
public record PersonalData(PersonId person, Map<String, String> attributes) {

    /** Name or pseudonym to show. */
    public static final String DISPLAY_NAME = "displayName";
    /** E-mail address. */
    public static final String EMAIL = "email";
    /** Telephone number. */
    public static final String PHONE = "phone";
    /** Date of birth, ISO-8601 ({@code 2010-05-17}). */
    public static final String BIRTH_DATE = "birthDate";
    /** Legal basis of the processing (AVG art. 6), e.g. {@code consent} or {@code public-task}. */
    public static final String LEGAL_BASIS = "legalBasis";
    /** Date a parent or guardian consented for a minor under 16, ISO-8601. */
    public static final String GUARDIAN_CONSENT_DATE = "guardianConsentDate";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");

    public PersonalData {
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(attributes, "attributes");
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey() == null || !NAME.matcher(e.getKey()).matches()) {
                throw new InvalidValueException("personalData.attribute.invalid", e.getKey());
            }
            InvalidValueException.requireNonNull(e.getValue(), e.getKey());
        }
        attributes = Map.copyOf(new TreeMap<>(attributes));
    }

    /** Personal data from attribute pairs. */
    public static PersonalData of(PersonId person, Map<String, String> attributes) {
        return new PersonalData(person, attributes);
    }

    /** One attribute, or {@code null}. */
    public String get(String attribute) {
        return attributes.get(attribute);
    }

    /** The person and the names of the attributes held, never their values: a log line must not leak them. */
    @Override
    public String toString() {
        return "PersonalData[person=" + person.value() + ", attributes=" + attributes.keySet() + " (values withheld)]";
    }
}
