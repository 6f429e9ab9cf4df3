package nl.participatie.buurtschouw.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.participatie.core.API;

/**
 * A service of the Open311 service list (<i>meldingsoort</i>): one subcategory of the municipality's category tree.
 *
 * @param serviceCode {@code service_code}: the subcategory slug
 * @param serviceName {@code service_name}
 * @param description {@code description}
 * @param metadata    {@code metadata}: whether a service definition with extra fields exists
 * @param type        {@code type}: {@code realtime}, {@code batch} or {@code blackbox}
 * @param keywords    {@code keywords}: comma-separated
 * @param group       {@code group}: the main category
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"service_code", "service_name", "description", "metadata", "type", "keywords", "group"})
@API(status = API.Status.EXPERIMENTAL)
public record Service(
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("description") String description,
        @JsonProperty("metadata") boolean metadata,
        @JsonProperty("type") String type,
        @JsonProperty("keywords") String keywords,
        @JsonProperty("group") String group) {

    public Service {
        serviceCode = Open311Format.clean(serviceCode);
        serviceName = Open311Format.clean(serviceName);
        description = Open311Format.clean(description);
        type = Open311Format.clean(type);
        keywords = Open311Format.clean(keywords);
        group = Open311Format.clean(group);
    }
}
