package nl.participatie.buurtschouw.open311;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.participatie.core.API;

/**
 * A service request of Open311 GeoReport v2 (<i>melding</i> in the international issue-report API), as GET Service
 * Request(s) returns it, field for field. Text fields are stripped and an empty value is absent, as the spec treats
 * them. Read and written by {@link Open311Format}; made from and into reports by {@link Open311Mapping}.
 *
 * @param serviceRequestId  {@code service_request_id}
 * @param status            {@code status}: {@code open} or {@code closed}
 * @param statusNotes       {@code status_notes}: the finer state and what was told
 * @param serviceName       {@code service_name}
 * @param serviceCode       {@code service_code}
 * @param description       {@code description}
 * @param agencyResponsible {@code agency_responsible}
 * @param serviceNotice     {@code service_notice}
 * @param requestedDatetime {@code requested_datetime}
 * @param updatedDatetime   {@code updated_datetime}; for a closed request the closing moment
 * @param expectedDatetime  {@code expected_datetime}
 * @param address           {@code address}
 * @param addressId         {@code address_id}
 * @param zipcode           {@code zipcode}
 * @param lat               {@code lat}, WGS84
 * @param lon               {@code long}, WGS84
 * @param mediaUrl          {@code media_url}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"service_request_id", "status", "status_notes", "service_name", "service_code", "description",
        "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address",
        "address_id", "zipcode", "lat", "long", "media_url"})
@API(status = API.Status.EXPERIMENTAL)
public record ServiceRequest(
        @JsonProperty("service_request_id") String serviceRequestId,
        @JsonProperty("status") String status,
        @JsonProperty("status_notes") String statusNotes,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("description") String description,
        @JsonProperty("agency_responsible") String agencyResponsible,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
        @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
        @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
        @JsonProperty("address") String address,
        @JsonProperty("address_id") String addressId,
        @JsonProperty("zipcode") String zipcode,
        @JsonProperty("lat") Double lat,
        @JsonProperty("long") Double lon,
        @JsonProperty("media_url") String mediaUrl) {

    /** {@code open}. */
    public static final String OPEN = "open";
    /** {@code closed}. */
    public static final String CLOSED = "closed";

    public ServiceRequest {
        serviceRequestId = Open311Format.clean(serviceRequestId);
        status = Open311Format.clean(status);
        statusNotes = Open311Format.clean(statusNotes);
        serviceName = Open311Format.clean(serviceName);
        serviceCode = Open311Format.clean(serviceCode);
        description = Open311Format.clean(description);
        agencyResponsible = Open311Format.clean(agencyResponsible);
        serviceNotice = Open311Format.clean(serviceNotice);
        address = Open311Format.clean(address);
        addressId = Open311Format.clean(addressId);
        zipcode = Open311Format.clean(zipcode);
        mediaUrl = Open311Format.clean(mediaUrl);
    }
}
