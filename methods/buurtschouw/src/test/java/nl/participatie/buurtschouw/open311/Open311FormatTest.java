package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The Open311 wire formats against sample documents written from the spec, both ways; hostile XML refused. */
class Open311FormatTest {

    static final Open311Format FORMAT = new Open311Format();

    static String sample(String name) {
        try (InputStream in = Open311FormatTest.class.getResourceAsStream("/open311/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final ServiceRequest FIRST = new ServiceRequest("638344", "closed", "Duplicate request.", "Sidewalk and Curb Issues", "006",
            null, null, null, OffsetDateTime.parse("2010-04-14T06:37:38-08:00"), OffsetDateTime.parse("2010-04-14T06:37:38-08:00"),
            OffsetDateTime.parse("2010-04-15T06:37:38-08:00"), "8TH AVE and JUDAH ST", "545483", "94122", 37.762221815, -122.4651145,
            "http://city.gov.s3.amazonaws.com/requests/media/638344.jpg");

    @Test
    void theSpecsServiceRequestsReadTheSameInXmlAndJson() {
        List<ServiceRequest> xml = FORMAT.readRequestsXml(sample("requests.xml"));
        List<ServiceRequest> json = FORMAT.readRequestsJson(sample("requests.json"));
        assertThat(xml).hasSize(2).first().isEqualTo(FIRST);
        assertThat(xml.get(1).statusNotes()).as("an empty element is absent").isNull();
        assertThat(xml.get(1).status()).isEqualTo("open");
        assertThat(json).isEqualTo(xml);
    }

    @Test
    void serviceRequestsRoundTripInXmlAndJson() {
        List<ServiceRequest> requests = FORMAT.readRequestsXml(sample("requests.xml"));
        String xml = FORMAT.requestsXml(requests);
        assertThat(xml).startsWith("<?xml version='1.0' encoding='UTF-8'?><service_requests><request><service_request_id>638344</service_request_id>")
                .contains("<lat>37.762221815</lat><long>-122.4651145</long>")
                .contains("<requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>")
                .doesNotContain("<description>").endsWith("</request></service_requests>");
        assertThat(FORMAT.readRequestsXml(xml)).isEqualTo(requests);
        String json = FORMAT.requestsJson(requests);
        assertThat(json).startsWith("[{\"service_request_id\":\"638344\",\"status\":\"closed\",\"status_notes\":\"Duplicate request.\"")
                .contains("\"long\":-122.4651145");
        assertThat(FORMAT.readRequestsJson(json)).isEqualTo(requests);
    }

    @Test
    void theSpecsServiceListReadsTheSameInXmlAndJsonAndRoundTrips() {
        List<Service> xml = FORMAT.readServicesXml(sample("services.xml"));
        assertThat(xml).hasSize(3).first().isEqualTo(new Service("001", "Cans left out 24x7",
                "Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.",
                true, "realtime", "lorem, ipsum, dolor", "sanitation"));
        assertThat(FORMAT.readServicesJson(sample("services.json"))).isEqualTo(xml);
        assertThat(FORMAT.readServicesXml(FORMAT.servicesXml(xml))).isEqualTo(xml);
        assertThat(FORMAT.readServicesJson(FORMAT.servicesJson(xml))).isEqualTo(xml);
        assertThat(FORMAT.servicesXml(xml)).startsWith("<?xml version='1.0' encoding='UTF-8'?><services><service><service_code>001</service_code>");
    }

    @Test
    void theSpecsPostAnswerReadsTheSameInXmlAndJsonAndRoundTrips() {
        List<ServiceRequestCreated> xml = FORMAT.readCreatedXml(sample("created.xml"));
        assertThat(xml).containsExactly(new ServiceRequestCreated("293944", null, "The City will inspect and require the responsible party "
                + "to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code", null));
        assertThat(FORMAT.readCreatedJson(sample("created.json"))).isEqualTo(xml);
        assertThat(FORMAT.readCreatedXml(FORMAT.createdXml(xml.get(0)))).isEqualTo(xml);
        assertThat(FORMAT.readCreatedJson(FORMAT.createdJson(xml.get(0)))).isEqualTo(xml);
        assertThatThrownBy(() -> new ServiceRequestCreated(null, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("service_request_id").hasMessageContaining("token");
    }

    @Test
    void theSpecsAnswerToServiceRequestIdFromATokenHoldsBothAndReadsTheSameInXmlAndJson() {
        // GET service_request_id from a token: the specification's own answer carries both.
        List<ServiceRequestCreated> xml = FORMAT.readCreatedXml(sample("request-id-from-token.xml"));
        assertThat(xml).containsExactly(new ServiceRequestCreated("638344", "12345", null, null));
        assertThat(FORMAT.readCreatedJson(sample("request-id-from-token.json"))).isEqualTo(xml);
        assertThat(FORMAT.readCreatedXml(FORMAT.createdXml(xml.get(0)))).isEqualTo(xml);
        assertThat(FORMAT.readCreatedJson(FORMAT.createdJson(xml.get(0)))).isEqualTo(xml);
    }

    @Test
    void anAnswerWithNeitherIdNorTokenIsRefusedInXmlAndJson() {
        assertThatThrownBy(() -> FORMAT.readCreatedJson("[{\"service_notice\":\"x\"}]")).isInstanceOfSatisfying(Open311Exception.class,
                e -> assertThat(e.reasons()).containsExactly(Open311Text.ERROR_FIELD));
        assertThatThrownBy(() -> FORMAT.readCreatedXml("<service_requests><request><service_notice>x</service_notice></request>"
                + "</service_requests>")).isInstanceOfSatisfying(Open311Exception.class,
                e -> assertThat(e.errors().get(0).description()).startsWith("the XML document has a field /request"));
    }

    @Test
    void theSpecsErrorsReadTheSameInXmlAndJsonAndRoundTrip() {
        List<Open311Error> xml = FORMAT.readErrorsXml(sample("errors.xml"));
        assertThat(xml).containsExactly(Open311Error.of(403, "Invalid api_key received -- can't proceed with create_request."));
        assertThat(FORMAT.readErrorsJson(sample("errors.json"))).isEqualTo(xml);
        assertThat(FORMAT.errorsXml(xml)).isEqualTo("<?xml version='1.0' encoding='UTF-8'?><errors><error><code>403</code>"
                + "<description>Invalid api_key received -- can't proceed with create_request.</description></error></errors>");
        assertThat(FORMAT.errorsJson(xml)).isEqualTo("[{\"code\":\"403\",\"description\":\"Invalid api_key received -- can't proceed with create_request.\"}]");
        assertThat(FORMAT.readErrorsJson(FORMAT.errorsJson(xml))).isEqualTo(xml);
    }

    @Test
    void anEmptyListIsWrittenAndReadBack() {
        assertThat(FORMAT.readRequestsXml(FORMAT.requestsXml(List.of()))).isEmpty();
        assertThat(FORMAT.requestsJson(List.of())).isEqualTo("[]");
    }

    @Test
    void textIsEscaped() {
        ServiceRequest tricky = new ServiceRequest("1", "open", null, null, "x", "<script>alert('x')</script> & \"quotes\"", null, null,
                null, null, null, null, null, null, null, null, null);
        assertThat(FORMAT.requestsXml(List.of(tricky))).contains("&lt;script>alert('x')&lt;/script> &amp; \"quotes\"");
        assertThat(FORMAT.readRequestsXml(FORMAT.requestsXml(List.of(tricky)))).containsExactly(tricky);
        assertThat(FORMAT.readRequestsJson(FORMAT.requestsJson(List.of(tricky)))).containsExactly(tricky);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hostile-external-entity.xml", "hostile-billion-laughs.xml", "hostile-parameter-entity.xml",
            "hostile-external-dtd.xml"})
    void xmlWithADoctypeIsRefusedWithAClearError(String name) {
        assertThatThrownBy(() -> FORMAT.readRequestsXml(sample(name)))
                .isInstanceOfSatisfying(Open311Exception.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.code()).isEqualTo("400");
                        assertThat(error.description()).contains("DOCTYPE").contains("refused");
                    });
                });
    }

    @Test
    void anUndeclaredEntityIsAnErrorNotALookup() {
        assertThatThrownBy(() -> FORMAT.readRequestsXml(sample("hostile-undeclared-entity.xml")))
                .isInstanceOfSatisfying(Open311Exception.class, e -> assertThat(e.errors().get(0).description())
                        .startsWith("the XML document is not well-formed at line"));
        assertThatThrownBy(() -> FORMAT.readRequestsXml(sample("hostile-undeclared-entity.xml")))
                .isInstanceOfSatisfying(Open311Exception.class, e -> assertThat(e.reasons()).containsExactly(Open311Text.ERROR_UNREADABLE));
    }

    @Test
    void brokenDocumentsBecomeOpen311Errors() {
        assertThatThrownBy(() -> FORMAT.readRequestsJson("{\"not\":\"an array\"")).isInstanceOf(Open311Exception.class);
        assertThatThrownBy(() -> FORMAT.readRequestsXml("<service_requests><request>")).isInstanceOf(Open311Exception.class);
        assertThatThrownBy(() -> FORMAT.readRequestsXml("")).isInstanceOfSatisfying(Open311Exception.class,
                e -> assertThat(e.errors().get(0).description()).isEqualTo("no document was given"));
        assertThatThrownBy(() -> new Open311Format(java.util.Locale.forLanguageTag("nl")).readRequestsJson("[{\"lat\":\"north\"}]"))
                .isInstanceOfSatisfying(Open311Exception.class, e -> assertThat(e.errors()).containsExactly(
                        Open311Error.of(400, "het JSON-document heeft een veld /0/lat van het verkeerde type of met een verkeerde waarde")));
        assertThatThrownBy(() -> FORMAT.readRequestsJson("[{\"lat\":\"north\"}]")).isInstanceOf(Open311Exception.class);
    }

    @Test
    void tenThousandRequestsAreWrittenInBothFormats() {
        List<ServiceRequest> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(new ServiceRequest(Integer.toString(i), "open", "In behandeling", "Container is vol", "container-is-vol",
                    "De container is vol", "Stadsreiniging", null, FIRST.requestedDatetime(), FIRST.updatedDatetime(), null,
                    "Javastraat " + i, null, "1094 HA", 52.36 + i * 1e-6, 4.94, null));
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        FORMAT.writeRequestsJson(many, json);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        FORMAT.writeRequestsXml(many, xml);
        assertThat(FORMAT.readRequestsJson(json.toString(StandardCharsets.UTF_8))).hasSize(10_000).isEqualTo(many);
        assertThat(FORMAT.readRequestsXml(xml.toString(StandardCharsets.UTF_8))).isEqualTo(many);
    }
}
