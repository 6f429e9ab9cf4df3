package nl.participatie.buurtschouw.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CampaignRules;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.CategoryTree;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.ReportStep;
import nl.participatie.buurtschouw.SignalenStatus;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.Violation;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.Spec;

/** Reports to and from Open311: service requests, the service list, POSTed forms, errors. */
class Open311MappingTest {

    /** A back office's mapping: with what the resident wrote, on a grid of one metre. */
    static final Open311Mapping MAPPING = Open311Mapping.defaults().withResidentContent(true).withCoordinateGrid(1);
    static final GeoPoint JAVASTRAAT = GeoPoint.of(52.3626, 4.9378);
    static final Open311Format FORMAT = new Open311Format();
    static final PersonId ANNA = PersonId.of("p-anna");
    static final Actor REPORTER = Actor.of(ANNA, BuurtschouwWorkflow.REPORTER);
    static final Actor OFFICER = Actor.of("p-officer", BuurtschouwWorkflow.CIVIL_SERVANT);
    static final CategoryCode CONTAINER = CategoryCode.of("afval", "container-is-vol");

    static Spec<ReportCommand, ReportEvent, Report> filed() {
        return Spec.of(BuurtschouwWorkflow.REPORTS).given(REPORTER, FileReport.problem(CONTAINER, "De container is vol",
                        GeoPoint.of(52.3626, 4.9378), ANNA, null)
                .withAddress("Javastraat 12", Postcode.parse("1094 HA")).withPhotos(List.of(URI.create("https://foto.example/1.jpg"))));
    }

    @Test
    void aReportIsAServiceRequestWithTheFinerStateInTheNotes() {
        Spec<ReportCommand, ReportEvent, Report> spec = filed().given(OFFICER,
                new ReportCommand.StartHandling(LocalizedText.of("We gaan ermee aan de slag.", "We are working on it."), null));
        ServiceRequest request = MAPPING.toServiceRequest(spec.stream(), spec.state());
        assertThat(request).isEqualTo(new ServiceRequest("spec-1", "open", "Open: We gaan ermee aan de slag.", "Container is vol",
                "container-is-vol", "De container is vol", "Stadsreiniging",
                "Bedankt voor uw melding. Wij legen de container binnen 3 werkdagen.",
                OffsetDateTime.parse("2026-01-05T10:00:00+01:00"), OffsetDateTime.parse("2026-01-05T10:00:00+01:00"),
                OffsetDateTime.parse("2026-01-08T10:00:00+01:00"), "Javastraat 12", null, "1094 HA", JAVASTRAAT.coarsened(1).latitude(),
                JAVASTRAAT.coarsened(1).longitude(), "https://foto.example/1.jpg"));
        assertThat(FORMAT.requestsXml(List.of(request))).doesNotContain("p-anna");
        assertThat(MAPPING.stepOf(request)).as("the public view hides the finer state").isEqualTo(ReportStep.REPORTED);
    }

    @Test
    void aHandledReportIsClosedAtItsHandlingMoment() {
        Spec<ReportCommand, ReportEvent, Report> spec = filed().after(java.time.Duration.ofDays(2))
                .given(OFFICER, new ReportCommand.Handle(LocalizedText.of("De container is geleegd.", "The container was emptied.")));
        ServiceRequest request = Open311Mapping.of(CategoryTree.defaults(), DutchTime.ZONE, Locale.ENGLISH)
                .toServiceRequest(spec.stream(), spec.state());
        assertThat(request.status()).isEqualTo("closed");
        assertThat(request.statusNotes()).isEqualTo("Closed: The container was emptied.");
        assertThat(request.serviceName()).isEqualTo("Container is full");
        assertThat(request.updatedDatetime()).isEqualTo(OffsetDateTime.parse("2026-01-07T10:00:00+01:00"));
        assertThat(MAPPING.stepOf(request)).isEqualTo(ReportStep.HANDLED);
    }

