package nl.participatie.demo.open311;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.open311.Open311Error;
import nl.participatie.buurtschouw.open311.Open311Exception;
import nl.participatie.buurtschouw.open311.Open311Format;
import nl.participatie.buurtschouw.open311.Open311Mapping;
import nl.participatie.buurtschouw.open311.Open311Text;
import nl.participatie.buurtschouw.open311.ServiceRequest;
import nl.participatie.buurtschouw.open311.ServiceRequestCreated;
import nl.participatie.buurtschouw.open311.ServiceRequestQuery;
import nl.participatie.core.Outcome;
import nl.participatie.core.text.Catalogue;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.demo.DemoData;

/**
 * The Open311 GeoReport v2 endpoint (<i>Open311-koppeling</i>) at {@code /open311/v2/}: discovery, the service list,
 * service definitions, GET and POST service requests and one request, each as {@code .json} or {@code .xml}, backed
 * by the Buurtschouw module's {@link Open311Mapping} and {@link Open311Format}: the demo only routes HTTP to them and
 * keeps the contact fields of a POST in the personal-data store. Errors are the spec's list of {@code code} and
 * {@code description} with the library's status (400 or 404).
 */
@RestController
@RequestMapping("/open311/v2")
public class Open311Controller {

    /** The XML content type the spec names. */
    static final MediaType TEXT_XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Buurtschouw buurtschouw;
    private final Open311Mapping mapping;
    private final Open311Format format = new Open311Format(DUTCH);
    private final ReportDirectory reports;
    private final PersonalDataStore people;
    private final Clock clock;

    public Open311Controller(Buurtschouw buurtschouw, ReportDirectory reports, PersonalDataStore people) {
        this.buurtschouw = buurtschouw;
        this.mapping = buurtschouw.open311();
        this.reports = reports;
        this.people = people;
        this.clock = Clock.systemUTC();
    }

    /** The service discovery document: this one endpoint, production, both formats. */
    @GetMapping("/discovery.{format}")
    public ResponseEntity<String> discovery(@PathVariable String format,
                                            org.springframework.web.util.UriComponentsBuilder base) {
        Format f = Format.of(format);
        Open311Discovery discovery = Open311Discovery.of(base.replacePath("/open311/v2/").replaceQuery(null).build().toUriString());
        return f.ok(f == Format.JSON ? discovery.json() : discovery.xml());
    }

    /** GET Service List. */
    @GetMapping("/services.{format}")
    public ResponseEntity<String> services(@PathVariable String format) {
        Format f = Format.of(format);
        return f.ok(f == Format.JSON ? this.format.servicesJson(mapping.services()) : this.format.servicesXml(mapping.services()));
    }

