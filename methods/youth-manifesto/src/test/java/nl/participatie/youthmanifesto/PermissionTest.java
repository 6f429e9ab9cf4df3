package nl.participatie.youthmanifesto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.InvalidValueException;
import nl.participatie.core.value.PersonId;

/**
 * The two permissions kept apart: the organiser's permission to take part (below an age the municipality sets) and AVG
 * consent, needed only on the consent basis, from a guardian below 16 and from the participant from 16.
 */
class PermissionTest {

    private static final ManifestoGroupRules RULES = ManifestoGroupRules.defaults();
    private static final LocalDate BORN = LocalDate.of(2010, 6, 1);

    @Test
    void bornOnTheFirstOfJuneTwoThousandTenTheGuardianConsentsOnTheThirtyFirstOfMayNotOnTheFirstOfJune() {
        assertThat(Permission.requiredFor(BORN, ProcessingBasis.CONSENT, RULES, LocalDate.of(2026, 5, 31)))
                .containsExactly(Permission.PERMISSION_TO_TAKE_PART, Permission.GUARDIAN_CONSENT);
        assertThat(Permission.requiredFor(BORN, ProcessingBasis.CONSENT, RULES, LocalDate.of(2026, 6, 1)))
                .containsExactly(Permission.OWN_CONSENT);
    }

    @Test
    void onThePublicTaskNoAvgConsentOnlyTheOrganisersOwnRule() {
        assertThat(Permission.requiredFor(BORN, ProcessingBasis.PUBLIC_TASK, RULES, LocalDate.of(2026, 5, 31)))
                .containsExactly(Permission.PERMISSION_TO_TAKE_PART);
        assertThat(Permission.requiredFor(BORN, ProcessingBasis.PUBLIC_TASK, RULES, LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(Permission.requiredFor(BORN, ProcessingBasis.PUBLIC_TASK, RULES.withPermissionToTakePartBelowAge(18),
                LocalDate.of(2026, 6, 1))).containsExactly(Permission.PERMISSION_TO_TAKE_PART);
    }

    @Test
    void ownConsentCountsOnlyWhenGivenOnOrAfterTheSixteenthBirthdayAndOnlyFromTheDayItWasGiven() {
        ParticipantRecord early = ParticipantRecord.of(PersonId.of("p-1"), "Jarig", BORN).withOwnConsent(LocalDate.of(2026, 5, 31));
        assertThat(early.has(Permission.OWN_CONSENT, LocalDate.of(2026, 6, 2))).isFalse();
        ParticipantRecord onTime = early.withOwnConsent(LocalDate.of(2026, 6, 1));
        assertThat(onTime.has(Permission.OWN_CONSENT, LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(onTime.has(Permission.OWN_CONSENT, LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(onTime.missing(ProcessingBasis.CONSENT, RULES, LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(onTime.missing(ProcessingBasis.CONSENT, RULES, LocalDate.of(2026, 5, 31)))
                .isEqualTo(EnumSet.of(Permission.PERMISSION_TO_TAKE_PART, Permission.GUARDIAN_CONSENT));
    }

    @Test
    void aLeapDayChildTurnsSixteenOnTheTwentyNinthOfFebruaryAndOtherwiseOnTheFirstOfMarch() {
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertThat(Permission.ageOn(leap, LocalDate.of(2024, 2, 28))).isEqualTo(15);
        assertThat(Permission.ageOn(leap, LocalDate.of(2024, 2, 29))).isEqualTo(16);
        assertThat(Permission.ageOn(leap, LocalDate.of(2025, 2, 28))).isEqualTo(16);
        assertThat(Permission.ageOn(leap, LocalDate.of(2025, 3, 1))).isEqualTo(17);
    }

    @Test
    void aDayBeforeTheBirthOrAConsentBeforeItIsRefused() {
        assertThatThrownBy(() -> Permission.ageOn(BORN, BORN.minusDays(1))).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(ValueRejection.DATE_INVALID.code());
        assertThatThrownBy(() -> ParticipantRecord.of(PersonId.of("p-1"), "x", BORN).withGuardianConsent(BORN.minusDays(1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theRecordNeverPrintsItsPersonalData() {
        ParticipantRecord r = Story.record(1);
        assertThat(r.toString()).isEqualTo("ParticipantRecord[p-1]").doesNotContain("Jongere", "2010");
    }

    @Test
    void theAgeBandsFollowTheLegalThresholds() {
        assertThat(AgeBand.of(15)).isEqualTo(AgeBand.UNDER_16);
        assertThat(AgeBand.of(16)).isEqualTo(AgeBand.AGE_16_17);
        assertThat(AgeBand.of(17)).isEqualTo(AgeBand.AGE_16_17);
        assertThat(AgeBand.of(18)).isEqualTo(AgeBand.AGE_18_AND_OVER);
    }
}
