package nl.participatie.buurtschouw.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.participatie.buurtschouw.CampaignCommand;
import nl.participatie.buurtschouw.CampaignEvent;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.testkit.ReaderContract;

/**
 * Fuzzing the reading of this method's commands and events from untrusted JSON: any bytes are refused with a
 * {@code JsonReadException} (a code and a path) or read into a command or event that is written and read back the
 * same. The corpus (golden and upcast files, one document per command type id) is in
 * {@code src/test/resources/nl/participatie/buurtschouw/json/BuurtschouwJsonFuzzTestInputs}; a normal build runs it as a
 * regression test, {@code JAZZER_FUZZ=1} fuzzes (TESTING.md).
 */
class BuurtschouwJsonFuzzTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    /** Every input as each of {@link CampaignCommand}, {@link CampaignEvent}, {@link ReportCommand}, {@link ReportEvent}. */
    @FuzzTest(maxDuration = "15s")
    void commandsAndEvents(byte[] json) {
        ReaderContract.readsOrRefuses(JSON, json, CampaignCommand.class);
        ReaderContract.readsOrRefuses(JSON, json, CampaignEvent.class);
        ReaderContract.readsOrRefuses(JSON, json, ReportCommand.class);
        ReaderContract.readsOrRefuses(JSON, json, ReportEvent.class);
    }
}
