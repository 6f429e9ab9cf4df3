package nl.participatie.buurtschouw.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.participatie.core.API;

/**
 * The filters of GET Service Requests (<i>zoekvraag naar meldingen</i>), checked:
 * {@link Open311Mapping#query} makes one from the query string and {@link Open311Mapping#select} applies it.
 * When {@code ids} is not empty it overrides every other filter, as the spec says.
 *
 * @param ids          {@code service_request_id}: at most {@value #MAX_RESULTS}; empty for no filter
 * @param serviceCodes {@code service_code}: known codes; empty for all services
 * @param start        {@code start_date}: the earliest {@code requested_datetime}, inclusive
 * @param end          {@code end_date}: the latest {@code requested_datetime}, inclusive; at most
 *                     {@value #MAX_SPAN_DAYS} days after {@code start}
 * @param statuses     {@code status}: {@code open} and/or {@code closed}; empty for both
 */
@API(status = API.Status.EXPERIMENTAL)
public record ServiceRequestQuery(List<String> ids, Set<String> serviceCodes, Instant start, Instant end, Set<String> statuses) {

    /** The longest span of {@code start_date} to {@code end_date}, and the default span ending now. */
    public static final int MAX_SPAN_DAYS = 90;
    /** The most service requests one GET returns. */
    public static final int MAX_RESULTS = 1000;

    public ServiceRequestQuery {
        ids = List.copyOf(ids);
        serviceCodes = Set.copyOf(serviceCodes);
        statuses = Set.copyOf(statuses);
        if (start == null || end == null) {
            throw new IllegalArgumentException("A service request query has a start and an end");
        }
        if (start.isAfter(end) || Duration.between(start, end).compareTo(Duration.ofDays(MAX_SPAN_DAYS)) > 0) {
            throw new IllegalArgumentException("A service request query spans 0 to " + MAX_SPAN_DAYS + " days");
        }
        if (ids.size() > MAX_RESULTS) {
            throw new IllegalArgumentException("A service request query names at most " + MAX_RESULTS + " ids");
        }
        for (String s : statuses) {
            if (!ServiceRequest.OPEN.equals(s) && !ServiceRequest.CLOSED.equals(s)) {
                throw new IllegalArgumentException("A service request query's status is open or closed");
            }
        }
    }

    /** Whether a service request passes the filters: only the id list when there is one. */
    boolean matches(String id, String serviceCode, Instant requested, String status) {
        if (!ids.isEmpty()) {
            return ids.contains(id);
        }
        return (serviceCodes.isEmpty() || serviceCodes.contains(serviceCode)) && !requested.isBefore(start)
                && !requested.isAfter(end) && (statuses.isEmpty() || statuses.contains(status));
    }
}
