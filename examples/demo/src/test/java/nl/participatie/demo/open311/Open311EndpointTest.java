package nl.participatie.demo.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CampaignStep;
import nl.participatie.buurtschouw.open311.Open311Error;
import nl.participatie.buurtschouw.open311.Open311Format;
import nl.participatie.buurtschouw.open311.ServiceRequest;
import nl.participatie.buurtschouw.open311.ServiceRequestCreated;
import nl.participatie.core.value.StreamId;
import nl.participatie.demo.StreamIndex;
import nl.participatie.demo.api.DemoHttp;
import nl.participatie.demo.api.DemoOnH2;
import nl.participatie.examples.buurtschouw.IndischeBuurt;

/**
 * The Open311 GeoReport v2 endpoint as an Open311 client sees it over HTTP: discovery, the service list, a POST of a
 * report that then reads back in JSON and XML, the filters of GET Service Requests, and the spec's errors with the
 * library's codes for an unknown service and bad input. Answers are read with the library's own Open311 readers.
 */
@DemoOnH2
class Open311EndpointTest {

    private static final Open311Format OPEN311 = new Open311Format();

    @Value("${local.server.port}")
    int port;

    private DemoHttp http() {
        return new DemoHttp(port);
    }

    private static Map<String, String> report(String serviceCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("service_code", serviceCode);
        form.put("lat", Double.toString(IndischeBuurt.JAVAPLEIN.latitude()));
        form.put("long", Double.toString(IndischeBuurt.JAVAPLEIN.longitude()));
        form.put("description", "Bank op de stoep bij het Javaplein");
        form.put("email", "bewoner@example.org");
        form.put("first_name", "Fatima");
        return form;
    }

