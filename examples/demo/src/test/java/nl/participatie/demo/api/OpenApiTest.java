package nl.participatie.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.participatie.demo.DemoData;

/**
 * The OpenAPI description served by the demo: it documents the JSON API and the Open311 endpoint, and every path it
 * documents for GET answers (filled in with the demo's own data: a trajectory for the JSON API, a report for Open311), so description and application agree.
 */
@DemoOnH2
class OpenApiTest {

    /** What each path variable is filled in with: an instance that is in the demo's data. */
    private static final Map<String, String> VARIABLES = Map.of("{method}", "samenspel", "{kind}", "trajectory",
            "{id}", DemoData.TRAJECTORY.id(), "{format}", "json", "{code}", "grofvuil");

    @Value("${local.server.port}")
    int port;

    @Test
    void theDescriptionDocumentsTheJsonApiAndOpen311() throws Exception {
        HttpResponse<String> docs = new DemoHttp(port).get("/v3/api-docs/" + OpenApiConfiguration.GROUP);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(docs.body()).get("paths");
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);
        assertThat(documented).contains("/api", "/api/{method}/{kind}", "/api/{method}/{kind}/{id}/commands",
                "/api/{method}/{kind}/{id}/events", "/api/{method}/{kind}/{id}/verify", "/api/{method}/{kind}/{id}/chain",
                "/open311/v2/discovery.{format}", "/open311/v2/services.{format}", "/open311/v2/requests.{format}",
                "/open311/v2/requests/{id}.{format}");
        assertThat(paths.get("/api/{method}/{kind}/{id}/commands").has("post")).isTrue();
        assertThat(paths.get("/open311/v2/requests.{format}").has("post")).isTrue();
    }

    @Test
    void everyDocumentedGetAnswers() throws Exception {
        DemoHttp http = new DemoHttp(port);
        JsonNode paths = new ObjectMapper().readTree(http.get("/v3/api-docs/" + OpenApiConfiguration.GROUP).body()).get("paths");
        String report = new ObjectMapper().readTree(http.get("/api/buurtschouw/report").body()).get(0).asText();
        List<String> asked = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            if (path.getValue().has("get")) {
                // Open311's {id} is a service request: a report of the demo's data.
                String concrete = path.getKey().startsWith("/open311/") ? path.getKey().replace("{id}", report) : path.getKey();
                for (Map.Entry<String, String> v : VARIABLES.entrySet()) {
                    concrete = concrete.replace(v.getKey(), v.getValue());
                }
                HttpResponse<String> answer = http.get(concrete);
                assertThat(answer.statusCode()).as(concrete + ": " + answer.body()).isEqualTo(200);
                asked.add(concrete);
            }
        });
        assertThat(asked).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void swaggerUiIsServedByTheApplication() {
        HttpResponse<String> ui = new DemoHttp(port).get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
