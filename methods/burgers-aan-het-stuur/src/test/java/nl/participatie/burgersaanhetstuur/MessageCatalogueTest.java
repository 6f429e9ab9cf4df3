package nl.participatie.burgersaanhetstuur;

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
        CatalogueCheck.assertTextsAreExactlyTheCodesOf(Path.of("src/main/resources"), InitiativeRejection.class,
                InitiativeNotice.class, ValueRejection.class, AccountabilityText.class, DiagnosisText.class, LabelText.class, PortfolioText.class);
    }

    @Test
    void theStepChangeReadsAsASentenceInBothForms() {
        // The one pattern with a choice: step 2 by number and label, a moment outside the cycle by its state.
        assertThat(Catalogue.text(Locale.ENGLISH, InitiativeNotice.STEP_CHANGED.code(), "Buurt", 2, "What must improve?", "-"))
                .isEqualTo("'Buurt' is now in step 2: What must improve?");
        assertThat(Catalogue.text(Locale.forLanguageTag("nl"), InitiativeNotice.STEP_CHANGED.code(), "Buurt", 0, "Gepauzeerd", "gepauzeerd"))
                .isEqualTo("'Buurt' is gepauzeerd.");
    }
}
