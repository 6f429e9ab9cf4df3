package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Fuzzing the reading of Open311 service requests, JSON and XML, from untrusted documents: any document is refused
 * with an {@link Open311Exception} (HTTP 400 and errors with a code and a description that says where), or read into
 * requests that are written and read back the same. The corpus is in
 * {@code src/test/resources/nl/participatie/buurtschouw/open311/Open311FuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class Open311FuzzTest {

    private static final Open311Format FORMAT = new Open311Format();

    @FuzzTest(maxDuration = "15s")
    void requestsJson(byte[] document) {
        readsOrRefuses(new String(document, StandardCharsets.UTF_8), FORMAT::readRequestsJson, FORMAT::requestsJson);
    }

    @FuzzTest(maxDuration = "15s")
    void requestsXml(byte[] document) {
        readsOrRefuses(new String(document, StandardCharsets.UTF_8), FORMAT::readRequestsXml, FORMAT::requestsXml);
    }

    private static void readsOrRefuses(String document, Function<String, List<ServiceRequest>> read,
                                       Function<List<ServiceRequest>, String> write) {
        List<ServiceRequest> requests;
        try {
            requests = read.apply(document);
        } catch (Open311Exception refused) {
            assertThat(refused.httpStatus()).isEqualTo(400);
            assertThat(refused.errors()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.code()).isNotBlank();
                assertThat(e.description()).isNotBlank();
            });
            return;
        }
        String written = write.apply(requests);
        assertThat(read.apply(written)).as("read back from %s", written).isEqualTo(requests);
    }
}
