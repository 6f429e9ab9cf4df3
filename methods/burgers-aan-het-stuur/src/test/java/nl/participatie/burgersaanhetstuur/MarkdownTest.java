package nl.participatie.burgersaanhetstuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import nl.participatie.core.text.MarkdownWriter;
import nl.participatie.core.value.Erasable;
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

    @Test
    void whatAnErasedResidentWroteRendersAsErasedInTheReport() {
        Erasable<String> gone = Erasable.erased(Story.ANNA);
        InitiativeDecider decider = new InitiativeDecider();
        Initiative state = decider.fold(Initiative.INITIAL, List.of(
                new InitiativeEvent.InitiativeStarted(gone, Story.BUURT, List.of(Story.ANNA), null, Story.T0),
                new InitiativeEvent.GoalSet(1, 1, gone, Goal.Theme.LIVEABILITY),
                new InitiativeEvent.ActionPlanned(1, 1, gone, Story.ANNA, Story.TODAY, List.of(), Story.T0),
                new InitiativeEvent.ActionFinished(1, gone, Story.T0)));
        assertThat(AccountabilityReport.of(state).toMarkdown(Locale.forLanguageTag("nl")))
                .startsWith("# Verantwoording: \\[gewist\\]\n")
                .contains("## Doel 1: \\[gewist\\]")
                .contains("| 1. \\[gewist\\] | ")
                .doesNotContain("null");
        assertThat(AccountabilityReport.of(state).toMarkdown(Locale.ENGLISH)).startsWith("# Accountability report: \\[erased\\]\n");
        assertThat(StallDiagnosis.defaults().diagnose(state, Story.T0).toMarkdown(Locale.ENGLISH)).contains("\\[erased\\]");
    }

    private static String escape(String residentText) {
        return MarkdownWriter.of(Locale.forLanguageTag("nl")).escape(residentText);
    }

    private static String number(BigDecimal value, Locale locale) {
        return MarkdownWriter.of(locale).number(value);
    }
}
