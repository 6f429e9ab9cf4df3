package nl.participatie.budgetmonitoring.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.participatie.budgetmonitoring.BudgetRoundCommand;
import nl.participatie.budgetmonitoring.BudgetRoundEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.testkit.ReaderContract;

/**
 * Fuzzing the reading of this method's commands and events from untrusted JSON: any bytes are refused with a
 * {@code JsonReadException} (a code and a path) or read into a command or event that is written and read back the
 * same. The corpus (golden and upcast files, one document per command type id) is in
 * {@code src/test/resources/nl/participatie/budgetmonitoring/json/BudgetmonitoringJsonFuzzTestInputs}; a normal build runs it as a
 * regression test, {@code JAZZER_FUZZ=1} fuzzes (TESTING.md).
 */
class BudgetmonitoringJsonFuzzTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    /** Every input as each of {@link BudgetRoundCommand}, {@link BudgetRoundEvent}. */
    @FuzzTest(maxDuration = "15s")
    void commandsAndEvents(byte[] json) {
        ReaderContract.readsOrRefuses(JSON, json, BudgetRoundCommand.class);
        ReaderContract.readsOrRefuses(JSON, json, BudgetRoundEvent.class);
    }
}
