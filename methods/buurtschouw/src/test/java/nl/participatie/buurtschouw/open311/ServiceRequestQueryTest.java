package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.core.value.StreamId;

/** The filters of GET Service Requests, their defaults, the caps and the error codes, as the spec sets them. */
class ServiceRequestQueryTest {

    static final Open311Mapping MAPPING = Open311MappingTest.MAPPING;
    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final Report FILED = Open311MappingTest.filed().state();

    /**
     * r1 100 days ago (21 February) open, r2 60 days ago (2 April) handled, r3 10 days ago (22 May) open, r4 1 day
     * ago (31 May) reopen requested.
     */
    static final Map<StreamId, Report> REPORTS = Map.of(
            id("r1"), Open311Reports.in(FILED, ReportStep.IN_PROGRESS, NOW.minus(Duration.ofDays(100)), null),
            id("r2"), Open311Reports.in(FILED, ReportStep.HANDLED, NOW.minus(Duration.ofDays(60)), null),
            id("r3"), Open311Reports.in(FILED, ReportStep.REPORTED, NOW.minus(Duration.ofDays(10)), null),
            id("r4"), Open311Reports.in(FILED, ReportStep.REOPEN_REQUESTED, NOW.minus(Duration.ofDays(1)), null));

    static StreamId id(String local) {
        return StreamId.of("buurtschouw.report", local);
    }

    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return out;
    }

    static List<String> ids(String... pairs) {
        return MAPPING.select(MAPPING.query(params(pairs), NOW), REPORTS).stream().map(ServiceRequest::serviceRequestId).toList();
    }

    static Open311Exception refused(String... pairs) {
        return Open311Reports.refused(() -> MAPPING.query(params(pairs), NOW));
    }

    @Test
    void withoutDatesTheLastNinetyDaysNewestFirst() {
        ServiceRequestQuery query = MAPPING.query(Map.of(), NOW);
        assertThat(query.end()).isEqualTo(NOW);
        assertThat(query.start()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(ids()).containsExactly("r4", "r3", "r2");
    }

    @Test
    void aStartDateAloneCoversTheNinetyDaysAfterIt() {
        assertThat(ids("start_date", "2026-03-01T00:00:00Z")).as("to 30 May").containsExactly("r3", "r2");
    }

    @Test
    void anEndDateAloneCoversTheNinetyDaysBeforeIt() {
        assertThat(ids("end_date", "2026-04-05T00:00:00+02:00")).as("from 5 January").containsExactly("r2", "r1");
    }

    @Test
    void bothDatesBoundTheRequestedTimeInclusively() {
        Instant r3 = NOW.minus(Duration.ofDays(10));
        assertThat(ids("start_date", r3.toString(), "end_date", r3.toString())).containsExactly("r3");
        assertThat(ids("start_date", "2026-05-01", "end_date", "2026-06-01")).containsExactly("r4", "r3");
    }

    @Test
    void aSpanOverNinetyDaysIsRefused() {
        Open311Exception e = refused("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-04-01T00:00:01Z");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.errors()).containsExactly(Open311Error.of(400, "start_date en end_date mogen hoogstens 90 dagen uit elkaar liggen"));
        assertThat(ids("start_date", "2026-01-01T00:00:00Z", "end_date", "2026-04-01T00:00:00Z")).as("exactly 90 days")
                .containsExactly("r1");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThat(refused("start_date", "2026-05-02T00:00:00Z", "end_date", "2026-05-01T00:00:00Z").reasons())
                .containsExactly(Open311Text.ERROR_DATE_ORDER);
    }

    @Test
    void aDateThatIsNotW3cIsRefusedNamingTheField() {
        Open311Exception e = refused("start_date", "01-05-2026", "end_date", "yesterday");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.errors()).extracting(Open311Error::description).containsExactly(
                "start_date moet een W3C-datum en -tijd zijn, bijvoorbeeld 2026-01-05T10:00:00+01:00",
                "end_date moet een W3C-datum en -tijd zijn, bijvoorbeeld 2026-01-05T10:00:00+01:00");
    }

    @Test
    void statusFiltersOnThePublicOpenOrClosed() {
        assertThat(ids("status", "open")).containsExactly("r3");
        assertThat(ids("status", "closed")).as("handled, and reopen requested").containsExactly("r4", "r2");
        assertThat(ids("status", "open,closed")).containsExactly("r4", "r3", "r2");
        assertThat(ids("status", "open", "status", "closed")).containsExactly("r4", "r3", "r2");
    }

    @Test
    void aStatusOtherThanOpenOrClosedIsRefused() {
        assertThat(refused("status", "open,pending").reasons()).containsExactly(Open311Text.ERROR_STATUS);
    }

    @Test
    void serviceCodeFiltersAndAnUnknownCodeIsNotFound() {
        assertThat(ids("service_code", "container-is-vol,grofvuil")).containsExactly("r4", "r3", "r2");
        assertThat(ids("service_code", "grofvuil")).isEmpty();
        Open311Exception e = refused("service_code", "container-is-vol,kernafval");
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.errors()).containsExactly(Open311Error.of(404, "service_code is niet gevonden"));
    }

    @Test
    void serviceRequestIdsOverrideEveryOtherFilter() {
        assertThat(ids("service_request_id", "r1,r2", "status", "open", "start_date", "2026-05-01T00:00:00Z")).containsExactly("r2", "r1");
        assertThat(ids("service_request_id", "r3", "service_request_id", "nope")).containsExactly("r3");
    }

    @Test
    void atMostAThousandIdsAreAskedFor() {
        String many = String.join(",", java.util.stream.IntStream.rangeClosed(1, 1001).mapToObj(i -> "r" + i).toList());
        Open311Exception e = refused("service_request_id", many);
        assertThat(e.errors()).containsExactly(Open311Error.of(400, "service_request_id mag hoogstens 1000 waarden noemen"));
    }

    @Test
    void atMostAThousandRequestsAreReturnedTheNewest() {
        Map<StreamId, Report> lots = new LinkedHashMap<>();
        for (int i = 0; i < 1_200; i++) {
            lots.put(id("n" + i), Open311Reports.in(FILED, ReportStep.REPORTED, NOW.minus(Duration.ofMinutes(i)), null));
        }
        List<ServiceRequest> page = MAPPING.select(MAPPING.query(Map.of(), NOW), lots);
        assertThat(page).hasSize(ServiceRequestQuery.MAX_RESULTS);
        assertThat(page.get(0).serviceRequestId()).isEqualTo("n0");
        assertThat(page.get(999).serviceRequestId()).isEqualTo("n999");
    }

    @Test
    void everyProblemOfAQueryIsAnsweredAtOnce() {
        Open311Exception e = refused("status", "x", "service_code", "kernafval", "start_date", "x");
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.reasons()).containsExactly(Open311Text.ERROR_NOT_FOUND, Open311Text.ERROR_STATUS, Open311Text.ERROR_DATE);
    }

    @Test
    void aQueryValueRefusesWhatTheMappingWouldHaveRefused() {
        assertThatThrownBy(() -> new ServiceRequestQuery(List.of(), java.util.Set.of(), NOW, NOW.minusSeconds(1), java.util.Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceRequestQuery(List.of(), java.util.Set.of(), NOW, NOW, java.util.Set.of("pending")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
