package nl.participatie.buurtschouw.open311;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.participatie.core.API;

/**
 * The extra fields of a service (<i>servicedefinitie</i>), as GET {@code services/{service_code}.json|xml} returns
 * them: a POST to this service fills them in as {@code attribute[code]}. The fields are JSON's; {@link Open311Format}
 * writes the XML form, {@code <attributes><attribute>}.
 *
 * @param serviceCode {@code service_code}
 * @param attributes  {@code attributes}, with unique codes
 */
@JsonPropertyOrder({"service_code", "attributes"})
@API(status = API.Status.EXPERIMENTAL)
public record ServiceDefinition(
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("attributes") List<ServiceAttribute> attributes) {

    public ServiceDefinition {
        serviceCode = Open311Format.clean(serviceCode);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        if (serviceCode == null) {
            throw new IllegalArgumentException("An Open311 service definition needs its service_code");
        }
        Set<String> codes = new HashSet<>();
        for (ServiceAttribute a : attributes) {
            if (!codes.add(a.code())) {
                throw new IllegalArgumentException("An Open311 service definition's attribute codes are unique");
            }
        }
    }

    /** The attribute with this code. */
    public Optional<ServiceAttribute> attribute(String code) {
        return attributes.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