    @Test
    void aRequestWithoutSignalenNotesFallsBackOnOpenOrClosed() {
        List<ServiceRequest> spec = FORMAT.readRequestsXml(Open311FormatTest.sample("requests.xml"));
        assertThat(MAPPING.stepOf(spec.get(0))).as("closed, 'Duplicate request.'").isEqualTo(ReportStep.HANDLED);
        assertThat(MAPPING.stepOf(spec.get(1))).isEqualTo(ReportStep.REPORTED);
    }

    @Test
    void aPublicServiceRequestShowsNothingTheResidentWroteAndOnlyTheCellOfTheLocation() {
        ServiceRequest shown = Open311Mapping.defaults().toServiceRequest(filed().stream(), filed().state());
        assertThat(shown.description()).isNull();
        assertThat(shown.address()).isNull();
        assertThat(shown.zipcode()).isNull();
        assertThat(shown.mediaUrl()).isNull();
        GeoPoint cell = JAVASTRAAT.coarsened(Open311Mapping.DEFAULT_GRID_METRES);
        assertThat(new GeoPoint(shown.lat(), shown.lon())).isEqualTo(cell);
        assertThat(cell.distanceMetres(JAVASTRAAT)).isGreaterThan(1).isLessThan(71);
        assertThat(FORMAT.requestsJson(List.of(shown))).doesNotContain("Javastraat", "1094", "foto.example", "container is vol");
    }

    @Test
    void anErasedReportShowsTheWordForErasedAndNoLocation() {
        Spec<ReportCommand, ReportEvent, Report> spec = filed();
        Report report = spec.state();
        Report erased = new Report(report.step(), report.kind(), report.category(), report.theme(), Erasable.erased(ANNA),
                Erasable.erased(ANNA), Erasable.erased(ANNA), Erasable.erased(ANNA), report.neighbourhood(),
                List.of(Erasable.erased(ANNA)), report.reporter(), report.campaign(), report.quality(), report.filedAt(),
                report.expectedBy(), report.firstResponseAt(), report.updatedAt(), report.closedAt(), report.lastMessage(),
                report.externalParty(), report.reactionDeadline(), report.surveyClosesAt(), report.satisfied(),
                report.duplicateOf(), report.supporters(), report.reopenCount(), report.duplicateIdeaOf(), report.readyToLead());
        ServiceRequest shown = MAPPING.toServiceRequest(spec.stream(), erased);
        assertThat(shown.description()).isEqualTo("[gewist]");
        assertThat(shown.address()).isNull();
        assertThat(shown.lat()).isNull();
        assertThat(shown.mediaUrl()).isNull();
    }

    @Test
    void aServiceRequestFromAnotherSystemBecomesAReportToFile() {
        Spec<ReportCommand, ReportEvent, Report> original = filed();
        ServiceRequest request = MAPPING.toServiceRequest(original.stream(), original.state());
        ServiceRequest received = FORMAT.readRequestsJson(FORMAT.requestsJson(List.of(request))).get(0);
        FileReport command = MAPPING.toFileReport(received, ANNA);
        Spec<ReportCommand, ReportEvent, Report> copy = Spec.of(BuurtschouwWorkflow.REPORTS);
        copy.given(REPORTER, command);
        ServiceRequest again = MAPPING.toServiceRequest(copy.stream(), copy.state());
        assertThat(again).isEqualTo(request);
    }

