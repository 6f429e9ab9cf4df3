package nl.participatie.budgetmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.participatie.core.value.MunicipalityCode;

/**
 * Fuzzing the budget's CSV: the import of an untrusted file gives a budget (that round-trips as JSON) or problems,
 * each with a code, a line and a column, and never an exception; and any text written into a cell of the reports' CSV
 * reads back as that one cell, shown (a would-be formula behind a quote), never breaking its row. The corpus is in
 * {@code src/test/resources/nl/participatie/budgetmonitoring/BudgetCsvFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class BudgetCsvFuzzTest {

    private static final MunicipalityCode GM0200 = MunicipalityCode.parse("GM0200");

    @FuzzTest(maxDuration = "15s")
    void budgetImport(byte[] csv) {
        BudgetImport.Result result = BudgetImport.read(new String(csv, StandardCharsets.UTF_8), GM0200, 2026);

        BudgetImportContract.holds(result);
        result.problems().forEach(p -> assertThat(p.line()).as("a CSV problem names its line").isPositive());
    }

    @FuzzTest(maxDuration = "15s")
    void reportCellsHoldAnyText(byte[] input) throws StrictCsv.MalformedException {
        String text = new String(input, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder();
        ReportTables.record(csv, ReportTables.text(text), "1234,56", ReportTables.text(text));

        List<StrictCsv.Row> rows = StrictCsv.read(csv.toString(), ';');

        String shown = text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).cells()).containsExactly(shown, "1234,56", shown);
    }
}
