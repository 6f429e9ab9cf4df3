package nl.participatie.buurtschouw.open311;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.participatie.core.API;

/**
 * The Open311 GeoReport v2 wire formats (<i>Open311-berichten</i>), JSON and XML as the spec defines them: the
 * service list ({@code services.json}/{@code .xml}), a service definition ({@code services/{code}.json}/{@code .xml}),
 * service requests, the answer to a POST and errors. JSON is an
 * array of objects; XML has the spec's root and item elements ({@code <service_requests><request>}), no namespace,
 * and an XML declaration.
 *
 * <p>Reading is safe for input from the internet: XML with a document type declaration is refused before anything
 * is parsed, so external entities (XXE) and entity expansion ("billion laughs") never happen; documents over
 * {@value #MAX_DOCUMENT_LENGTH} characters are refused; every failure becomes an {@link Open311Exception} with
 * errors in the spec's format, which name the line and column or the field and never quote the document. Unknown fields are ignored (servers add their own); identifiers written as JSON
 * numbers ({@code "service_request_id":638344}) are read as text. Thread-safe; build one and share it.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Open311Format {

    /** The longest document read, in characters. */
    public static final int MAX_DOCUMENT_LENGTH = 20_000_000;

    private static final TypeReference<List<ServiceRequest>> REQUESTS = new TypeReference<>() { };
    private static final TypeReference<List<Service>> SERVICES = new TypeReference<>() { };
    private static final TypeReference<List<Open311Error>> ERRORS = new TypeReference<>() { };
    private static final TypeReference<List<ServiceRequestCreated>> CREATED = new TypeReference<>() { };

    private final ObjectMapper json;
    private final XmlMapper xml;
    private final XMLInputFactory input;
    private final Locale locale;

    /** The XML root of a list of service requests. */
    @JacksonXmlRootElement(localName = "service_requests")
    record RequestList(@JsonProperty("request") @JacksonXmlProperty(localName = "request")
                       @JacksonXmlElementWrapper(useWrapping = false) List<ServiceRequest> requests) {
    }

    /** The XML root of the answer to a POST. */
    @JacksonXmlRootElement(localName = "service_requests")
    record CreatedList(@JsonProperty("request") @JacksonXmlProperty(localName = "request")
                       @JacksonXmlElementWrapper(useWrapping = false) List<ServiceRequestCreated> requests) {
    }

    /** The XML root of the service list. */
    @JacksonXmlRootElement(localName = "services")
    record ServiceList(@JsonProperty("service") @JacksonXmlProperty(localName = "service")
                       @JacksonXmlElementWrapper(useWrapping = false) List<Service> services) {
    }

    /** The XML root of errors. */
    @JacksonXmlRootElement(localName = "errors")
    record ErrorList(@JsonProperty("error") @JacksonXmlProperty(localName = "error")
                     @JacksonXmlElementWrapper(useWrapping = false) List<Open311Error> errors) {
    }

    /** The XML form of a service definition: {@code <attributes>} around each {@code <attribute>}. */
    @JacksonXmlRootElement(localName = "service_definition")
    @JsonPropertyOrder({"service_code", "attributes"})
    record DefinitionXml(@JsonProperty("service_code") String serviceCode, @JsonProperty("attributes") AttributesXml attributes) {
        static DefinitionXml of(ServiceDefinition d) {
            return new DefinitionXml(d.serviceCode(), new AttributesXml(d.attributes().stream().map(AttributeXml::of).toList()));
        }

        ServiceDefinition definition() {
            List<AttributeXml> list = attributes == null || attributes.attribute() == null ? List.of() : attributes.attribute();
            return new ServiceDefinition(serviceCode, list.stream().map(AttributeXml::attribute).toList());
        }
    }

    /** {@code <attributes>}. */
    record AttributesXml(@JsonProperty("attribute") @JacksonXmlElementWrapper(useWrapping = false) List<AttributeXml> attribute) {
    }

    /** {@code <attribute>}, with {@code <values>} around each {@code <value>}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"})
    record AttributeXml(@JsonProperty("variable") boolean variable, @JsonProperty("code") String code,
                        @JsonProperty("datatype") AttributeDatatype datatype, @JsonProperty("required") boolean required,
                        @JsonProperty("datatype_description") String datatypeDescription, @JsonProperty("order") int order,
                        @JsonProperty("description") String description, @JsonProperty("values") ValuesXml values) {
        static AttributeXml of(ServiceAttribute a) {
            return new AttributeXml(a.variable(), a.code(), a.datatype(), a.required(), a.datatypeDescription(), a.order(),
                    a.description(), a.values().isEmpty() ? null : new ValuesXml(a.values()));
        }

        ServiceAttribute attribute() {
            return new ServiceAttribute(variable, code, datatype, required, datatypeDescription, order, description,
                    values == null ? null : values.value());
        }
    }

    /** {@code <values>}. */
    record ValuesXml(@JsonProperty("value") @JacksonXmlElementWrapper(useWrapping = false) List<ServiceAttribute.Value> value) {
    }

    /** The formats, configured as the spec wants them; error descriptions in English. */
    public Open311Format() {
        this(Locale.ENGLISH);
    }

    /** The formats, with error descriptions in {@code locale} ({@code nl} or {@code en}). */
    public Open311Format(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(100_000)
                .maxNumberLength(100).maxDocumentLength(MAX_DOCUMENT_LENGTH).build();
        this.json = configure(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())).build();
        this.input = hardenedInput();
        XmlFactory factory = XmlFactory.builder().xmlInputFactory(input).streamReadConstraints(limits).build();
        this.xml = configure(XmlMapper.builder(factory).defaultUseWrapper(false)
                .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)).build();
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
                .withCoercionConfig(LogicalType.DateTime, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull));
    }

    /** A StAX factory that supports no DTDs and no external entities. */
    private static XMLInputFactory hardenedInput() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        // Without a DTD only the predefined entities exist: any other reference is an error, never a lookup.
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are not loaded: " + systemId);
        });
        return f;
    }

    // ---- service requests

    /** Service requests as a JSON array. */
    public String requestsJson(List<ServiceRequest> requests) {
        return write(json, requests);
    }

    /** Service requests as a JSON array, streamed. */
    public void writeRequestsJson(List<ServiceRequest> requests, OutputStream out) {
        stream(json, requests, out);
    }

    /** Service requests as {@code <service_requests>}. */
    public String requestsXml(List<ServiceRequest> requests) {
        return write(xml, new RequestList(requests));
    }

    /** Service requests as {@code <service_requests>}, streamed. */
    public void writeRequestsXml(List<ServiceRequest> requests, OutputStream out) {
        stream(xml, new RequestList(requests), out);
    }

    /** Reads a JSON array of service requests. */
    public List<ServiceRequest> readRequestsJson(String document) {
        return List.copyOf(readJson(document, REQUESTS));
    }

    /** Reads {@code <service_requests>}. */
    public List<ServiceRequest> readRequestsXml(String document) {
        RequestList list = readXml(document, RequestList.class);
        return list.requests() == null ? List.of() : List.copyOf(list.requests());
    }

    // ---- service list

    /** The service list as a JSON array. */
    public String servicesJson(List<Service> services) {
        return write(json, services);
    }

    /** The service list as {@code <services>}. */
    public String servicesXml(List<Service> services) {
        return write(xml, new ServiceList(services));
    }

    /** Reads a JSON service list. */
    public List<Service> readServicesJson(String document) {
        return List.copyOf(readJson(document, SERVICES));
    }

    /** Reads {@code <services>}. */
    public List<Service> readServicesXml(String document) {
        ServiceList list = readXml(document, ServiceList.class);
        return list.services() == null ? List.of() : List.copyOf(list.services());
    }

    // ---- service definition

    /** A service definition as a JSON object. */
    public String serviceDefinitionJson(ServiceDefinition definition) {
        return write(json, definition);
    }

    /** A service definition as {@code <service_definition>}. */
    public String serviceDefinitionXml(ServiceDefinition definition) {
        return write(xml, DefinitionXml.of(definition));
    }

    /** Reads a JSON service definition. */
    public ServiceDefinition readServiceDefinitionJson(String document) {
        return readJson(document, new TypeReference<ServiceDefinition>() { });
    }

    /** Reads {@code <service_definition>}. */
    public ServiceDefinition readServiceDefinitionXml(String document) {
        return readXml(document, DefinitionXml.class).definition();
    }

    // ---- POST answer

    /** The answer to a POST as a JSON array of one. */
    public String createdJson(ServiceRequestCreated created) {
        return write(json, List.of(created));
    }

    /** The answer to a POST as {@code <service_requests>} of one. */
    public String createdXml(ServiceRequestCreated created) {
        return write(xml, new CreatedList(List.of(created)));
    }

    /** Reads the JSON answer to a POST. */
    public List<ServiceRequestCreated> readCreatedJson(String document) {
        return List.copyOf(readJson(document, CREATED));
    }

    /** Reads the XML answer to a POST. */
    public List<ServiceRequestCreated> readCreatedXml(String document) {
        CreatedList list = readXml(document, CreatedList.class);
        return list.requests() == null ? List.of() : List.copyOf(list.requests());
    }

    // ---- errors

    /** Errors as a JSON array. */
    public String errorsJson(List<Open311Error> errors) {
        return write(json, errors);
    }

    /** Errors as {@code <errors>}. */
    public String errorsXml(List<Open311Error> errors) {
        return write(xml, new ErrorList(errors));
    }

    /** Reads JSON errors. */
    public List<Open311Error> readErrorsJson(String document) {
        return List.copyOf(readJson(document, ERRORS));
    }

    /** Reads {@code <errors>}. */
    public List<Open311Error> readErrorsXml(String document) {
        ErrorList list = readXml(document, ErrorList.class);
        return list.errors() == null ? List.of() : List.copyOf(list.errors());
    }

    // ---- plumbing

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write Open311 document: " + e.getOriginalMessage(), e);
        }
    }

    private static void stream(ObjectMapper mapper, Object value, OutputStream out) {
        try {
            mapper.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T readJson(String document, TypeReference<T> type) {
        check(document);
        try {
            T value = json.readValue(document, type);
            if (value == null) {
                throw Open311Exception.of(400, locale, Open311Text.ERROR_EMPTY);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw unreadable("JSON", e, e.getLocation());
        }
    }

    private <T> T readXml(String document, Class<T> type) {
        check(document);
        XMLStreamReader reader = null;
        try {
            reader = input.createXMLStreamReader(new StringReader(document));
            while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                if (reader.getEventType() == XMLStreamConstants.DTD || reader.getEventType() == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw Open311Exception.of(400, locale, Open311Text.ERROR_DOCTYPE);
                }
                if (!reader.hasNext()) {
                    throw Open311Exception.of(400, locale, Open311Text.ERROR_EMPTY);
                }
                reader.next();
            }
            T value = xml.readValue(reader, type);
            if (value == null) {
                throw Open311Exception.of(400, locale, Open311Text.ERROR_EMPTY);
            }
            return value;
        } catch (XMLStreamException e) {
            javax.xml.stream.Location at = e.getLocation();
            Open311Exception failure = Open311Exception.of(400, locale, Open311Text.ERROR_UNREADABLE, "XML",
                    at == null ? "?" : Integer.toString(at.getLineNumber()), at == null ? "?" : Integer.toString(at.getColumnNumber()));
            failure.initCause(e);
            throw failure;
        } catch (JsonProcessingException e) {
            throw unreadable("XML", e, e.getLocation());
        } catch (IOException e) {
            throw unreadable("XML", e, null);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a string reader
                }
            }
        }
    }

    private void check(String document) {
        if (document == null || document.isBlank()) {
            throw Open311Exception.of(400, locale, Open311Text.ERROR_EMPTY);
        }
        if (document.length() > MAX_DOCUMENT_LENGTH) {
            throw Open311Exception.of(400, locale, Open311Text.ERROR_DOCUMENT_TOO_LONG, Integer.toString(MAX_DOCUMENT_LENGTH));
        }
    }

    /**
     * A document that could not be read: the field when a value had the wrong shape (field names are the spec's or
     * indexes, never values), else the line and column; never the parser's message, which may quote the input.
     */
    private Open311Exception unreadable(String format, Exception cause, JsonLocation at) {
        Open311Exception failure;
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !malformed(cause)) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference step : mapping.getPath()) {
                field.append(step.getFieldName() != null ? "/" + safeName(step.getFieldName()) : "/" + step.getIndex());
            }
            failure = Open311Exception.of(400, locale, Open311Text.ERROR_FIELD, format, field.toString());
        } else {
            failure = Open311Exception.of(400, locale, Open311Text.ERROR_UNREADABLE, format,
                    at == null ? "?" : Long.toString(at.getLineNr()), at == null ? "?" : Long.toString(at.getColumnNr()));
        }
        failure.initCause(cause);
        return failure;
    }

    /** Whether the failure is in the text itself (XML or JSON syntax), not in a field's value. */
    private static boolean malformed(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof XMLStreamException || t instanceof com.fasterxml.jackson.core.JsonParseException) {
                return true;
            }
        }
        return false;
    }

    /** A field name as shown in an error: only when it is short and plain, as the spec's are; else {@code ?}. */
    private static String safeName(String name) {
        return name.matches("[a-z_]{1,40}") ? name : "?";
    }

    /** Stripped text; {@code null} for absent or blank, as Open311 treats an empty value. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }
}