    /** GET Service Definition. */
    @GetMapping("/services/{code}.{format}")
    public ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
        Format f = Format.of(format);
        var definition = mapping.serviceDefinition(code);
        return f.ok(f == Format.JSON ? this.format.serviceDefinitionJson(definition) : this.format.serviceDefinitionXml(definition));
    }

    /** GET Service Requests, with the spec's filters. */
    @GetMapping("/requests.{format}")
    public ResponseEntity<String> requests(@PathVariable String format, @RequestParam MultiValueMap<String, String> parameters) {
        Format f = Format.of(format);
        ServiceRequestQuery query = mapping.query(parameters, clock.instant());
        List<ServiceRequest> found = mapping.select(query, reports.matching(query));
        return f.ok(f == Format.JSON ? this.format.requestsJson(found) : this.format.requestsXml(found));
    }

    /** GET Service Request: a list of one, or 404. */
    @GetMapping("/requests/{id}.{format}")
    public ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
        Format f = Format.of(format);
        Report report = reports.find(id).orElseThrow(() -> notFound("service_request_id"));
        List<ServiceRequest> one = List.of(mapping.toServiceRequest(reports.stream(id).orElseThrow(), report));
        return f.ok(f == Format.JSON ? this.format.requestsJson(one) : this.format.requestsXml(one));
    }

    /**
     * POST Service Request ({@code application/x-www-form-urlencoded}): a report filed in a new stream, by the person
     * the contact fields are kept for (anonymous without any), in the campaign whose walk is on where it lies (so it
     * shows on that campaign's map), or a quality score recorded on the demo's campaign.
     * The workflow's rejection comes back as the spec's errors (400), with the rule's arguments hidden.
     */
    @PostMapping(value = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<String> post(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        Format f = Format.of(format);
        Open311Mapping.Posted probe = mapping.fromPost(form, null);
        PersonId reporter = probe.contact().isEmpty() ? null : PersonId.of("open311-" + UUID.randomUUID());
        Actor actor = Actor.of(reporter != null ? reporter : ANONYMOUS, BuurtschouwWorkflow.REPORTER);
        if (probe.isScore()) {
            return recordScore(f, probe.score(), actor);
        }
        FileReport command = mapping.fromPost(form, reporter).command();
        command = reports.campaignWalkingAt(command.location()).map(command::withCampaign).orElse(command);
        Outcome<ReportEvent, Report> filed = buurtschouw.fileReport(actor, command);
        if (!filed.isAccepted()) {
            return f.error(HttpStatus.BAD_REQUEST, mapping.errors(filed.violations()));
        }
        if (reporter != null) {
            people.put(PersonalData.of(reporter, personalData(probe.contact())));
        }
        Outcome.Accepted<ReportEvent, Report> accepted = filed.orElseThrow();
        var created = mapping.created(filed.stream(), accepted.state());
        return f.created(f == Format.JSON ? this.format.createdJson(created) : this.format.createdXml(created));
    }

    /** Who files a report that gave no contact fields: the audit trail shows Open311, no person. */
    static final PersonId ANONYMOUS = PersonId.of("open311-anoniem");

    /**
     * A quality score goes to the demo's campaign, in the neighbourhood it lies in. The campaign takes scores only
     * during its walk, so outside it the score is refused with the campaign's rule. A score is no service request:
     * the answer carries a token (the campaign and the score's number), or the id of the report filed for a score
     * below the campaign's threshold.
     */
    private ResponseEntity<String> recordScore(Format f, Open311Mapping.PostedScore score, Actor actor) {
        NeighbourhoodCode neighbourhood = buurtschouw.reportRules().neighbourhoodBoundaries()
                .flatMap(b -> b.neighbourhoodOf(score.location())).orElse(null);
        if (neighbourhood == null) {
            return f.error(HttpStatus.BAD_REQUEST, List.of(Open311Error.of(400, Catalogue.text(Open311Text.ERROR_COORDINATES).in(DUTCH))));
        }
        Buurtschouw.Assessed assessed = buurtschouw.recordAssessment(Actor.of(actor.person(), BuurtschouwWorkflow.PARTICIPANT),
                DemoData.CAMPAIGN, score.toCommand(neighbourhood));
        if (!assessed.assessment().isAccepted()) {
            return f.error(HttpStatus.BAD_REQUEST, mapping.errors(assessed.assessment().violations()));
        }
        ServiceRequestCreated created;
        if (assessed.report() != null && assessed.report().isAccepted()) {
            created = mapping.created(assessed.report().stream(), assessed.report().orElseThrow().state());
        } else {
            int number = assessed.assessment().orElseThrow().state().assessments().size();
            created = new ServiceRequestCreated(null, DemoData.CAMPAIGN.id() + "-" + number, null, null);
        }
        return f.created(f == Format.JSON ? format.createdJson(created) : format.createdXml(created));
    }

    private static Map<String, String> personalData(Map<String, String> contact) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = String.join(" ", contact.getOrDefault("first_name", ""), contact.getOrDefault("last_name", "")).strip();
        if (!name.isEmpty()) {
            out.put(PersonalData.DISPLAY_NAME, name);
        }
        if (contact.containsKey("email")) {
            out.put(PersonalData.EMAIL, contact.get("email"));
        }
        if (contact.containsKey("phone")) {
            out.put(PersonalData.PHONE, contact.get("phone"));
        }
        out.put(PersonalData.LEGAL_BASIS, "consent");
        return out;
    }

    private Open311Exception notFound(String field) {
        return new Open311Exception(404, List.of(Open311Error.of(404, Catalogue.text(Open311Text.ERROR_NOT_FOUND, field).in(DUTCH))));
    }

    /** The library's refusal, in the format the path asked for (JSON when the format itself is unknown). */
    @ExceptionHandler(Open311Exception.class)
    public ResponseEntity<String> refused(Open311Exception refused, jakarta.servlet.http.HttpServletRequest request) {
        return Format.ofPath(request.getRequestURI()).error(HttpStatus.valueOf(refused.httpStatus()), refused.errors());
    }

    /** {@code .json} or {@code .xml}: the spec's way of choosing the format. */
    enum Format {
        JSON(MediaType.APPLICATION_JSON), XML(TEXT_XML);

        private static final Open311Format WRITER = new Open311Format(DUTCH);
        private final MediaType type;

        Format(MediaType type) {
            this.type = type;
        }

        static Format of(String suffix) {
            if ("json".equals(suffix)) {
                return JSON;
            }
            if ("xml".equals(suffix)) {
                return XML;
            }
            throw new Open311Exception(404, List.of(Open311Error.of(404, Catalogue.text(Open311Text.ERROR_NOT_FOUND, "format").in(DUTCH))));
        }

        static Format ofPath(String path) {
            return path != null && path.endsWith(".xml") ? XML : JSON;
        }

        ResponseEntity<String> ok(String body) {
            return ResponseEntity.ok().contentType(type).body(body);
        }

        ResponseEntity<String> created(String body) {
            return ResponseEntity.status(HttpStatus.CREATED).contentType(type).body(body);
        }

        ResponseEntity<String> error(HttpStatus status, List<Open311Error> errors) {
            return ResponseEntity.status(status).contentType(type).body(this == JSON ? WRITER.errorsJson(errors) : WRITER.errorsXml(errors));
        }
    }
}
