package nl.participatie.youthmanifesto;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.LocalizedText;

/**
 * A permission a young person may need to take part (<i>toestemming</i>), kept apart as the law keeps them apart:
 * <ul>
 *   <li>{@link #PERMISSION_TO_TAKE_PART}: a parent's or guardian's permission to take part, the organiser's own rule,
 *       below the age the municipality sets ({@link ManifestoGroupRules#permissionToTakePartBelowAge()});</li>
 *   <li>{@link #GUARDIAN_CONSENT}: AVG consent given by a parent or guardian, needed only when the group's
 *       {@link ProcessingBasis} is {@link ProcessingBasis#CONSENT consent} and the participant is under 16
 *       (art. 8 AVG, art. 5 UAVG);</li>
 *   <li>{@link #OWN_CONSENT}: the participant's own AVG consent on that basis from 16, given (or re-confirmed) on or
 *       after the sixteenth birthday.</li>
 * </ul>
 * On {@link ProcessingBasis#PUBLIC_TASK} no AVG consent is needed at all.
 *
 * <p>Age is counted in whole years as {@link Period#between} counts them: a participant born 2010-06-01 is 15 on
 * 2026-05-31 (guardian consent needed) and 16 on 2026-06-01 (own consent). Someone born on 29 February has a birthday
 * on 1 March in other years; the sixteenth birthday of a leap-day child falls in a leap year anyway (until 2100).
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Permission {
    /** A parent's or guardian's permission to take part (<i>toestemming om deel te nemen</i>). */
    PERMISSION_TO_TAKE_PART,
    /** A parent's or guardian's AVG consent for a participant under 16 (<i>toestemming van ouder of voogd</i>). */
    GUARDIAN_CONSENT,
    /** The participant's own AVG consent, from 16 (<i>eigen toestemming</i>). */
    OWN_CONSENT;

    /** The age from which a young person consents to processing themselves (art. 5 UAVG); fixed by law. */
    public static final int AVG_CONSENT_AGE = 16;

    private static final LocalizedText[] LABELS = {
        Catalogue.text(LabelText.PERMISSION_PERMISSION_TO_TAKE_PART),
        Catalogue.text(LabelText.PERMISSION_GUARDIAN_CONSENT),
        Catalogue.text(LabelText.PERMISSION_OWN_CONSENT)};

    /** The name in Dutch and English. */
    public LocalizedText label() {
        return LABELS[ordinal()];
    }

    /** Whether this is AVG consent (not the organiser's permission to take part). */
    public boolean isAvgConsent() {
        return this != PERMISSION_TO_TAKE_PART;
    }

    /** The age in whole years on a day; a day before the birth is refused. */
    public static int ageOn(LocalDate birthDate, LocalDate on) {
        InvalidValueException.requireNonNull(birthDate, "birthDate");
        InvalidValueException.requireNonNull(on, "on");
        if (on.isBefore(birthDate)) {
            throw new InvalidValueException(ValueRejection.DATE_INVALID.code(), on, "on", birthDate);
        }
        return Period.between(birthDate, on).getYears();
    }

    /**
     * The permissions a young person born on {@code birthDate} needs on day {@code on}, in a group with this basis,
     * under these rules.
     */
    public static Set<Permission> requiredFor(LocalDate birthDate, ProcessingBasis basis, ManifestoGroupRules rules, LocalDate on) {
        InvalidValueException.requireNonNull(basis, "basis");
        InvalidValueException.requireNonNull(rules, "rules");
        int age = ageOn(birthDate, on);
        Set<Permission> required = EnumSet.noneOf(Permission.class);
        if (age < rules.permissionToTakePartBelowAge()) {
            required.add(PERMISSION_TO_TAKE_PART);
        }
        if (basis == ProcessingBasis.CONSENT) {
            required.add(age < AVG_CONSENT_AGE ? GUARDIAN_CONSENT : OWN_CONSENT);
        }
        return required;
    }
}
