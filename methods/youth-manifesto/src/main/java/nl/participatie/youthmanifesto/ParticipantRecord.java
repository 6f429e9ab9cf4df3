package nl.participatie.youthmanifesto;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * What the municipality holds about one young participant apart from every event (<i>deelnemersdossier</i>): name,
 * date of birth, a guardian's contact and the dates of the permissions and consents given. This is personal data: it
 * lives in the personal-data store (see {@code privacy.ParticipantRegister}) and reaches the method only through
 * {@link ParticipantRecords}; the events hold the {@link PersonId} and an {@link AgeBand}, nothing of this. Its
 * {@link #toString()} shows the person id only, so a log line cannot leak it.
 *
 * @param person               the participant
 * @param displayName          the name or pseudonym to show
 * @param birthDate            the date of birth
 * @param guardianContact      how to reach a parent or guardian (telephone or e-mail); {@code null} when none is held
 * @param nameOnManifesto      whether the participant chose to be named under the manifesto
 * @param permissionToTakePart the day a parent or guardian gave permission to take part; {@code null} when not given
 * @param guardianConsent      the day a parent or guardian gave AVG consent; {@code null} when not given
 * @param ownConsent           the day the participant gave (or re-confirmed) AVG consent; {@code null} when not given
 */
@API(status = API.Status.EXPERIMENTAL)
public record ParticipantRecord(PersonId person, String displayName, LocalDate birthDate, String guardianContact,
                                boolean nameOnManifesto, LocalDate permissionToTakePart, LocalDate guardianConsent,
                                LocalDate ownConsent) {

    public ParticipantRecord {
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(displayName, "displayName");
        InvalidValueException.requireNonNull(birthDate, "birthDate");
        notBefore(permissionToTakePart, birthDate, "permissionToTakePart");
        notBefore(guardianConsent, birthDate, "guardianConsent");
        notBefore(ownConsent, birthDate, "ownConsent");
    }

    /** A record with a name and a date of birth, no permissions yet, not named on the manifesto. */
    public static ParticipantRecord of(PersonId person, String displayName, LocalDate birthDate) {
        return new ParticipantRecord(person, displayName, birthDate, null, false, null, null, null);
    }

    /** The age in whole years on a day. */
    public int ageOn(LocalDate day) {
        return Permission.ageOn(birthDate, day);
    }

    /** The day of the sixteenth birthday, from which the participant consents themselves. */
    public LocalDate sixteenthBirthday() {
        return birthDate.plusYears(Permission.AVG_CONSENT_AGE);
    }

    /**
     * Whether the permission was given by the day: its date is on or before it; the participant's own consent counts
     * only when given on or after the sixteenth birthday (consent given for them before is the guardian's).
     */
    public boolean has(Permission permission, LocalDate day) {
        switch (permission) {
            case PERMISSION_TO_TAKE_PART:
                return given(permissionToTakePart, day);
            case GUARDIAN_CONSENT:
                return given(guardianConsent, day);
            default:
                return given(ownConsent, day) && !ownConsent.isBefore(sixteenthBirthday());
        }
    }

    /** The permissions the participant needs on the day in a group with this basis and these rules, but lacks. */
    public Set<Permission> missing(ProcessingBasis basis, ManifestoGroupRules rules, LocalDate day) {
        Set<Permission> missing = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.requiredFor(birthDate, basis, rules, day)) {
            if (!has(p, day)) {
                missing.add(p);
            }
        }
        return missing;
    }

    /** This record with a guardian's contact. */
    public ParticipantRecord withGuardianContact(String contact) {
        return new ParticipantRecord(person, displayName, birthDate, contact, nameOnManifesto, permissionToTakePart,
                guardianConsent, ownConsent);
    }

    /** This record with the participant's choice to be named under the manifesto, or not. */
    public ParticipantRecord withNameOnManifesto(boolean named) {
        return new ParticipantRecord(person, displayName, birthDate, guardianContact, named, permissionToTakePart,
                guardianConsent, ownConsent);
    }

    /** This record with a guardian's permission to take part, given on the day. */
    public ParticipantRecord withPermissionToTakePart(LocalDate given) {
        return new ParticipantRecord(person, displayName, birthDate, guardianContact, nameOnManifesto, given,
                guardianConsent, ownConsent);
    }

    /** This record with a guardian's AVG consent, given on the day. */
    public ParticipantRecord withGuardianConsent(LocalDate given) {
        return new ParticipantRecord(person, displayName, birthDate, guardianContact, nameOnManifesto, permissionToTakePart,
                given, ownConsent);
    }

    /** This record with the participant's own AVG consent, given or re-confirmed on the day. */
    public ParticipantRecord withOwnConsent(LocalDate given) {
        return new ParticipantRecord(person, displayName, birthDate, guardianContact, nameOnManifesto, permissionToTakePart,
                guardianConsent, given);
    }

    /** The person id only: the rest is personal data. */
    @Override
    public String toString() {
        return "ParticipantRecord[" + person + "]";
    }

    private static boolean given(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }

    private static void notBefore(LocalDate date, LocalDate birthDate, String name) {
        if (date != null && date.isBefore(birthDate)) {
            throw new InvalidValueException(ValueRejection.DATE_INVALID.code(), date, name, birthDate);
        }
    }
}
