package nl.participatie.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.StartRound;
import nl.participatie.budgetmonitoring.DecisionMode;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportCommand.StartHandling;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.demo.DemoData;
import nl.participatie.demo.Persona;
import nl.participatie.examples.buurtschouw.IndischeBuurt;
import nl.participatie.samenspel.DesignTemplate;
import nl.participatie.samenspel.TrajectoryCommand.DraftTrajectory;
import nl.participatie.samenspel.json.DesignTemplates;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.StartGroup;
import nl.participatie.youthmanifesto.ProcessingBasis;
import nl.participatie.youthmanifesto.VotingMethod;

/**
 * The JSON API over HTTP: given the demo's data, when a persona sends a command in the library's JSON, then the
 * events it recorded and the state, or the library's rejection as problem details; one command per method, a
 * civil servant handling a resident's report, a rejection, a forged role and a command outside the persona's role.
 */
@DemoOnH2
class JsonApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPLICATION_JSON = "application/json";

    @Value("${local.server.port}")
    int port;

    private DemoHttp http() {
        return new DemoHttp(port);
    }

    /** The library's JSON of a command, with its type id, as a client builds it. */
    private static String json(Object command) {
        return ParticipatieJson.defaults().write(command);
    }

    private HttpResponse<String> start(String process, Persona persona, Object command) {
        return http().post("/api/" + process, APPLICATION_JSON, json(command), ApiController.PERSONA, persona.name());
    }

    private static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private String fileReport() {
        HttpResponse<String> filed = start("buurtschouw/report", Persona.RESIDENT, FileReport.problem(CategoryCode.of("afval", "grofvuil"),
                "Bank op de stoep", IndischeBuurt.JAVAPLEIN, Persona.RESIDENT.person(), null));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return body(filed).get("id").asText();
    }

    @Test
    void theApiListsEveryProcessWithItsCommandsTypeIds() {
        JsonNode processes = body(http().get("/api"));
        assertThat(processes.findValuesAsText("streamType")).containsExactlyInAnyOrder("burgersaanhetstuur.initiative",
                "buurtschouw.campaign", "buurtschouw.report", "youthmanifesto.group", "budgetmonitoring.budget-round", "samenspel.trajectory");
        assertThat(processes.toString()).contains("buurtschouw.file-report.v2").contains("\"path\":\"/api/buurtschouw/report\"");
        assertThat(body(http().get("/api/samenspel/trajectory")).toString()).contains(DemoData.TRAJECTORY.id());
    }

    @Test
    void aCivilServantHandlesAResidentsReport() {
        String id = fileReport();
        String command = "{\"@type\":\"buurtschouw.start-handling.v1\",\"message\":{\"en\":\"We are on it.\",\"nl\":\"We gaan ermee aan de slag.\"}}";
        HttpResponse<String> handled = http().post("/api/buurtschouw/report/" + id + "/commands", APPLICATION_JSON, command,
                ApiController.PERSONA, "CIVIL_SERVANT");
        assertThat(handled.statusCode()).as(handled.body()).isEqualTo(200);
        assertThat(body(handled).get("events").get(0).get("event").get("@type").asText()).isEqualTo("buurtschouw.status-changed.v1");
        assertThat(body(handled).get("state").get("step").asText()).isEqualTo("IN_PROGRESS");

        assertThat(body(http().get("/api/buurtschouw/report/" + id)).get("step").asText()).isEqualTo("IN_PROGRESS");
        JsonNode events = body(http().get("/api/buurtschouw/report/" + id + "/events"));
        assertThat(events).hasSize(2);
        assertThat(events.get(1).get("actor").toString()).contains("CIVIL_SERVANT");
        JsonNode verified = body(http().get("/api/buurtschouw/report/" + id + "/verify"));
        assertThat(verified.get("valid").asBoolean()).isTrue();
    }

    @Test
    void oneCommandOfEachOtherMethodStartsAnInstance() {
        PersonId resident = Persona.RESIDENT.person();
        DesignTemplate waddinxveen = DesignTemplates.waddinxveen();
        List<HttpResponse<String>> started = List.of(
                start("burgersaanhetstuur/initiative", Persona.RESIDENT, new StartInitiative("Buurtbankjes",
                        NeighbourhoodCode.parse("BU02000301"), List.of(resident), null)),
                start("youthmanifesto/group", Persona.FACILITATOR, new StartGroup("Jongeren aan zet", MunicipalityCode.parse("GM0344"),
                        ProcessingBasis.CONSENT, VotingMethod.RANKING)),
                start("budgetmonitoring/budget-round", Persona.RESIDENT, new StartRound(MunicipalityCode.parse("GM0200"), 2026,
                        "begroting-2026", DecisionMode.VOTES, List.of(resident, PersonId.of("p-buur")))),
                start("samenspel/trajectory", Persona.FACILITATOR, new DraftTrajectory(waddinxveen.municipality(), waddinxveen.design())));
        for (HttpResponse<String> response : started) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode accepted = body(response);
            assertThat(accepted.get("events")).isNotEmpty();
            assertThat(accepted.get("state").get("step").asText()).isNotEqualTo("NEW");
        }
        assertThat(body(started.get(0)).get("state").get("step").asText()).isEqualTo("SITUATION");
        assertThat(body(started.get(1)).get("state").get("step").asText()).isEqualTo("RECRUITMENT");
        assertThat(body(started.get(2)).get("state").get("step").asText()).isEqualTo("DOMAIN_SELECTION");
        assertThat(body(started.get(3)).get("state").get("step").asText()).isEqualTo("DESIGN");
    }

    @Test
    void anInvalidCommandIsRejectedWithTheLibrarysViolations() {
        HttpResponse<String> rejected = start("burgersaanhetstuur/initiative", Persona.RESIDENT, new StartInitiative(" ",
                NeighbourhoodCode.parse("BU02000301"), List.of(Persona.RESIDENT.person()), null));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode violation = body(rejected).get("violations").get(0);
        assertThat(violation.get("code").asText()).isEqualTo("constraint.NotBlank");
        assertThat(violation.get("path").asText()).isEqualTo("title");
        assertThat(violation.get("message").asText()).isNotBlank();
    }

    @Test
    void aForgedRoleIsRefusedBeforeTheLibraryIsAsked() {
        String id = fileReport();
        String command = json(new StartHandling(LocalizedText.of("Opgepakt", "Picked up"), null));
        HttpResponse<String> forged = http().post("/api/buurtschouw/report/" + id + "/commands", APPLICATION_JSON, command,
                ApiController.PERSONA, "RESIDENT", ApiController.ROLE, "CIVIL_SERVANT");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(body(forged).get("violations").get(0).get("code").asText()).isEqualTo("demo.api.role-forged");
        assertThat(body(http().get("/api/buurtschouw/report/" + id + "/events"))).hasSize(1);
    }

    @Test
    void aCommandOutsideThePersonasRoleIsRefusedWithTheLibrarysMessage() {
        String id = fileReport();
        String command = json(new StartHandling(LocalizedText.of("Opgepakt", "Picked up"), null));
        HttpResponse<String> refused = http().post("/api/buurtschouw/report/" + id + "/commands", APPLICATION_JSON, command,
                ApiController.PERSONA, "RESIDENT");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(body(refused).get("violations").get(0).get("code").asText()).startsWith("workflow.");
        assertThat(body(http().get("/api/buurtschouw/report/" + id + "/events"))).hasSize(1);
    }

    @Test
    void unreadableJsonAndUnknownInstancesAreProblemsToo() {
        HttpResponse<String> unreadable = http().post("/api/buurtschouw/report", APPLICATION_JSON, "{\"@type\":\"buurtschouw.nope.v1\"}",
                ApiController.PERSONA, "RESIDENT");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(body(unreadable).get("violations")).isNotEmpty();
        assertThat(http().get("/api/buurtschouw/report/bestaat-niet").statusCode()).isEqualTo(404);
        assertThat(http().post("/api/buurtschouw/report", APPLICATION_JSON, "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void theChainOfTheDemosInitiativeRunsFromTheIdeaToTheBudget() {
        JsonNode chain = body(http().get("/api/burgersaanhetstuur/initiative/" + DemoData.CHAIN_INITIATIVE.id() + "/chain"));
        assertThat(chain.toString()).contains("buurtschouw.report").contains("budgetmonitoring.budget-round");
    }
}
