package nl.participatie.burgersaanhetstuur.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.testkit.ReaderContract;

/**
 * Fuzzing the reading of this method's commands and events from untrusted JSON: any bytes are refused with a
 * {@code JsonReadException} (a code and a path) or read into a command or event that is written and read back the
 * same. The corpus (golden and upcast files, one document per command type id) is in
 * {@code src/test/resources/nl/participatie/burgersaanhetstuur/json/BurgersAanHetStuurJsonFuzzTestInputs}; a normal build runs it as a
 * regression test, {@code JAZZER_FUZZ=1} fuzzes (TESTING.md).
 */
class BurgersAanHetStuurJsonFuzzTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    /** Every input as each of {@link InitiativeCommand}, {@link InitiativeEvent}. */
    @FuzzTest(maxDuration = "15s")
    void commandsAndEvents(byte[] json) {
        ReaderContract.readsOrRefuses(JSON, json, InitiativeCommand.class);
        ReaderContract.readsOrRefuses(JSON, json, InitiativeEvent.class);
    }
}
