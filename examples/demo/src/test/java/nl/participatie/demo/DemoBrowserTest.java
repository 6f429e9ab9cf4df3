package nl.participatie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo clicked through in a real browser as the personas, one story per method, each ending in what the page
 * shows; every page visited is screenshot to target/screenshots and checked with axe-core (WCAG 2.1 AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        browser = Browser.on("http://localhost:" + port);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyOverviewAndDemoInstancePassesAxeInBothLanguages() {
        browser.open("/", "home");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("De vijf methoden");
        for (String method : List.of("burgers-aan-het-stuur", "buurtschouw", "youth-manifesto", "budgetmonitoring", "samenspel")) {
            browser.open("/" + method, method);
        }
        browser.open("/i/burgersaanhetstuur.initiative/moestuin-zuidoost", "initiative-moestuin");
        assertThat(browser.text("verification")).startsWith("Gecontroleerd:");
        assertThat(browser.driver().findElement(By.id("chain")).getText()).contains("buurtschouw.report/idee-1", "budgetmonitoring.budget-round/zuidoost-1");
        browser.open("/i/buurtschouw.campaign/ib-1", "campaign-indische-buurt");
        browser.open("/i/buurtschouw.report/ib-2", "report-indische-buurt");
        browser.open("/i/youthmanifesto.group/kanaleneiland-2026", "manifesto-group");
        browser.open("/i/samenspel.trajectory/waddinxveen-2026", "trajectory");
        browser.open("/i/budgetmonitoring.budget-round/zuidoost-1", "budget-round");
        browser.open("/?lang=en", "home-en");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("The five methods");
        browser.open("/i/burgersaanhetstuur.initiative/moestuin-zuidoost", "initiative-moestuin-en");
        assertThat(browser.text("verification")).startsWith("Verified:");
        browser.open("/?lang=nl", "home-nl-again");
    }

    @Test
    void aResidentFilesAReportOnTheMapTheCivilServantHandlesItAndTheResidentSeesTheFeedback() {
        browser.open("/buurtschouw", "buurtschouw");
        browser.playAs("RESIDENT");
        WebElement open = browser.driver().findElements(By.xpath("//tr[td[normalize-space()='WALK']]//a")).get(0);
        open.click();
        browser.checkPage("campaign-open");
        // A click on the map, in Indische Buurt Oost, fills in the coordinates.
        WebElement map = browser.driver().findElement(By.id("map"));
        new Actions(browser.driver()).moveToElement(map, 150, 40).click().perform();
        assertThat(browser.driver().findElement(By.id("report-latitude")).getDomProperty("value")).startsWith("52.36");
        assertThat(browser.driver().findElement(By.id("report-longitude")).getDomProperty("value")).startsWith("4.9");
        browser.fire("file-report", Map.of("kind", "PROBLEM", "category", "afval/container-is-vol",
                "description", "Zakken naast de container <b>vol</b>"), "report-filed");
        assertThat(browser.refusal()).isEmpty();
        assertThat(browser.text("report-step")).isEqualTo("REPORTED");
        assertThat(browser.text("report-text")).isEqualTo("Zakken naast de container <b>vol</b>");
        assertThat(browser.text("feedback")).isEqualTo("Nog geen terugkoppeling.");
        String report = browser.driver().getCurrentUrl();

        browser.playAs("CIVIL_SERVANT");
        browser.checkPage("report-as-civil-servant");
        browser.fire("cmd-Handle", Map.of("message", "De container is geleegd en wordt vaker opgehaald."), "report-handled");
        assertThat(browser.text("report-step")).isEqualTo("HANDLED");

        browser.playAs("RESIDENT");
        browser.driver().get(report);
        browser.checkPage("report-feedback");
        assertThat(browser.text("feedback")).isEqualTo("De container is geleegd en wordt vaker opgehaald.");
    }

    @Test
    void aResidentMovesANewInitiativeThroughAWholeCycleIntoTheNextAndAForgedCommandIsRefused() {
        browser.open("/burgers-aan-het-stuur", "bahs");
        browser.playAs("RESIDENT");
        browser.fire("new-StartInitiative", Map.of("title", "Groene Javastraat", "neighbourhood", "BU03633101"), "initiative-started");
        assertThat(browser.text("initiative-title")).isEqualTo("Groene Javastraat");
        LocalDate soon = LocalDate.now().plusDays(30);
        step("DescribeSituation", Map.of("description", "Veel tegels, weinig groen", "affected", "bewoners van de Javastraat"));
        step("RecordAsset", Map.of("kind", "PLACE", "description", "Het plein bij de bibliotheek"));
        step("AdvanceStep", Map.of("to", "GOALS"));
        step("SetGoal", Map.of("title", "Meer groen in de straat", "theme", "LIVEABILITY"));
        step("AdvanceStep", Map.of("to", "ACTION_PLAN"));
        step("PlanAction", Map.of("goal", "1", "title", "Geveltuinen aanleggen", "deadline", soon.toString()));
        step("AdvanceStep", Map.of("to", "MEASURABLE_RESULTS"));
        step("DefineIndicator", Map.of("goal", "1", "name", "Geveltuinen", "unit", "tuinen", "kind", "HOW_MUCH", "baseline", "0",
                "target", "10", "firstMeasurement", soon.toString(), "targetDate", soon.plusDays(60).toString(), "method", "tellen"));
        step("AdvanceStep", Map.of("to", "EXECUTION"));
        step("StartAction", Map.of("action", "1"));
        step("FinishAction", Map.of("action", "1", "note", "Twaalf tuinen"));
        step("AdvanceStep", Map.of("to", "MEASUREMENT"));
        step("RecordMeasurement", Map.of("indicator", "1", "value", "12", "measuredOn", LocalDate.now().toString(), "source", "telling"));
        step("AdvanceStep", Map.of("to", "ACCOUNTABILITY"));
        assertThat(browser.text("initiative-step")).isEqualTo("ACCOUNTABILITY");
        assertThat(browser.text("accountability")).contains("Groene Javastraat", "Geveltuinen");
        assertThat(browser.driver().findElements(By.cssSelector(".steps li.current"))).singleElement()
                .satisfies(li -> assertThat(li.getText()).startsWith("ACCOUNTABILITY"));

        // An entrepreneur is no member of this initiative: no form to advance it, and a forged one is refused.
        browser.playAs("ENTREPRENEUR");
        assertThat(browser.driver().findElements(By.id("cmd-AdvanceStep"))).isEmpty();
        browser.submitForged("""
                const f = document.createElement('form'); f.method = 'post'; f.action = location.pathname + '/do/AdvanceStep';
                const i = document.createElement('input'); i.name = 'to'; i.value = 'NEW_GOALS'; f.appendChild(i);
                document.body.appendChild(f); f.submit();""");
        browser.checkPage("initiative-forged");
        assertThat(browser.refusal()).contains("workflow.");
        assertThat(browser.text("initiative-step")).isEqualTo("ACCOUNTABILITY");

        // The cycle closes: the residents account for it, the municipality acknowledges, and the next cycle opens.
        browser.playAs("RESIDENT");
        step("RecordLesson", Map.of("lesson", "Vraag de buren eerder"));
        step("AcceptReport", Map.of("note", "Wij staan achter dit verslag"));
        browser.playAs("CIVIL_SERVANT");
        step("AcknowledgeReport", Map.of("note", "Ontvangen en besproken met de wijkregisseur"));
        browser.playAs("RESIDENT");
        step("AdvanceStep", Map.of("to", "NEW_GOALS"));
        step("SetGoal", Map.of("title", "Een buurtmoestuin", "theme", "LIVEABILITY"));
        step("OpenNextCycle", Map.of("restartAt", "GOALS", "keepGoals", "1", "keepActions", "", "keepIndicators", ""));
        assertThat(browser.text("initiative-step")).isEqualTo("GOALS");
        assertThat(browser.text("initiative-cycle")).isEqualTo("2");
        assertThat(browser.driver().findElements(By.cssSelector("#workflow-diagram svg .current")))
                .as("the current step marked in the drawn diagram").isNotEmpty()
                .allSatisfy(node -> assertThat(node.getText()).contains("GOALS"));
    }

    @Test
    void theManifestoAndItsPromiseTrackerShowAndAMotieOnAClosedGroupIsRefused() {
        browser.open("/i/youthmanifesto.group/kanaleneiland-2026", "manifesto-group-before");
        browser.playAs("YOUNG_PARTICIPANT");
        assertThat(browser.text("manifesto")).contains("Een plek voor jongeren na 21 uur");
        assertThat(browser.text("tracker")).contains("Buurthuis open tot 23 uur");
        assertThat(browser.text("topics")).contains("Eerlijke kans op een bijbaan");
        // The demo's group is closed: the griffie gets no form, and a forged motie is refused by the workflow.
        browser.playAs("GRIFFIE");
        assertThat(browser.driver().findElements(By.id("motie"))).isEmpty();
        browser.submitForged("""
                const f = document.createElement('form'); f.method = 'post'; f.action = '/youth-manifesto/kanaleneiland-2026/motie';
                for (const [k, v] of Object.entries({title: 'Jongerenraad', votedOn: '2026-11-01', result: 'ADOPTED',
                        votes: 'GroenLinks:9:0', actions: '1'})) {
                  const i = document.createElement('input'); i.name = k; i.value = v; f.appendChild(i);
                }
                document.body.appendChild(f); f.submit();""");
        browser.checkPage("manifesto-motie-refused");
        assertThat(browser.refusal()).contains("RecordCouncilResponse", "CLOSED", "workflow.step-not-allowed");
    }

    @Test
    void theLastYoungParticipantVotesTheManifestoThroughAndTheGriffieRegistersAMotieThatShowsInTheTracker() {
        browser.open("/i/youthmanifesto.group/overvecht-2026", "manifesto-at-voting");
        browser.playAs("YOUNG_PARTICIPANT");
        assertThat(browser.driver().findElements(By.id("manifesto"))).isEmpty();
        browser.fire("cmd-VoteOnDraft", Map.of("inFavour", "true"), "manifesto-voted");
        assertThat(browser.refusal()).isEmpty();

        browser.playAs("FACILITATOR");
        browser.fire("cmd-AdvanceStep", Map.of("stage", "5"), "manifesto-approved");
        assertThat(browser.refusal()).isEmpty();
        assertThat(browser.text("manifesto")).contains("Licht onder het viaduct aan de Einsteindreef", "Het sportveld open tot 22 uur",
                "Vijftig stageplekken bij bedrijven in Overvecht");
        browser.fire("cmd-HandOver", Map.of("on", LocalDate.now().toString(), "meeting", "raadsvergadering",
                "receivedBy", "de voorzitter van de raad"), "manifesto-handed-over");
        assertThat(browser.refusal()).isEmpty();
        browser.fire("cmd-AdvanceStep", Map.of("stage", "6"), "manifesto-council-response");
        assertThat(browser.refusal()).isEmpty();

        browser.playAs("GRIFFIE");
        browser.fire("motie", Map.of("title", "Sportveld open tot 22 uur", "votedOn", LocalDate.now().toString(), "result", "ADOPTED",
                "submittedBy", "GroenLinks", "votes", "GroenLinks:10:0; VVD:0:6", "actions", "2"), "manifesto-motie");
        assertThat(browser.refusal()).isEmpty();
        assertThat(browser.text("tracker")).contains("Sportveld open tot 22 uur");
    }

    @Test
    void theGriffiePresentsTheAlternativeBudgetAndRecordsTheCouncilAdoptingPartOfIt() {
        browser.open("/i/budgetmonitoring.budget-round/zuidoost-herzien", "budget-round-submitted");
        assertThat(browser.text("decision")).isEqualTo("Nog niet besloten.");
        browser.playAs("GRIFFIE");
        browser.fire("cmd-PresentToCouncil", Map.of("form", "AMENDMENTS", "meeting", LocalDate.now().toString(),
                "document", "AM-DEMO-1"), "budget-round-presented");
        assertThat(browser.refusal()).isEmpty();
        browser.fire("council-decision", Map.of("outcome-1", "ADOPTED_AMENDED", "amount-1", "250000", "reason-1", "Geleidelijke afbouw",
                "amendment-1", "AM-DEMO-1", "outcome-2", "REJECTED", "amount-2", "0", "reason-2", "Geen dekking",
                "amendment-2", "AM-DEMO-2"), "budget-round-decided");
        assertThat(browser.refusal()).isEmpty();
        assertThat(browser.text("decision")).contains("#1: ADOPTED_AMENDED", "250.000", "#2: REJECTED", "Geen dekking");
        assertThat(browser.driver().findElements(By.id("council-decision"))).isEmpty();
    }

    @Test
    void theBudgetRoundShowsItsComparisonAndMonitoringAsChartsAndTables() {
        browser.open("/i/budgetmonitoring.budget-round/zuidoost-1", "budget-round-charts");
        assertThat(browser.driver().findElements(By.cssSelector(".chart svg"))).hasSize(2);
        assertThat(browser.text("decision")).contains("ADOPTED");
        assertThat(browser.text("monitoring")).contains("armoedefonds-zuidoost", "UNDERSPENDING");
    }

    @Test
    void theFacilitatorClosesAPhaseWithTheResidentsAdviceUnansweredAndThePromiseCheckShowsItBroken() {
        browser.open("/i/samenspel.trajectory/waddinxveen-vervolg", "trajectory-in-progress");
        assertThat(browser.text("promise-check")).doesNotContain("BROKEN").contains("OPEN");
        assertThat(browser.text("promise-count")).endsWith(" 0 geschonden");
        browser.playAs("FACILITATOR");
        browser.fire("cmd-ClosePhase", Map.of(), "trajectory-phase-closed");
        assertThat(browser.refusal()).isEmpty();
        // The residents' advice is unanswered when the phase closes: the promise of advice to them is broken.
        assertThat(browser.driver().findElements(By.xpath("//table[@id='promise-check']//tr[td[2]='RESIDENTS' and td[4]='BROKEN']")))
                .isNotEmpty();
        assertThat(browser.text("promise-count")).matches("\\d+ nagekomen, \\d+ open, [1-9]\\d* geschonden");
        assertThat(browser.driver().findElements(By.cssSelector("#design-diagram svg"))).as("the design drawn").hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("#workflow-diagram svg"))).as("the workflow drawn").hasSize(1);
    }

    @Test
    void theTrajectoryShowsItsPhasesAndABrokenPromise() {
        browser.open("/i/samenspel.trajectory/waddinxveen-2026", "trajectory-promises");
        assertThat(browser.text("promise-check")).contains("BROKEN");
        assertThat(browser.text("promise-count")).matches("\\d+ nagekomen, \\d+ open, [1-9]\\d* geschonden");
    }

    private void step(String command, Map<String, String> values) {
        browser.fire("cmd-" + command, values, "initiative-" + command);
        assertThat(browser.refusal()).as(command).isEmpty();
    }
}
