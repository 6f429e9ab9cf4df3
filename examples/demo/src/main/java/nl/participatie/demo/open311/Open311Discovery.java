package nl.participatie.demo.open311;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * The Open311 service discovery document (<i>vindbaarheid</i>): where the GeoReport v2 endpoint is, that it is the
 * production one and which formats it speaks. The library has no discovery (it is the server's, not the mapping's),
 * so the demo writes it here, with Jackson, which escapes the one value taken from the request, its address.
 *
 * @param changeset  when this document last changed
 * @param contact    who to ask
 * @param keyService where to get an {@code api_key} (the demo asks none)
 * @param endpoints  the one GeoReport v2 endpoint
 */
@JacksonXmlRootElement(localName = "discovery")
@JsonPropertyOrder({"changeset", "contact", "key_service", "endpoints"})
public record Open311Discovery(@JsonProperty("changeset") String changeset, @JsonProperty("contact") String contact,
                               @JsonProperty("key_service") String keyService,
                               @JsonProperty("endpoints") @JacksonXmlElementWrapper(localName = "endpoints")
                               @JacksonXmlProperty(localName = "endpoint") List<Endpoint> endpoints) {

    /** The specification the endpoint follows, as the discovery spec names it. */
    public static final String GEOREPORT_V2 = "http://wiki.open311.org/GeoReport_v2";
    private static final String CHANGESET = "2026-11-30T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XmlMapper XML = XmlMapper.builder().enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION).build();

    /**
     * An endpoint.
     *
     * @param specification the spec's address
     * @param url           the endpoint's base address, ending in {@code /}
     * @param changeset     when it last changed
     * @param type          {@code production}
     * @param formats       the content types it answers in
     */
    @JsonPropertyOrder({"specification", "url", "changeset", "type", "formats"})
    public record Endpoint(@JsonProperty("specification") String specification, @JsonProperty("url") String url,
                           @JsonProperty("changeset") String changeset, @JsonProperty("type") String type,
                           @JsonProperty("formats") @JacksonXmlElementWrapper(localName = "formats")
                           @JacksonXmlProperty(localName = "format") List<String> formats) {
    }

    /** The document for the endpoint at {@code url}. */
    public static Open311Discovery of(String url) {
        return new Open311Discovery(CHANGESET, "Demo participatie, geen echte gemeente", "Geen api_key nodig in de demo",
                List.of(new Endpoint(GEOREPORT_V2, url, CHANGESET, "production", List.of("text/xml", "application/json"))));
    }

    /** As JSON. */
    public String json() {
        return write(JSON);
    }

    /** As {@code <discovery>}. */
    public String xml() {
        return write(XML);
    }

    private String write(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the discovery document", e);
        }
    }
}
