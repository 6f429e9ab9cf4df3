package nl.participatie.youthmanifesto.privacy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.participatie.core.API;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;
import nl.participatie.youthmanifesto.Names;
import nl.participatie.youthmanifesto.ParticipantRecord;
import nl.participatie.youthmanifesto.ParticipantRecords;

/**
 * The young participants' records in the personal-data store (<i>deelnemersregister</i>): names, dates of birth,
 * guardians' contacts, and the dates of the permission to take part and of the AVG consents, kept apart from the
 * events, readable for an access request and erased on withdrawal of consent (core's {@link PersonalDataStore#erase}),
 * which leaves every audit chain valid. It answers the decider ({@link ParticipantRecords}) and the outputs
 * ({@link Names}: also the names of aldermen and others, put with {@link #putName}).
 *
 * <p>Attributes: core's {@link PersonalData#DISPLAY_NAME}, {@link PersonalData#BIRTH_DATE} and
 * {@link PersonalData#GUARDIAN_CONSENT_DATE}, and this module's {@value #GUARDIAN_CONTACT},
 * {@value #PERMISSION_TO_TAKE_PART_DATE}, {@value #OWN_CONSENT_DATE} and {@value #NAME_ON_MANIFESTO}. A {@link #put} keeps
 * the other attributes the vendor holds about the person. Thread-safe when the store is.
 *
 * <pre>{@code
 * ParticipantRegister register = new ParticipantRegister(new JdbcPersonalDataStore(dataSource));
 * register.put(ParticipantRecord.of(amira, "Amira", LocalDate.of(2011, 3, 14))
 *         .withPermissionToTakePart(today).withGuardianConsent(today));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ParticipantRegister implements ParticipantRecords, Names {

    /** How to reach a parent or guardian. */
    public static final String GUARDIAN_CONTACT = "guardianContact";
    /** The day a parent or guardian gave permission to take part, ISO-8601. */
    public static final String PERMISSION_TO_TAKE_PART_DATE = "permissionToTakePartDate";
    /** The day the participant gave or re-confirmed AVG consent, ISO-8601. */
    public static final String OWN_CONSENT_DATE = "ownConsentDate";
    /** Whether the participant is named under the manifesto: {@code true} or {@code false}. */
    public static final String NAME_ON_MANIFESTO = "nameOnManifesto";

    private final PersonalDataStore store;

    /** A register on the store. */
    public ParticipantRegister(PersonalDataStore store) {
        this.store = InvalidValueException.requireNonNull(store, "store");
    }

    /** Stores the record, keeping what else is held about the person. */
    public void put(ParticipantRecord record) {
        InvalidValueException.requireNonNull(record, "record");
        Map<String, String> attributes = held(record.person());
        attributes.put(PersonalData.DISPLAY_NAME, record.displayName());
        attributes.put(PersonalData.BIRTH_DATE, record.birthDate().toString());
        attributes.put(NAME_ON_MANIFESTO, String.valueOf(record.nameOnManifesto()));
        set(attributes, GUARDIAN_CONTACT, record.guardianContact());
        set(attributes, PERMISSION_TO_TAKE_PART_DATE, record.permissionToTakePart());
        set(attributes, PersonalData.GUARDIAN_CONSENT_DATE, record.guardianConsent());
        set(attributes, OWN_CONSENT_DATE, record.ownConsent());
        store.put(PersonalData.of(record.person(), attributes));
    }

    /** Stores a name to show for a person who is not a participant, e.g. an alderman; keeps what else is held. */
    public void putName(PersonId person, String name) {
        InvalidValueException.requireNonNull(person, "person");
        Map<String, String> attributes = held(person);
        attributes.put(PersonalData.DISPLAY_NAME, InvalidValueException.requireNonNull(name, "name"));
        store.put(PersonalData.of(person, attributes));
    }

    /** The participant's record; empty when the person has none (no date of birth held) or was erased. */
    @Override
    public Optional<ParticipantRecord> find(PersonId person) {
        Optional<PersonalData> data = store.get(person);
        if (data.isEmpty() || data.get().get(PersonalData.BIRTH_DATE) == null) {
            return Optional.empty();
        }
        PersonalData d = data.get();
        String name = d.get(PersonalData.DISPLAY_NAME);
        return Optional.of(new ParticipantRecord(person, name == null ? "" : name, LocalDate.parse(d.get(PersonalData.BIRTH_DATE)),
                d.get(GUARDIAN_CONTACT), Boolean.parseBoolean(d.get(NAME_ON_MANIFESTO)), date(d, PERMISSION_TO_TAKE_PART_DATE),
                date(d, PersonalData.GUARDIAN_CONSENT_DATE), date(d, OWN_CONSENT_DATE)));
    }

    /** The name held for the person, participant or not. */
    @Override
    public Optional<String> nameOf(PersonId person) {
        return store.get(person).map(d -> d.get(PersonalData.DISPLAY_NAME));
    }

    /** Erases everything held about the person (AVG art. 17); returns whether anything was held. */
    public boolean erase(PersonId person) {
        return store.erase(person);
    }

    private Map<String, String> held(PersonId person) {
        return new HashMap<>(store.get(person).map(PersonalData::attributes).orElse(Map.of()));
    }

    private static void set(Map<String, String> attributes, String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value.toString());
        }
    }

    private static LocalDate date(PersonalData data, String name) {
        String value = data.get(name);
        return value == null ? null : LocalDate.parse(value);
    }
}
