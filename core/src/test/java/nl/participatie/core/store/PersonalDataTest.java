package nl.participatie.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.PersonId;

/** Personal data never shows its values where code writes an object to a log. */
class PersonalDataTest {

    @Test
    void toStringNamesTheAttributesButWithholdsTheirValues() {
        PersonalData anna = PersonalData.of(PersonId.of("p-7f3a"), Map.of(PersonalData.DISPLAY_NAME, "Anna de Vries",
                PersonalData.EMAIL, "anna@example.org", PersonalData.PHONE, "0612345678"));
        assertThat(anna.toString()).contains("p-7f3a", "displayName", "email", "phone", "values withheld")
                .doesNotContain("Anna", "anna@example.org", "0612345678");
        assertThat(anna.get(PersonalData.EMAIL)).isEqualTo("anna@example.org");
    }
}
