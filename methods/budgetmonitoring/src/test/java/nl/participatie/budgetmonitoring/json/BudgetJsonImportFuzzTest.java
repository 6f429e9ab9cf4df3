package nl.participatie.budgetmonitoring.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import nl.participatie.budgetmonitoring.BudgetImportContract;
import nl.participatie.core.value.MunicipalityCode;

/**
 * Fuzzing the JSON import of a budget, an untrusted file: whatever the bytes, a budget that round-trips as JSON or
 * problems each with a code, a position and a field ({@link BudgetImportContract}), never an exception. The corpus
 * is in {@code src/test/resources/nl/participatie/budgetmonitoring/json/BudgetJsonImportFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes (TESTING.md).
 */
class BudgetJsonImportFuzzTest {

    private static final MunicipalityCode GM0200 = MunicipalityCode.parse("GM0200");

    @FuzzTest(maxDuration = "15s")
    void budgets(byte[] json) {
        BudgetImportContract.holds(BudgetJsonImport.read(new String(json, StandardCharsets.UTF_8), GM0200, 2026));
    }
}
