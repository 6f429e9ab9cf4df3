package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.participatie.core.value.Money;

/** The comparison and monitoring as reports: CSV a spreadsheet shows and never evaluates, Markdown with escaped text. */
class ReportsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String HOSTILE = "=HYPERLINK(\"https://example.org/steel\";\"Klik\")";

    /** A budget whose programmes a hostile or careless hand named, and one reallocation between them. */
    private static Comparison comparison() {
        Budget budget = new Budget(Fixtures.GM, 2026, List.of(
                Fixtures.line("a", "6.3", HOSTILE, null, "1000000.00"),
                Fixtures.line("b", "6.1", "+31 6 1234 5678", null, "500000.00"),
                Fixtures.line("c", "6.751", "@SUM(A1:A9)", null, "250000.00"),
                Fixtures.line("d", "6.711", "-1+1", null, "100000.00"),
                Fixtures.line("e", "6.4", "\tTab; en \"quote\"", null, "75000.00"),
                Fixtures.line("f", "0.1", "Jeugd | *vet* <b>", null, "10000.00")));
        return Comparison.of(budget, List.of(new Reallocation(1, "a", "b", Money.of("150000.25"), List.of(1)),
                new Reallocation(2, "e", "f", Money.euros(5_000), List.of(1))), List.of(),
                SocialDomains.defaults());
    }

    @Test
    void aProgrammeNamedAsAFormulaIsWrittenAsTextAndQuoted() {
        // given a programme named as a spreadsheet formula
        // when the comparison is exported for a spreadsheet
        List<String> records = List.of(comparison().toCsv(DUTCH).split("\r\n"));
        // then every such cell starts with a quote mark inside double quotes, so it is shown and never evaluated
        assertThat(records.get(1)).isEqualTo("a;6.3;\"'=HYPERLINK(\"\"https://example.org/steel\"\";\"\"Klik\"\")\";Armoede;1000000,00;849999,75;-150000,25");
        assertThat(records.get(2)).contains(";\"'+31 6 1234 5678\";");
        assertThat(records.get(3)).contains(";\"'@SUM(A1:A9)\";");
        assertThat(records.get(4)).contains(";\"'-1+1\";");
        assertThat(records.get(5)).contains(";\"'\tTab; en \"\"quote\"\"\";");
        for (String record : records) {
            for (String cell : record.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                assertThat(cell).as(record).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("\t");
            }
        }
    }

    @Test
    void theCsvHasAHeaderInTheLanguageSemicolonsAndPlainAmounts() {
        // when the comparison is exported in Dutch and in English
        String nl = comparison().toCsv(DUTCH);
        String en = comparison().toCsv(Locale.ENGLISH);
        // then the header is in the language, the separator is ; and amounts are plain numbers with its decimal sign
        assertThat(nl).startsWith("Regel;Taakveld;Programma;Sociaal domein;Gemeente;Bewoners;Verschil\r\n");
        assertThat(en).startsWith("Line;Taakveld;Programme;Social domain;Municipality;Residents;Difference\r\n");
        assertThat(nl).contains("b;6.1;\"'+31 6 1234 5678\";Meedoen;500000,00;650000,25;150000,25\r\n");
        assertThat(en).contains("b;6.1;\"'+31 6 1234 5678\";Participation;500000.00;650000.25;150000.25\r\n");
        assertThat(nl.split("\r\n")).hasSize(7);
    }

    @Test
    void theMonitoringCsvNeutralisesAndNamesTheFlag() {
        // given a monitored budget whose line is named as a formula and overspends
        Budget budget = new Budget(Fixtures.GM, 2026, List.of(Fixtures.line("x", "6.3", "=1+1", null, "400000.00")));
        Realisation q1 = new Realisation(2026, Realisation.Periodicity.QUARTER, List.of(new Realisation.Amount("x", 1, Money.of("200000.00"))));
        Monitoring monitoring = Monitoring.of(budget, List.of(), q1, null, List.of(), SocialDomains.defaults(), BudgetRoundRules.defaults());
        // when it is exported
        String csv = monitoring.toCsv(DUTCH);
        // then the name is text and the flag is in words
        assertThat(csv).isEqualTo("Regel;Taakveld;Programma;Sociaal domein;Vastgesteld;Gerealiseerd;Prognose;Afwijking;Signaal\r\n"
                + "x;6.3;\"'=1+1\";Armoede;400000,00;200000,00;800000,00;400000,00;overschrijding\r\n");
    }

    @Test
    void residentTextIsEscapedInTheMarkdown() {
        // when the comparison is written as Markdown
        String md = comparison().toMarkdown(DUTCH);
        // then a programme name cannot break out of its table cell or add formatting
        assertThat(md).contains("| f | Jeugd \\| \\*vet\\* ").doesNotContain("Jeugd | *vet*").doesNotContain("<b>");
        assertThat(md).contains("€ 1.000.000,00").contains("€ -150.000,25");
    }
}
