package nl.participatie.core.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import nl.participatie.testkit.ReaderContract;

/**
 * Fuzzing the reading of recorded events (an event with its stream, sequence, actor, time and hashes) from untrusted
 * JSON, with the sample process's types: any text is refused with a {@link JsonReadException} (a code and a path) or
 * read into a recorded event that is written and read back the same. The corpus is in
 * {@code src/test/resources/nl/participatie/core/json/RecordedEventFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class RecordedEventFuzzTest {

    private static final ParticipatieJson JSON = ParticipatieJson.defaults();

    @FuzzTest(maxDuration = "15s")
    void recordedEvents(byte[] json) {
        ReaderContract.readsRecordedEventOrRefuses(JSON, new String(json, StandardCharsets.UTF_8));
    }
}
