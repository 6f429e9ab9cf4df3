package nl.participatie.demo.open311;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.Campaign;
import nl.participatie.buurtschouw.CampaignStep;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.open311.Open311Mapping;
import nl.participatie.buurtschouw.open311.ServiceRequestQuery;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.StreamIndex;

/**
 * The filed reports an Open311 query looks at (<i>meldingenoverzicht</i>): the vendor's part of GET Service Requests.
 * The mapping filters and sorts; this class finds the candidates in the demo's {@link StreamIndex}, newest first,
 * and stops at the spec's 1,000 results or at reports filed well before the query's start, so a GET does not load
 * every report ever filed.
 */
@Component
public class ReportDirectory {

    /** Reports are listed in the order they were appended, which may differ from their filing times by this much. */
    private static final Duration ORDER_SLACK = Duration.ofMinutes(1);

    private final Buurtschouw buurtschouw;
    private final Open311Mapping mapping;
    private final StreamIndex index;

    public ReportDirectory(Buurtschouw buurtschouw, StreamIndex index) {
        this.buurtschouw = buurtschouw;
        this.mapping = buurtschouw.open311();
        this.index = index;
    }

    /** The report stream of a {@code service_request_id}; empty when the id cannot be one. */
    public Optional<StreamId> stream(String serviceRequestId) {
        try {
            return Optional.of(StreamId.of(BuurtschouwWorkflow.REPORTS.streamType(), serviceRequestId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The filed report of a {@code service_request_id}, if there is one. */
    public Optional<Report> find(String serviceRequestId) {
        return stream(serviceRequestId).filter(s -> buurtschouw.reports().store().version(s) > 0)
                .map(s -> buurtschouw.reports().load(s)).filter(Report::isFiled);
    }

    /**
     * The campaign whose walk is on in the neighbourhood of {@code point}, if any: a report an Open311 client files
     * there joins it, so it shows on the campaign's map with the reports filed on the walk. A vendor's own choice, not
     * the spec's (Open311 knows no campaigns).
     */
    public Optional<StreamId> campaignWalkingAt(GeoPoint point) {
        if (point == null) {
            return Optional.empty();
        }
        Optional<NeighbourhoodCode> neighbourhood = buurtschouw.reportRules().neighbourhoodBoundaries()
                .flatMap(b -> b.neighbourhoodOf(point));
        if (neighbourhood.isEmpty()) {
            return Optional.empty();
        }
        List<StreamId> campaigns = index.of(BuurtschouwWorkflow.CAMPAIGNS.streamType());
        for (int i = campaigns.size() - 1; i >= 0; i--) {
            Campaign campaign = buurtschouw.campaigns().load(campaigns.get(i));
            if (campaign.step() == CampaignStep.WALK && campaign.area().contains(neighbourhood.get())) {
                return Optional.of(campaigns.get(i));
            }
        }
        return Optional.empty();
    }

    /** The filed reports that pass the query, at most {@value ServiceRequestQuery#MAX_RESULTS}. */
    public Map<StreamId, Report> matching(ServiceRequestQuery query) {
        Map<StreamId, Report> out = new LinkedHashMap<>();
        if (!query.ids().isEmpty()) {
            for (String id : query.ids()) {
                find(id).ifPresent(r -> out.put(stream(id).orElseThrow(), r));
            }
            return out;
        }
        List<StreamId> all = index.of(BuurtschouwWorkflow.REPORTS.streamType());
        for (int i = all.size() - 1; i >= 0 && out.size() < ServiceRequestQuery.MAX_RESULTS; i--) {
            StreamId id = all.get(i);
            Report report = buurtschouw.reports().load(id);
            if (!report.isFiled()) {
                continue;
            }
            if (report.filedAt().isBefore(query.start().minus(ORDER_SLACK))) {
                break;
            }
            if (!mapping.select(query, Map.of(id, report)).isEmpty()) {
                out.put(id, report);
            }
        }
        return out;
    }
}
