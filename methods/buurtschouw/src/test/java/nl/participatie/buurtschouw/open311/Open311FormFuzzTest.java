package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.core.Outcome;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;

/**
 * Fuzzing what an Open311 client sends as a form (<i>application/x-www-form-urlencoded</i>): a POSTed service request
 * and the filters of GET Service Requests. A POST is refused with an {@link Open311Exception} (404 for an unknown
 * service code, else 400, every error with a code and a description) or becomes a report or a quality score; a report
 * filed through the facade is then accepted (and its audit trail verifies) or rejected with violations, never with an
 * exception. The filters give a query or an {@link Open311Exception} in the same way. Bytes that are no form encoding
 * at all are the web server's to refuse and are skipped. The corpus is in
 * {@code src/test/resources/nl/participatie/buurtschouw/open311/Open311FormFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes (TESTING.md).
 */
class Open311FormFuzzTest {

    private static final Open311Mapping MAPPING = Open311Mapping.defaults();
    private static final Actor REPORTER = Actor.of(PersonId.of("p-fuzz"), BuurtschouwWorkflow.REPORTER);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    /** Accepted reports pile up in the in-memory store: a fresh facade now and then keeps a long run's memory flat. */
    private static final int FILINGS_PER_FACADE = 1_000;
    private static Buurtschouw schouw = Buurtschouw.builder().build();
    private static int filings;

    @FuzzTest(maxDuration = "15s")
    void postedForms(byte[] body) {
        Map<String, List<String>> form = form(body);
        if (form == null) {
            return;
        }
        Open311Mapping.Posted posted;
        try {
            posted = MAPPING.fromPost(form, null);
        } catch (Open311Exception refused) {
            refusedWithErrors(refused);
            return;
        }
        assertThat(posted.command() == null).as("a report or a score, not both").isNotEqualTo(posted.score() == null);
        if (posted.command() == null) {
            return;
        }
        if (++filings % FILINGS_PER_FACADE == 0) {
            schouw = Buurtschouw.builder().build();
        }
        Outcome<ReportEvent, Report> filed = schouw.fileReport(REPORTER, posted.command());
        if (filed.isAccepted()) {
            assertThat(schouw.reports().verify(filed.stream()).valid()).isTrue();
        } else {
            assertThat(filed.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.code()).isNotBlank());
        }
    }

    @FuzzTest(maxDuration = "15s")
    void requestQueries(byte[] queryString) {
        Map<String, List<String>> parameters = form(queryString);
        if (parameters == null) {
            return;
        }
        ServiceRequestQuery query;
        try {
            query = MAPPING.query(parameters, NOW);
        } catch (Open311Exception refused) {
            refusedWithErrors(refused);
            return;
        }
        assertThat(query.start()).isBeforeOrEqualTo(query.end());
        assertThat(query.ids()).hasSizeLessThanOrEqualTo(ServiceRequestQuery.MAX_RESULTS);
    }

    private static void refusedWithErrors(Open311Exception refused) {
        assertThat(refused.httpStatus()).isIn(400, 404);
        assertThat(refused.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.code()).isIn("400", "404");
            assertThat(e.description()).isNotBlank();
        });
    }

    /** The body decoded as a web server decodes a form; {@code null} when it is no form encoding. */
    private static Map<String, List<String>> form(byte[] body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        try {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException notFormEncoded) {
            return null;
        }
        return form;
    }
}
