package nl.participatie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.value.StreamId;

/**
 * The demo without a browser: its data told once per database with verifying audit trails, its pages served, and a
 * forged command refused with the library's message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1")
class DemoApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoData data;
    @Autowired
    StreamIndex index;
    @Autowired
    List<ProcessEngine<?, ?, ?>> engines;

    @Test
    void theDemoDataAreToldOnceAndEveryAuditTrailVerifies() {
        int reports = index.of(BuurtschouwWorkflow.REPORTS.streamType()).size();
        int campaigns = index.of(BuurtschouwWorkflow.CAMPAIGNS.streamType()).size();
        assertThat(reports).isGreaterThan(5);
        assertThat(campaigns).isEqualTo(2);

        data.run(null);

        assertThat(index.of(BuurtschouwWorkflow.REPORTS.streamType())).hasSize(reports);
        assertThat(index.of(BuurtschouwWorkflow.CAMPAIGNS.streamType())).hasSize(campaigns);
        for (ProcessEngine<?, ?, ?> engine : engines) {
            for (StreamId s : index.of(engine.definition().streamType())) {
                assertThat(engine.verify(s).valid()).as("audit trail of %s", s).isTrue();
            }
        }
        assertThat(index.of(BurgersAanHetStuurWorkflow.INITIATIVES.streamType())).contains(DemoData.CHAIN_INITIATIVE);
    }

    @Test
    void theHomePageAndEveryMethodPageAreServedInDutchFirst() throws Exception {
        for (String path : List.of("/", "/burgers-aan-het-stuur", "/buurtschouw", "/youth-manifesto", "/budgetmonitoring", "/samenspel",
                "/i/burgersaanhetstuur.initiative/moestuin-zuidoost", "/i/samenspel.trajectory/waddinxveen-2026")) {
            HttpResponse<String> page = get(path, "");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html lang=\"nl\"");
        }
        assertThat(get("/", "").body()).contains("De vijf methoden");
        assertThat(get("/?lang=en", "").body()).contains("The five methods");
        assertThat(get("/i/burgersaanhetstuur.initiative/nothing-here", "").statusCode()).isEqualTo(404);
    }

    @Test
    void aForgedCommandIsRefusedWithTheLibrarysMessage() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base() + "/i/burgersaanhetstuur.initiative/moestuin-zuidoost/do/Close"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "demo-persona=GRIFFIE")
                .POST(HttpRequest.BodyPublishers.ofString("reason=vervalst")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(page.headers().firstValue("Location").orElseThrow()))
                .header("Cookie", "demo-persona=GRIFFIE").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.body()).contains("Griffie heeft geen rol in deze methode");

        page = client.send(HttpRequest.newBuilder(URI.create(base() + "/i/burgersaanhetstuur.initiative/moestuin-zuidoost/do/Close"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "demo-persona=ENTREPRENEUR")
                .POST(HttpRequest.BodyPublishers.ofString("reason=vervalst")).build(), HttpResponse.BodyHandlers.ofString());
        after = client.send(HttpRequest.newBuilder(URI.create(page.headers().firstValue("Location").orElseThrow()))
                .header("Cookie", "demo-persona=ENTREPRENEUR").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.body()).contains("workflow.");
        assertThat(get("/i/burgersaanhetstuur.initiative/moestuin-zuidoost", "").body()).contains("<dd id=\"initiative-step\">EXECUTION</dd>");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
