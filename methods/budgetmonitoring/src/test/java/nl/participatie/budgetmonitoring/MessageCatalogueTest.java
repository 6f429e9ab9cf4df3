package nl.participatie.budgetmonitoring;

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
        CatalogueCheck.assertTextsAreExactlyTheCodesOf(Path.of("src/main/resources"), BudgetRoundRejection.class,
                BudgetRoundNotice.class, ValueRejection.class, LabelText.class, ComparisonText.class, MonitoringText.class,
                YearOnYearText.class);
    }

    @Test
    void theCouncilResultReadsAsASentenceInBothLanguages() {
        assertThat(Catalogue.text(Locale.ENGLISH, BudgetRoundNotice.COUNCIL_DECIDED.code(), "2026", CouncilResult.PARTLY.ordinal(), "2", "3"))
                .isEqualTo("The council decided on the alternative budget 2026: partly adopted (2 of 3 reallocations).");
        assertThat(Catalogue.text(Locale.forLanguageTag("nl"), BudgetRoundNotice.COUNCIL_DECIDED.code(), "2026", CouncilResult.NOT.ordinal(), "0", "3"))
                .isEqualTo("De raad besloot over de alternatieve begroting 2026: niet aangenomen (0 van 3 verschuivingen).");
    }
}