    @Test
    void discoveryNamesTheGeoReportEndpointInBothFormats() {
        HttpResponse<String> json = http().get("/open311/v2/discovery.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.body()).contains("\"specification\":\"http://wiki.open311.org/GeoReport_v2\"")
                .contains("\"url\":\"http://localhost:" + port + "/open311/v2/\"").contains("\"formats\":[\"text/xml\",\"application/json\"]");

        HttpResponse<String> xml = http().get("/open311/v2/discovery.xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        assertThat(xml.body()).startsWith("<?xml").contains("<discovery>").contains("<endpoints><endpoint>")
                .contains("<formats><format>text/xml</format><format>application/json</format></formats>");
    }

    @Test
    void theServiceListAndADefinitionComeFromTheCategoryTree() {
        List<nl.participatie.buurtschouw.open311.Service> services = OPEN311.readServicesJson(http().get("/open311/v2/services.json").body());
        assertThat(services).extracting(nl.participatie.buurtschouw.open311.Service::serviceCode).contains("grofvuil");
        assertThat(OPEN311.readServicesXml(http().get("/open311/v2/services.xml").body())).isEqualTo(services);
        assertThat(OPEN311.readServiceDefinitionXml(http().get("/open311/v2/services/grofvuil.xml").body()).attributes())
                .extracting(a -> a.code()).containsExactly("kind", "quality_level");
    }

    @Test
    void aPostedReportReadsBackInJsonAndXmlWithoutWhatTheResidentWroteOrWhoTheyAre() {
        HttpResponse<String> posted = http().postForm("/open311/v2/requests.json", report("grofvuil"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        ServiceRequestCreated created = OPEN311.readCreatedJson(posted.body()).get(0);
        String id = created.serviceRequestId();
        assertThat(id).isNotBlank();

        HttpResponse<String> json = http().get("/open311/v2/requests/" + id + ".json");
        assertThat(json.statusCode()).isEqualTo(200);
        ServiceRequest request = OPEN311.readRequestsJson(json.body()).get(0);
        assertThat(request.serviceRequestId()).isEqualTo(id);
        assertThat(request.serviceCode()).isEqualTo("grofvuil");
        assertThat(request.status()).isEqualTo("open");
        assertThat(request.description()).isNull();
        assertThat(json.body()).doesNotContain("Javaplein").doesNotContain("Fatima").doesNotContain("example.org");

        HttpResponse<String> xml = http().get("/open311/v2/requests/" + id + ".xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        assertThat(OPEN311.readRequestsXml(xml.body())).containsExactly(request);
    }

    @Test
    void aReportPostedWhereACampaignIsOnItsWalkShowsOnThatCampaignsMap(@Autowired StreamIndex index, @Autowired Buurtschouw schouw) {
        List<StreamId> walking = index.of(BuurtschouwWorkflow.CAMPAIGNS.streamType()).stream()
                .filter(c -> schouw.campaigns().load(c).step() == CampaignStep.WALK).toList();
        assertThat(walking).as("the demo's campaign open for reports, in the Indische Buurt").hasSize(1);

        HttpResponse<String> posted = http().postForm("/open311/v2/requests.json", report("grofvuil"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String id = OPEN311.readCreatedJson(posted.body()).get(0).serviceRequestId();

        HttpResponse<String> page = http().get("/i/" + walking.get(0).type() + "/" + walking.get(0).id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("a pin on the campaign's map").contains("href=\"/i/" + BuurtschouwWorkflow.REPORTS.streamType() + "/" + id + "\"");
    }

    @Test
    void thePostAnswersInXmlWhenAskedSo() {
        HttpResponse<String> posted = http().postForm("/open311/v2/requests.xml", report("grofvuil"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(OPEN311.readCreatedXml(posted.body())).singleElement().satisfies(c -> assertThat(c.serviceRequestId()).isNotBlank());
    }

    @Test
    void theFiltersSelectByServiceCodeAndStatus() {
        String id = OPEN311.readCreatedJson(http().postForm("/open311/v2/requests.json", report("grofvuil")).body()).get(0).serviceRequestId();

        List<ServiceRequest> open = OPEN311.readRequestsJson(http().get("/open311/v2/requests.json?service_code=grofvuil&status=open").body());
        assertThat(open).extracting(ServiceRequest::serviceRequestId).contains(id);
        assertThat(open).allSatisfy(r -> {
            assertThat(r.serviceCode()).isEqualTo("grofvuil");
            assertThat(r.status()).isEqualTo("open");
        });
        List<ServiceRequest> closed = OPEN311.readRequestsJson(http().get("/open311/v2/requests.json?status=closed").body());
        assertThat(closed).extracting(ServiceRequest::serviceRequestId).doesNotContain(id);
        assertThat(OPEN311.readRequestsXml(http().get("/open311/v2/requests.xml?service_request_id=" + id).body()))
                .extracting(ServiceRequest::serviceRequestId).containsExactly(id);
    }

    @Test
    void anUnknownServiceCodeIsTheSpecs404InBothFormats() {
        HttpResponse<String> json = http().postForm("/open311/v2/requests.json", report("bestaat-niet"));
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(OPEN311.readErrorsJson(json.body())).extracting(Open311Error::code).containsExactly("404");

        HttpResponse<String> xml = http().get("/open311/v2/services/bestaat-niet.xml");
        assertThat(xml.statusCode()).isEqualTo(404);
        assertThat(OPEN311.readErrorsXml(xml.body())).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("404");
            assertThat(e.description()).contains("service_code");
        });
        assertThat(http().get("/open311/v2/requests/bestaat-niet.json").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsTheSpecs400WithoutEchoingIt() {
        Map<String, String> form = report("grofvuil");
        form.put("lat", "<b>noordpool</b>");
        HttpResponse<String> coordinates = http().postForm("/open311/v2/requests.json", form);
        assertThat(coordinates.statusCode()).isEqualTo(400);
        assertThat(OPEN311.readErrorsJson(coordinates.body())).extracting(Open311Error::code).containsExactly("400");
        assertThat(coordinates.body()).doesNotContain("noordpool");

        HttpResponse<String> dates = http().get("/open311/v2/requests.xml?start_date=2026-06-01&end_date=2026-01-01");
        assertThat(dates.statusCode()).isEqualTo(400);
        assertThat(OPEN311.readErrorsXml(dates.body())).extracting(Open311Error::code).containsExactly("400");
    }

    @Test
    void aQualityScoreOutsideTheCampaignsWalkIsRefusedWithTheWorkflowsRule() {
        Map<String, String> form = report("grofvuil");
        form.put("attribute[kind]", "quality_assessment");
        form.put("attribute[quality_level]", "D");
        HttpResponse<String> refused = http().postForm("/open311/v2/requests.json", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(OPEN311.readErrorsJson(refused.body())).isNotEmpty().allSatisfy(e -> {
            assertThat(e.code()).isEqualTo("400");
            assertThat(e.description()).isNotBlank();
        });
    }

    /**
     * The example requests of the GeoReport v2 specification, as a client written against it sends them: its
     * jurisdiction and api_key are taken and ignored, its dates and filters are understood, and its service codes
     * (San Francisco's) are not this municipality's, which is the spec's 404.
     */
    @Test
    void theSpecsExampleRequestsGetTheSpecsAnswers() {
        HttpResponse<String> services = http().get("/open311/v2/services.xml?jurisdiction_id=city.gov");
        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(OPEN311.readServicesXml(services.body())).isNotEmpty();

        HttpResponse<String> definition = http().get("/open311/v2/services/033.xml?jurisdiction_id=city.gov");
        assertThat(definition.statusCode()).isEqualTo(404);
        assertThat(OPEN311.readErrorsXml(definition.body())).extracting(Open311Error::code).containsExactly("404");

        HttpResponse<String> requests = http().get("/open311/v2/requests.xml?start_date=2010-05-24T00:00:00Z&end_date=2010-06-24T00:00:00Z&status=open");
        assertThat(requests.statusCode()).isEqualTo(200);
        assertThat(OPEN311.readRequestsXml(requests.body())).isEmpty();

        Map<String, String> post = new LinkedHashMap<>();
        post.put("api_key", "xyz");
        post.put("service_code", "001");
        post.put("lat", "37.76524078");
        post.put("long", "-122.4212043");
        post.put("address_string", "1234 5th street");
        post.put("email", "smit333@sfgov.edu");
        post.put("device_id", "tt222111");
        post.put("account_id", "123456");
        post.put("first_name", "john");
        post.put("last_name", "smith");
        post.put("phone", "111111111");
        post.put("description", "A large sinkhole is destroying the street");
        post.put("media_url", "http://example.com/image.jpg");
        HttpResponse<String> created = http().postForm("/open311/v2/requests.xml", post);
        assertThat(created.statusCode()).isEqualTo(404);
        assertThat(OPEN311.readErrorsXml(created.body())).extracting(Open311Error::code).containsExactly("404");

        post.put("service_code", "grofvuil");
        post.put("lat", Double.toString(IndischeBuurt.JAVAPLEIN.latitude()));
        post.put("long", Double.toString(IndischeBuurt.JAVAPLEIN.longitude()));
        HttpResponse<String> here = http().postForm("/open311/v2/requests.xml", post);
        assertThat(here.statusCode()).as(here.body()).isEqualTo(201);
        assertThat(OPEN311.readCreatedXml(here.body())).singleElement().satisfies(c -> assertThat(c.serviceNotice()).isNotBlank());
    }
}