    @Test
    void theSpecsExampleRequestNeedsAKnownServiceCode() {
        ServiceRequest sanFrancisco = FORMAT.readRequestsXml(Open311FormatTest.sample("requests.xml")).get(0);
        assertThatThrownBy(() -> MAPPING.toFileReport(sanFrancisco, null)).isInstanceOfSatisfying(Open311Exception.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.errors()).containsExactly(Open311Error.of(404, "service_code is niet gevonden"));
            assertThat(e.reasons()).containsExactly(Open311Text.ERROR_NOT_FOUND);
        });
    }

    @Test
    void theCategoryTreeIsTheServiceList() {
        List<Service> services = MAPPING.services();
        assertThat(services).hasSize(CategoryTree.defaults().subCategories().size());
        assertThat(services.get(0)).isEqualTo(new Service("container-is-vol", "Container is vol",
                "Bedankt voor uw melding. Wij legen de container binnen 3 werkdagen.", true, "realtime", "Zwerfafval, 3 werkdagen", "Afval"));
        assertThat(FORMAT.readServicesXml(FORMAT.servicesXml(services))).isEqualTo(services);
        assertThat(FORMAT.readServicesJson(FORMAT.servicesJson(services))).isEqualTo(services);
    }

    @Test
    void aPostedFormBecomesACommandAndKeepsContactDetailsApart() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("api_key", List.of("xyz"));
        form.put("service_code", List.of("container-is-vol"));
        form.put("lat", List.of("52.3626"));
        form.put("long", List.of("4.9378"));
        form.put("address_string", List.of("Javastraat 12"));
        form.put("email", List.of("anna@example.org"));
        form.put("first_name", List.of("Anna"));
        form.put("phone", List.of(""));
        form.put("description", List.of("De container is vol"));
        form.put("media_url", List.of("https://foto.example/1.jpg"));
        Open311Mapping.Posted posted = MAPPING.fromPost(form, ANNA);
        assertThat(posted.contact()).containsOnlyKeys("email", "first_name");
        assertThat(posted.command().toString()).doesNotContain("anna@example.org").doesNotContain("Anna");
        Spec<ReportCommand, ReportEvent, Report> spec = Spec.of(BuurtschouwWorkflow.REPORTS);
        spec.given(REPORTER, posted.command());
        assertThat(FORMAT.createdXml(MAPPING.created(spec.stream(), spec.state()))).isEqualTo("<?xml version='1.0' encoding='UTF-8'?>"
                + "<service_requests><request><service_request_id>spec-1</service_request_id><service_notice>Bedankt voor uw melding. "
                + "Wij legen de container binnen 3 werkdagen.</service_notice></request></service_requests>");
    }

    @Test
    void aBadPostGetsEveryErrorAtOnce() {
        assertThatThrownBy(() -> MAPPING.fromPost(Map.of("address_string", List.of("Javastraat 12"),
                "description", List.of("x".repeat(4001)), "media_url", List.of("javascript:alert(1)")), null))
                .isInstanceOfSatisfying(Open311Exception.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.errors()).extracting(Open311Error::description).containsExactly("service_code ontbreekt",
                            "description is langer dan 4000 tekens", "media_url moet een http- of https-adres zijn",
                            "deze server zoekt address_string en address_id niet op: stuur lat en long");
                    assertThat(e.reasons()).containsExactly(Open311Text.ERROR_MISSING, Open311Text.ERROR_TOO_LONG,
                            Open311Text.ERROR_MEDIA_URL, Open311Text.ERROR_NO_GEOCODER);
                });
        assertThatThrownBy(() -> MAPPING.fromPost(Map.of("service_code", List.of("kernafval"), "lat", List.of("north"),
                "long", List.of("4.9")), null))
                .isInstanceOfSatisfying(Open311Exception.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.errors()).hasSize(2);
                });
        assertThatThrownBy(() -> MAPPING.fromPost(Map.of("service_code", List.of("grofvuil")), null))
                .isInstanceOfSatisfying(Open311Exception.class, e -> assertThat(e.errors())
                        .containsExactly(Open311Error.of(400, "een plaats is verplicht: lat en long, address_string of address_id")));
    }

    @Test
    void rejectionsBecomeOpen311Errors() {
        List<Violation> violations = Spec.of(BuurtschouwWorkflow.REPORTS)
                .when(REPORTER, FileReport.problem(CONTAINER, " ", GeoPoint.of(52.36, 4.93), ANNA, null)).violations();
        assertThat(MAPPING.errors(violations)).containsExactly(
                Open311Error.of(400, "description: een omschrijving is verplicht bij een probleem of idee"));
        assertThat(FORMAT.errorsJson(MAPPING.errors(violations))).startsWith("[{\"code\":\"400\",\"description\":\"description: ");
    }
}
