package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import nl.participatie.core.text.MarkdownWriter;
import org.junit.jupiter.api.Test;

/** Resident text in Markdown output is untrusted: it stays on one line and renders as exactly what was typed. */
class MarkdownTest {

    @Test
    void inlineMarkupLinksImagesHtmlAndTableCellsAreEscaped() {
        assertThat(escape("*vet* _schuin_ `code` [link](http://x) ![img](y) <script>alert(1)</script> a|b ~~weg~~ &amp; #1 \\"))
                .isEqualTo("\\*vet\\* \\_schuin\\_ \\`code\\` \\[link\\](http://x) \\!\\[img\\](y) \\<script\\>alert(1)\\</script\\> "
                        + "a\\|b \\~\\~weg\\~\\~ \\&amp; \\#1 \\\\");
    }

    @Test
    void lineBreaksAndControlCharactersCannotStartABlock() {
        assertThat(escape("regel\n# kop\r\n> citaat\u2028- lijst\t\u0000einde  ")).isEqualTo("regel \\# kop \\> citaat - lijst einde");
        assertThat(escape("\n\n  ")).isEmpty();
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        assertThat(escape("Opschoonochtend (groep 7), 18 bewoners: prima!")).isEqualTo("Opschoonochtend (groep 7), 18 bewoners: prima\\!");
        assertThat(escape("Café ‘De Hoek’ – één €")).isEqualTo("Café ‘De Hoek’ – één €");
    }

    @Test
    void numbersAreWrittenAsPeopleReadThem() {
        assertThat(number(new BigDecimal("12.50"), Locale.forLanguageTag("nl"))).isEqualTo("12,5");
        assertThat(number(new BigDecimal("12.50"), Locale.ENGLISH)).isEqualTo("12.5");
        assertThat(number(new BigDecimal("1E+3"), Locale.ENGLISH)).isEqualTo("1000");
    }

    @Test
    void aHostileTitleCannotInjectIntoTheReport() {
        var spec = Story.spec();
        spec.given(Story.ANNA_INITIATOR, new InitiativeCommand.StartInitiative("<img src=x onerror=alert(1)>\n# Hacked | x",
                Story.BUURT, java.util.List.of(Story.ANNA), null));
        String markdown = AccountabilityReport.of(spec.state()).toMarkdown(Locale.ENGLISH);
        assertThat(markdown).startsWith("# Accountability report: \\<img src=x onerror=alert(1)\\> \\# Hacked \\| x\n");
        assertThat(markdown).as("no unescaped angle bracket").doesNotContainPattern("(?<!\\\\)<");
    }

    private static String escape(String residentText) {
        return MarkdownWriter.of(Locale.forLanguageTag("nl")).escape(residentText);
    }

    private static String number(BigDecimal value, Locale locale) {
        return MarkdownWriter.of(locale).number(value);
    }
}
