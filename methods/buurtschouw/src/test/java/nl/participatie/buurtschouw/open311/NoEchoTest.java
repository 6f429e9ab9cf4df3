package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.ReportRejection;
import nl.participatie.core.Violation;

/**
 * An Open311 error names the field and the rule and never repeats what the caller sent (issue 12, finding 5): a
 * hostile value in every field comes back nowhere in the errors, in either format or language.
 */
class NoEchoTest {

    static final String HOSTILE = "<script>alert('pwned')</script>";

    static void assertNoEcho(Open311Exception e) {
        assertThat(e.errors()).isNotEmpty();
        Open311Format format = new Open311Format();
        assertThat(e.getMessage()).doesNotContain("pwned");
        assertThat(format.errorsJson(e.errors())).doesNotContain("pwned");
        assertThat(format.errorsXml(e.errors())).doesNotContain("pwned");
    }

    @Test
    void aHostilePostIsRefusedWithoutItsValues() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String field : List.of("service_code", "lat", "long", "address_id", "media_url", "attribute[kind]", "attribute[" + HOSTILE + "]")) {
            form.put(field, List.of(HOSTILE));
        }
        form.put("description", List.of(HOSTILE.repeat(200)));
        Open311Exception e = Open311Reports.refused(() -> Open311MappingTest.MAPPING.fromPost(form, null));
        assertThat(e.reasons()).containsExactly(Open311Text.ERROR_NOT_FOUND, Open311Text.ERROR_ATTRIBUTE_UNKNOWN,
                Open311Text.ERROR_ATTRIBUTE_VALUE, Open311Text.ERROR_TOO_LONG, Open311Text.ERROR_MEDIA_URL,
                Open311Text.ERROR_ADDRESS_ID, Open311Text.ERROR_COORDINATES);
        assertNoEcho(e);
        assertNoEcho(Open311Reports.refused(() -> Open311Mapping.of(nl.participatie.buurtschouw.CategoryTree.defaults(),
                nl.participatie.core.value.DutchTime.ZONE, java.util.Locale.ENGLISH).fromPost(form, null)));
        assertNoEcho(Open311Reports.refused(() -> Open311MappingTest.MAPPING.serviceDefinition(HOSTILE)));
    }

    @Test
    void aRejectionOfTheWorkflowIsWrittenWithoutItsArguments() {
        List<Open311Error> errors = Open311MappingTest.MAPPING.errors(List.of(
                Violation.of(ReportRejection.PHOTO_INVALID, "photos[0]", HOSTILE),
                Violation.of(ReportRejection.CATEGORY_UNKNOWN, "category", HOSTILE)));
        assertThat(errors).extracting(Open311Error::description).containsExactly(
                "photos[0]: '…' is geen geldige fotoverwijzing: gebruik een http- of https-adres",
                "category: '…' is geen categorie van deze gemeente");
        assertThat(new Open311Format().errorsJson(errors)).doesNotContain("pwned");
    }

    @Test
    void aHostileQueryIsRefusedWithoutItsValues() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String field : List.of("service_code", "status", "start_date", "end_date")) {
            params.put(field, List.of(HOSTILE));
        }
        assertNoEcho(Open311Reports.refused(() -> Open311MappingTest.MAPPING.query(params, java.time.Instant.now())));
    }

    @Test
    void aHostileDocumentIsRefusedWithoutItsText() {
        Open311Format format = new Open311Format();
        assertNoEcho(Open311Reports.refused(() -> format.readRequestsJson("[{\"lat\":\"" + HOSTILE + "\"}]")));
        assertNoEcho(Open311Reports.refused(() -> format.readRequestsJson("[{\"service_request_id\":" + "pwned" + "}]")));
        assertNoEcho(Open311Reports.refused(() -> format.readRequestsJson("[{\"" + HOSTILE + "\":{\"a\":[1,2,}}]")));
        assertNoEcho(Open311Reports.refused(() -> format.readRequestsXml("<service_requests><request><lat>" + "pwned" + "</lat></request></service_requests>")));
        assertNoEcho(Open311Reports.refused(() -> format.readRequestsXml("<service_requests><pwned></service_requests>")));
        assertNoEcho(Open311Reports.refused(() -> format.readServiceDefinitionJson("{\"service_code\":\"s\",\"attributes\":[{\"code\":\"x\","
                + "\"datatype\":\"pwned\",\"order\":1}]}")));
        assertNoEcho(Open311Reports.refused(() -> format.readCreatedXml("<service_requests><request><service_notice>pwned</service_notice>"
                + "</request></service_requests>")));
    }
}
