package nl.participatie.youthmanifesto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.participatie.core.text.Catalogue;
import nl.participatie.testkit.CatalogueCheck;

/** Every text of the module is the text of one of its codes, in Dutch and English, and every code has its text. */
class MessageCatalogueTest {

    @Test
    void theTextsAreExactlyTheCodesOfTheModule() {
        CatalogueCheck.assertTextsAreExactlyTheCodesOf(Path.of("src/main/resources"), ManifestoGroupRejection.class,
                ManifestoGroupNotice.class, ValueRejection.class, ManifestoText.class, PromiseTrackerText.class,
                HealthCheckText.class, LabelText.class);
    }

    @Test
    void theStepChangeReadsAsASentenceInBothForms() {
        // The one pattern with a choice: a stage by number and label, the close by its state.
        assertThat(Catalogue.text(Locale.ENGLISH, ManifestoGroupNotice.STEP_CHANGED.code(), "Groep", 3, "Prioritisation", "-"))
                .isEqualTo("'Groep' is now in stage 3: Prioritisation");
        assertThat(Catalogue.text(Locale.forLanguageTag("nl"), ManifestoGroupNotice.STEP_CHANGED.code(), "Groep", 0, "Afgesloten",
                "afgesloten")).isEqualTo("'Groep' is afgesloten.");
    }

    @Test
    void anInvalidValueSaysWhatInBothLanguages() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Party.of(" GL"))
                .isInstanceOfSatisfying(nl.participatie.core.value.InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ValueRejection.PARTY_INVALID.code());
                    assertThat(e.text().nl()).isEqualTo("' GL' is geen fractienaam: 1 tot 60 tekens op één regel");
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ManifestoGroupRules.defaults().withGroupSize(12, 10))
                .hasMessageContaining("maximumParticipants (10) cannot be below minimumParticipants (12)");
    }
}
