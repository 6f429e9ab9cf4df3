package nl.participatie.youthmanifesto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.value.PersonId;

/**
 * The personal data of the young people: in the personal-data store, never in events; a guardian's withdrawal erases
 * the participant through core's erasure, the audit trail still verifies and the manifesto stays intact.
 */
class PrivacyTest {

    private static FullRun.Run run;

    @BeforeAll
    static void tell() {
        run = FullRun.run();
    }

    @Test
    void aGuardiansWithdrawalErasesTheParticipantAndTheChainStillVerifies() {
        PersonId withdrawn = run.withdrawn();
        assertThat(run.ym().participants().find(withdrawn)).isEmpty();
        assertThat(run.ym().participants().nameOf(withdrawn)).isEmpty();
        assertThat(run.group().withdrawn()).containsExactly(withdrawn);
        assertThat(run.group().isParticipant(withdrawn)).isFalse();
        assertThat(run.ym().groups().verify(run.stream()).valid()).isTrue();
        // Her ballot and her votes on the draft are part of the record; the manifesto as approved stays as it was.
        assertThat(run.group().ballots()).extracting(Ballot::voter).contains(withdrawn);
        assertThat(run.group().approval().participants()).isEqualTo(14);
        assertThat(run.ym().manifesto(run.stream()).toMarkdown(Locale.ENGLISH)).contains("10 of the 14 participants").doesNotContain("Gianni");
        assertThat(run.ym().eraseWithdrawn(run.stream())).isZero();
    }

    @Test
    void noEventHoldsANameABirthDateAGuardianOrAConsentDate() {
        ParticipatieJson json = ParticipatieJson.defaults();
        StringBuilder all = new StringBuilder();
        for (RecordedEvent<ManifestoGroupEvent> r : run.ym().groups().history(run.stream())) {
            all.append(json.write(r)).append('\n');
        }
        String trail = all.toString();
        for (String name : FullRun.NAMES) {
            assertThat(trail).as("a name in the trail").doesNotContain(name);
        }
        assertThat(trail).doesNotContain("2010-06-01", "2011-03-0", "2009-01-", "2005-05-", "@example.org", "2026-01-28",
                "Wethouder De Vries", "birthDate", "guardian");
        assertThat(trail).contains("\"ageBand\":\"UNDER_16\"");
    }

    @Test
    void theRegisterAnswersAnAccessRequestAndKeepsWhatElseTheVendorHolds() {
        InMemoryPersonalDataStore store = new InMemoryPersonalDataStore();
        PersonId amira = PersonId.of("p-amira");
        store.put(PersonalData.of(amira, java.util.Map.of(PersonalData.EMAIL, "amira@example.org")));
        YouthManifesto ym = YouthManifesto.builder().personalData(store).build();
        ym.participants().put(ParticipantRecord.of(amira, "Amira", java.time.LocalDate.of(2011, 3, 14))
                .withGuardianContact("06-12345678").withPermissionToTakePart(java.time.LocalDate.of(2026, 1, 28)));
        assertThat(store.get(amira).orElseThrow().attributes()).containsEntry(PersonalData.EMAIL, "amira@example.org")
                .containsEntry(PersonalData.BIRTH_DATE, "2011-03-14").containsEntry("guardianContact", "06-12345678")
                .containsEntry("permissionToTakePartDate", "2026-01-28").containsEntry("nameOnManifesto", "false")
                .doesNotContainKey(PersonalData.GUARDIAN_CONSENT_DATE);
        assertThat(ym.participants().find(amira).orElseThrow().guardianContact()).isEqualTo("06-12345678");
        assertThat(ym.participants().erase(amira)).isTrue();
        assertThat(store.get(amira)).isEmpty();
    }

    @Test
    void aWithdrawalHandledThroughTheEngineIsErasedByTheReaction() {
        YouthManifesto ym = YouthManifesto.builder().clock(new nl.participatie.testkit.MutableClock(Story.T0)).build();
        // The facade's own register: a group on its engine, the withdrawal handled without the facade.
        var group = ym.groups().newStream();
        for (int n = 1; n <= 12; n++) {
            ym.participants().put(Story.record(n));
        }
        ym.groups().handle(group, Story.SAM, Story.START).orElseThrow();
        ym.groups().handle(group, Story.SAM, Story.enrol(1)).orElseThrow();
        ym.groups().handle(group, Story.SAM, new ManifestoGroupCommand.WithdrawConsent(Story.young(1), Permission.GUARDIAN_CONSENT))
                .orElseThrow();
        assertThat(ym.participants().find(Story.young(1))).isPresent();
        assertThat(ym.eraseWithdrawn(group)).isEqualTo(1);
        assertThat(ym.participants().find(Story.young(1))).isEmpty();
        assertThat(ym.eraseWithdrawn(group)).isZero();
    }
}
