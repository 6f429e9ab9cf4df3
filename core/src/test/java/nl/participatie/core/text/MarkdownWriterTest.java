package nl.participatie.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.participatie.core.Code;
import nl.participatie.core.value.Money;

/** One writer for every report: the language decides the words and the formats; resident text is always escaped. */
class MarkdownWriterTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void moneyNumbersAndPercentagesAreWrittenAsTheLanguageWritesThem() {
        MarkdownWriter nl = MarkdownWriter.of(DUTCH);
        MarkdownWriter en = MarkdownWriter.of(Locale.ENGLISH);
        assertThat(nl.money(Money.of("1234.5"))).isEqualTo("€ 1.234,50");
        assertThat(en.money(Money.of("1234.5"))).isEqualTo("€1,234.50");
        assertThat(nl.number(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(en.number(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(nl.percent(88)).isEqualTo("88 %");
        assertThat(en.percent(88)).isEqualTo("88%");
        assertThat(nl.date(LocalDate.of(2026, 6, 30))).isEqualTo("2026-06-30");
    }

    @Test
    void anyLanguageButEnglishIsWrittenInDutchTheLibrarysDefault() {
        assertThat(MarkdownWriter.of(Locale.GERMAN).isEnglish()).isFalse();
        assertThat(MarkdownWriter.of(Locale.UK).isEnglish()).isTrue();
    }

    @Test
    void catalogueTextsFillMoneyPerLanguage() {
        assertThat(MarkdownWriter.of(DUTCH).text("test.spent", Money.euros(1250), "verf")).isEqualTo("€ 1.250,00 besteed aan verf");
        assertThat(MarkdownWriter.of(Locale.ENGLISH).text("test.spent", Money.euros(1250), "paint")).isEqualTo("Spent €1,250.00 on paint");
        Code code = () -> "test.spent";
        assertThat(Catalogue.text(code, Money.euros(1), "x").en()).isEqualTo("Spent €1.00 on x");
    }

    @Test
    void aTableWithAlignedColumnsAndAnEscapedResidentCell() {
        MarkdownWriter md = MarkdownWriter.of(Locale.ENGLISH);
        md.heading(2, "Actions").alignedTableHeader("lr", "Action", "Spent").row(md.escape("Paint | *the* bench"), md.money(Money.euros(5)));
        assertThat(md.toString()).isEqualTo("## Actions\n\n| Action | Spent |\n|---|---:|\n| Paint \\| \\*the\\* bench | €5.00 |\n");
    }

    @Test
    void nonsenseLayoutIsRefusedWithWhatWasWrong() {
        MarkdownWriter md = MarkdownWriter.of(DUTCH);
        assertThatThrownBy(() -> md.heading(7, "x")).hasMessageContaining("level 1 to 6, not 7");
        assertThatThrownBy(() -> md.alignedTableHeader("lx", "a", "b")).hasMessageContaining("not 'x'");
        assertThatThrownBy(() -> md.alignedTableHeader("l", "a", "b")).hasMessageContaining("1 alignments for 2 columns");
    }

    @Test
    void headingsHaveLevelsOneToSix() {
        assertThat(MarkdownWriter.of(Locale.ENGLISH).heading(1, "a").heading(6, "f").toString()).isEqualTo("# a\n\n###### f\n\n");
        assertThatThrownBy(() -> MarkdownWriter.of(Locale.ENGLISH).heading(0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarkdownWriter.of(Locale.ENGLISH).heading(7, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
