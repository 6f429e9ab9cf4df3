package nl.participatie.examples;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import nl.participatie.buurtschouw.Agreement;
import nl.participatie.buurtschouw.Attendance;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.Campaign;
import nl.participatie.buurtschouw.CampaignCommand;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.HelpOffer;
import nl.participatie.buurtschouw.HouseholdRef;
import nl.participatie.buurtschouw.InitiativePower;
import nl.participatie.buurtschouw.Invitation;
import nl.participatie.buurtschouw.QualityLevel;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.buurtschouw.ReportRules;
import nl.participatie.buurtschouw.ReportThreshold;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.buurtschouw.analysis.CampaignSummary;
import nl.participatie.buurtschouw.analysis.DuplicateFinder;
import nl.participatie.buurtschouw.analysis.ReportSummary;
import nl.participatie.buurtschouw.geojson.ReportsGeoJson;
import nl.participatie.buurtschouw.open311.Open311Format;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.Recipient;
import nl.participatie.core.Violation;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.examples.buurtschouw.FeedbackTimeline;
import nl.participatie.examples.buurtschouw.IndischeBuurt;
import nl.participatie.testkit.MutableClock;

/**
 * A Digitale Buurtschouw in the Indische Buurt, Amsterdam-Oost, from preparation to evaluation: how a municipality's
 * reports system embeds {@code participatie-buurtschouw}. A core group prepares the walk; residents, a baker, a welfare
 * worker and a civil servant walk along, report problems and ideas and score the quality of public space (a score is
 * no complaint: only the D, below the campaign's threshold, becomes a report); the municipality handles every report
 * and each reporter hears what was done; a dissatisfied resident gets her report reopened; the system closes
 * entry, an unanswered question and the satisfaction surveys by itself; ideas are ranked by initiative power; and the
 * results go out as a Markdown summary, GeoJSON and Open311.
 *
 * <p>Events are kept in the JDBC event store on an embedded in-memory H2 database, as a municipality's test system
 * would keep them (the vendor passes its own {@code DataSource}; PostgreSQL in production); the clock is the story's.
 * Run it with {@code ./mvnw -pl examples exec:java -Dexec.mainClass=nl.participatie.examples.BuurtschouwWalkthrough}.
 */
public final class BuurtschouwWalkthrough {

    static final Actor ANNA = Actor.of("p-anna", BuurtschouwWorkflow.CORE_GROUP);
    static final Actor BRAM = Actor.of("p-bram", BuurtschouwWorkflow.CORE_GROUP);
    static final Actor OFFICER = Actor.of("p-gemeente-oost", BuurtschouwWorkflow.CIVIL_SERVANT);
    static final Actor CONTRACTOR = Actor.of("org-verlichting", BuurtschouwWorkflow.EXTERNAL_PARTY);
    static final Actor ALDERMAN = Actor.of("p-wethouder", BuurtschouwWorkflow.EXECUTIVE);
    static final PersonId CHAIMA = PersonId.of("p-chaima");
    static final PersonId DIRK = PersonId.of("p-dirk");
    static final PersonId EVA = PersonId.of("p-eva");
    static final PersonId FARID = PersonId.of("p-farid");
    static final PersonId GEMMA = PersonId.of("p-gemma");
    static final PersonId HANS = PersonId.of("p-hans");

    /**
     * What the walkthrough produced, for its test.
     *
     * @param campaign            the campaign at the end
     * @param reports             every report at the end, in filing order
     * @param timeline            every message the vendor's system would deliver
     * @param ranking             the ideas by initiative power
     * @param duplicates          the likely duplicates found
     * @param lateObservation     why an observation after entry closed was refused
     * @param summaryNl           the summary in Dutch
     * @param summaryEn           the summary in English
     * @param geojson             the reports as GeoJSON
     * @param open311Xml          the reports as Open311 service requests in XML
     * @param open311Json         the reports as Open311 service requests in JSON
     * @param auditTrailsValid    whether every stream's audit trail verifies
     */
    public record Result(Campaign campaign, Map<StreamId, Report> reports, FeedbackTimeline timeline,
                         List<InitiativePower.RankedIdea> ranking, List<DuplicateFinder.DuplicateGroup> duplicates,
                         Violation lateObservation, String summaryNl, String summaryEn, String geojson, String open311Xml,
                         String open311Json, boolean auditTrailsValid) {
    }

    private final PrintStream out;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T07:00:00Z"));
    private final FeedbackTimeline timeline = new FeedbackTimeline();
    private final Buurtschouw schouw;
    private final Map<StreamId, String> labels = new LinkedHashMap<>();
    private StreamId campaign;

    private BuurtschouwWalkthrough(PrintStream out, EventStore store, PersonalDataStore people) {
        this.out = out;
        // Bram left an e-mail address when he joined the core group: the civil servant can ask him about his reports.
        people.put(PersonalData.of(PersonId.of("p-bram"), Map.of(PersonalData.EMAIL, "bram@bewoner.example")));
        this.schouw = Buurtschouw.builder()
                .store(store)
                .personalData(people)
                .clock(clock)
                .ids(IdGenerator.sequential("ib"))
                .reportRules(ReportRules.defaults().withBoundaries(IndischeBuurt.boundaries()).withTarget(Theme.GREEN, QualityLevel.A))
                .build();
    }

    /** Runs the story and prints it. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the story, printing to {@code out}. */
    public static Result run(PrintStream out) {
        return new BuurtschouwWalkthrough(out, h2(), new InMemoryPersonalDataStore()).story();
    }

    /**
     * Runs the story on a database that may hold other streams too (the demo application's), with the names and
     * contacts in the given store; the schema is migrated first.
     */
    public static Result run(PrintStream out, DataSource database, PersonalDataStore people) {
        SchemaMigration.migrate(database);
        return new BuurtschouwWalkthrough(out, new JdbcEventStore(database), people).story();
    }

    private Result story() {
        heading("1. Voorbereiding: de kerngroep kiest gebied, route, thema's en datum");
        campaign = timeline.record(now(), schouw.startCampaign(ANNA,
                new CampaignCommand.StartCampaign("Schouw Indische Buurt, voorjaar 2026", IndischeBuurt.AMSTERDAM))).orElseThrow().stream();
        campaign(ANNA, new CampaignCommand.JoinCoreGroup(PersonId.of("p-bram")));
        campaign(BRAM, new CampaignCommand.ChooseArea(List.of(IndischeBuurt.WEST, IndischeBuurt.OOST)));
        campaign(BRAM, new CampaignCommand.PlanRoute(List.of(IndischeBuurt.JAVASTRAAT, IndischeBuurt.BALISTRAAT, IndischeBuurt.JAVAPLEIN,
                IndischeBuurt.SUMATRAPLANTSOEN, IndischeBuurt.INSULINDEWEG)));
        campaign(ANNA, new CampaignCommand.ChooseThemes(List.of(Theme.GREEN, Theme.LITTER, Theme.LIGHTING, Theme.PAVING, Theme.MEETING_PLACES)));
        campaign(ANNA, new CampaignCommand.ScheduleWalk(List.of(LocalDate.of(2026, 5, 9)), Instant.parse("2026-05-16T21:59:00Z")));
        // Scores are no complaints; only a score below C becomes a report to handle.
        campaign(ANNA, new CampaignCommand.SetReportThresholds(List.of(ReportThreshold.everyTheme(QualityLevel.C))));
        campaign(ANNA, new CampaignCommand.InviteParticipants(List.of(Invitation.of(CHAIMA, Invitation.Kind.RESIDENT),
                Invitation.of(DIRK, Invitation.Kind.ENTREPRENEUR), Invitation.of(EVA, Invitation.Kind.RESIDENT),
                Invitation.of(FARID, Invitation.Kind.PROFESSIONAL), Invitation.of(GEMMA, Invitation.Kind.MUNICIPALITY),
                Invitation.of(HANS, Invitation.Kind.RESIDENT))));
        Campaign prepared = schouw.campaigns().load(campaign);
        say("Kerngroep " + prepared.coreGroup() + ", " + prepared.invited().size() + " uitgenodigd, buurten " + prepared.area()
                + ", invoer sluit " + prepared.entryClosesAt());

        heading("2. De schouw, zaterdag 9 mei: problemen, ideeën en beoordelingen");
        clock.set(Instant.parse("2026-05-09T07:30:00Z"));
        campaign(ANNA, new CampaignCommand.StartWalk());
        // Who came, per group: not everyone invited walked along, and the neighbourhood police officer joined.
        campaign(BRAM, new CampaignCommand.RecordAttendance(List.of(new Attendance(CHAIMA, Invitation.Kind.RESIDENT),
                new Attendance(DIRK, Invitation.Kind.ENTREPRENEUR), new Attendance(EVA, Invitation.Kind.RESIDENT),
                new Attendance(FARID, Invitation.Kind.PROFESSIONAL), new Attendance(PersonId.of("p-wijkagent"), Invitation.Kind.PROFESSIONAL))));
        StreamId container = observe(CHAIMA, "container", FileReport.problem(CategoryCode.of("afval", "container-is-vol"),
                "Container bij de Javastraat zit vol, zakken ernaast", IndischeBuurt.JAVASTRAAT, CHAIMA, campaign)
                .withPhotos(List.of(URI.create("https://foto.example/ib/container.jpg"))));
        StreamId lamp = observe(DIRK, "lantaarnpaal", FileReport.problem(CategoryCode.of("wegen-verkeer-straatmeubilair",
                "straatverlichting-openbare-klok"), "Lantaarnpaal voor de bakkerij brandt al weken niet", IndischeBuurt.INSULINDEWEG, DIRK,
                campaign).withAddress("Insulindeweg", null));
        StreamId gardens = observe(EVA, "geveltuinen", FileReport.idea(CategoryCode.of("overig", "idee-voor-de-buurt"),
                "Geveltuinen langs de Balistraat, samen aanleggen", IndischeBuurt.BALISTRAAT, EVA, campaign));
        StreamId benches = observe(HANS, "bankjes", FileReport.idea(CategoryCode.of("overig", "ontmoetingsplek"),
                "Bankjes en een picknicktafel op het Javaplein", IndischeBuurt.JAVAPLEIN, HANS, campaign));
        score(FARID, IndischeBuurt.OOST, CategoryCode.of("openbaar-groen-en-water", "maaien-snoeien"), QualityLevel.C,
                "Gras rond de bankjes is niet gemaaid", IndischeBuurt.SUMATRAPLANTSOEN);
        score(GEMMA, IndischeBuurt.OOST, CategoryCode.of("afval", "veeg-zwerfvuil"), QualityLevel.B, null, IndischeBuurt.JAVAPLEIN);
        StreamId paving = score(CHAIMA, IndischeBuurt.WEST, CategoryCode.of("wegen-verkeer-straatmeubilair", "bestrating"), QualityLevel.D,
                "Tegels liggen scheef", IndischeBuurt.BALISTRAAT);
        StreamId tiles = observe(EVA, "tegels (anoniem)", FileReport.problem(CategoryCode.of("wegen-verkeer-straatmeubilair", "bestrating"),
                "Losse stoeptegels bij de school", north(IndischeBuurt.BALISTRAAT, 20), null, campaign));
        StreamId dogs = observe(PersonId.of("p-bram"), "hondenpoep", FileReport.problem(CategoryCode.of("overlast-in-de-openbare-ruimte",
                "hondenpoep"), "Veel hondenpoep in het plantsoen", IndischeBuurt.SUMATRAPLANTSOEN, PersonId.of("p-bram"), campaign));
        StreamId again = observe(HANS, "container (nog eens)", FileReport.problem(CategoryCode.of("afval", "container-is-vol"),
                "Volle container Javastraat", north(IndischeBuurt.JAVASTRAAT, 12), HANS, campaign));
        for (Map.Entry<StreamId, String> e : labels.entrySet()) {
            Report r = schouw.reports().load(e.getKey());
            say(String.format(Locale.ROOT, "%-22s %-18s %-55s buurt %s, afhandelen vóór %s", e.getValue(), r.kind(), r.category(),
                    r.neighbourhood(), r.expectedBy()));
        }

        heading("3. Steun en hulpaanbod voor de ideeën");
        clock.set(Instant.parse("2026-05-11T08:00:00Z"));
        // Hans will take the lead on the benches himself: that counts in their initiative power.
        report(Actor.of(HANS, BuurtschouwWorkflow.REPORTER), benches, new ReportCommand.StateReadinessToLead(true));
        support(CHAIMA, benches, List.of(HelpOffer.TIME), "h-chaima");
        support(DIRK, benches, List.of(HelpOffer.MATERIALS), "h-bakkerij");
        support(EVA, benches, List.of(), "h-eva");
        support(FARID, benches, List.of(HelpOffer.SKILLS), "h-farid");
        support(HANS, gardens, List.of(HelpOffer.TIME), "h-hans");
        support(CHAIMA, gardens, List.of(), "h-chaima");

        heading("4. Dubbele meldingen en afhandeling, met terugkoppeling aan elke melder");
        List<ReportSummary> summaries = summaries();
        List<DuplicateFinder.DuplicateGroup> duplicates = DuplicateFinder.defaults().groups(summaries);
        for (DuplicateFinder.DuplicateGroup g : duplicates) {
            say("Waarschijnlijk dubbel: " + g.duplicates().stream().map(ReportSummary::id).toList() + " van " + g.original().id());
        }
        report(OFFICER, again, new ReportCommand.Cancel(LocalizedText.of(
                "Deze container was al gemeld. We pakken hem op via die melding.", "This container was reported before."), container));
        report(OFFICER, container, new ReportCommand.StartHandling(LocalizedText.of("De reiniging is onderweg.", "Cleaning is on its way."), null));
        // A question to the contractor, who is no user: it has 14 days to answer by e-mail.
        report(OFFICER, lamp, new ReportCommand.ForwardToExternal("Aannemer openbare verlichting", "storingen@aannemer-ov.example",
                "Wilt u de lamp van de lantaarnpaal bij de Javastraat vervangen?"));
        report(OFFICER, tiles, new ReportCommand.Schedule(LocalDate.of(2026, 5, 20), null));
        report(OFFICER, dogs, new ReportCommand.RequestReaction(LocalizedText.of("Waar in het plantsoen ligt het meeste?",
                "Where in the park is it worst?")));
        report(OFFICER, gardens, new ReportCommand.AwaitHandling(LocalizedText.of("Het gebiedsteam neemt contact met u op over de geveltuinen.",
                "The area team will contact you about the façade gardens."), null));
        clock.set(Instant.parse("2026-05-12T10:00:00Z"));
        report(OFFICER, container, new ReportCommand.Handle(LocalizedText.of("De container is geleegd en de zakken zijn opgeruimd.",
                "The container was emptied and the bags were cleared.")));
        report(CONTRACTOR, lamp, new ReportCommand.AnswerForward("Lamp en armatuur vervangen op 12 mei.", List.of()));
        say("Status lantaarnpaal na het antwoord van de aannemer: " + schouw.reports().load(lamp).signalenStatus().label().nl());
        report(OFFICER, lamp, new ReportCommand.Handle(LocalizedText.of("De lantaarnpaal brandt weer.", "The street light works again.")));
        report(OFFICER, paving, new ReportCommand.Handle(LocalizedText.of("De scheve tegels zijn in de onderhoudsronde rechtgelegd.",
                "The uneven tiles were relaid in the maintenance round.")));
        report(OFFICER, benches, new ReportCommand.Handle(LocalizedText.of(
                "We plaatsen de bankjes samen met de buurt; de wijkregisseur belt de helpers.",
                "We will place the benches together with the neighbourhood; the area manager will call the helpers.")));

        heading("5. Niet tevreden: verzoek tot heropenen, heropend, opnieuw afgehandeld");
        clock.set(Instant.parse("2026-05-13T18:00:00Z"));
        report(Actor.of(CHAIMA, BuurtschouwWorkflow.REPORTER), container,
                new ReportCommand.AnswerSatisfactionSurvey(false, "Er staan alweer zakken naast de container"));
        say("Status container: " + schouw.reports().load(container).signalenStatus().label().nl());
        clock.set(Instant.parse("2026-05-14T08:00:00Z"));
        report(OFFICER, container, new ReportCommand.Reopen(LocalizedText.of(
                "U heeft gelijk. We zetten een extra ophaalronde op zaterdag in.", "You are right. We add a Saturday collection.")));
        clock.set(Instant.parse("2026-05-16T12:00:00Z"));
        report(OFFICER, container, new ReportCommand.Handle(LocalizedText.of("De extra ophaalronde op zaterdag is ingesteld.",
                "The Saturday collection has started.")));
        clock.advance(Duration.ofHours(4));
        report(Actor.of(CHAIMA, BuurtschouwWorkflow.REPORTER), container, new ReportCommand.AnswerSatisfactionSurvey(true, "Nu is het goed"));

        heading("6. De tijd doet zijn werk: invoer sluit, een onbeantwoorde vraag loopt af");
        clock.set(Instant.parse("2026-05-17T08:00:00Z"));
        for (Outcome<?, ?> o : schouw.fireDue(List.of(campaign, dogs))) {
            timeline.record(now(), o);
            say("Systeem: " + o.orElseThrow().events().get(0).event().getClass().getSimpleName() + " op " + o.stream());
        }
        Outcome<ReportEvent, Report> late = schouw.fileReport(Actor.of(DIRK, BuurtschouwWorkflow.PARTICIPANT), FileReport.problem(
                CategoryCode.of("afval", "grofvuil"), "Bank op de stoep", IndischeBuurt.JAVAPLEIN, DIRK, campaign));
        say("Te laat ingevoerd: " + late.violations().get(0).message().nl());
        report(OFFICER, dogs, new ReportCommand.Handle(LocalizedText.of("We hebben een extra hondenpoepbak geplaatst en handhaven vaker.",
                "We placed an extra dog-waste bin and will enforce more often.")));
        clock.set(Instant.parse("2026-05-20T09:00:00Z"));
        report(OFFICER, tiles, new ReportCommand.Handle(LocalizedText.of("De tegels zijn opnieuw gelegd.", "The tiles were relaid.")));
        clock.set(Instant.parse("2026-06-05T09:00:00Z"));
        for (Outcome<?, ?> o : schouw.fireDue(new ArrayList<>(labels.keySet()))) {
            timeline.record(now(), o);
        }
        say("Tevredenheidsvragen gesloten door het systeem.");

        heading("7. Terugkoppeling per melder");
        for (PersonId person : List.of(CHAIMA, DIRK, EVA, HANS)) {
            say(person + ":");
            timeline.lines(Recipient.person(person)).forEach(line -> say("  " + line));
        }

        heading("8. Ideeën met de meeste initiatiefkracht");
        List<InitiativePower.Idea> ideas = List.of(InitiativePower.Idea.of(benches, schouw.reports().load(benches)),
                InitiativePower.Idea.of(gardens, schouw.reports().load(gardens)));
        Instant asOf = Instant.parse("2026-06-08T12:00:00Z");
        List<InitiativePower.RankedIdea> ranking = InitiativePower.defaults().rank(ideas, asOf);
        for (InitiativePower.RankedIdea r : ranking) {
            say(String.format(Locale.ROOT, "%d. %s: %.2f", r.rank(), r.idea().title(), r.score().total()));
            r.score().parts().forEach(p -> say("     " + p.explanation().nl()));
        }

        // The municipality's own inspection of May, beside what the walkers saw.
        campaign(OFFICER, new CampaignCommand.RecordInspection(IndischeBuurt.WEST, Theme.PAVING, null, QualityLevel.B, LocalDate.of(2026, 5, 4)));
        campaign(OFFICER, new CampaignCommand.RecordInspection(IndischeBuurt.OOST, Theme.GREEN, null, QualityLevel.B, LocalDate.of(2026, 5, 4)));
        out.println();
        out.print(schouw.qualityAssessments(campaign).comparisonMarkdown(Locale.forLanguageTag("nl")));

        heading("9. Resultaten, evaluatie en afsluiting");
        clock.set(Instant.parse("2026-06-02T17:00:00Z").isAfter(clock.instant()) ? Instant.parse("2026-06-02T17:00:00Z") : clock.instant());
        campaign(ALDERMAN, new CampaignCommand.PublishResults(LocalizedText.of(
                "Dank aan iedereen die meeliep! Acht meldingen en drie beoordelingen, bijna alles is al opgepakt; de bankjes komen er samen met u.",
                "Thanks to everyone who walked along! Eight reports and three scores, nearly all dealt with; the benches will come, together with you.")));
        campaign(Actor.of(CHAIMA, BuurtschouwWorkflow.PARTICIPANT), new CampaignCommand.RateCampaign(5, "Fijn dat er echt iets gebeurt"));
        campaign(Actor.of(DIRK, BuurtschouwWorkflow.PARTICIPANT), new CampaignCommand.RateCampaign(4, ""));
        campaign(Actor.of(FARID, BuurtschouwWorkflow.PARTICIPANT), new CampaignCommand.RateCampaign(4, "Volgende keer ook jongeren uitnodigen"));
        campaign(BRAM, new CampaignCommand.RecordLesson("Een avondronde toevoegen voor de verlichting."));
        // The results as agreements that can be followed up: who does what by when.
        campaign(ALDERMAN, new CampaignCommand.MakeAgreement(Agreement.Party.MUNICIPALITY, "Twee bankjes plaatsen op het Javaplein",
                LocalDate.of(2026, 9, 1)));
        campaign(ANNA, new CampaignCommand.MakeAgreement(Agreement.Party.RESIDENTS, "Geveltuinen aanleggen in de Balistraat",
                LocalDate.of(2026, 10, 1)));
        clock.set(asOf);
        campaign(ANNA, new CampaignCommand.CloseCampaign());

        Map<StreamId, Report> reports = new LinkedHashMap<>();
        labels.keySet().forEach(id -> reports.put(id, schouw.reports().load(id)));
        Campaign closed = schouw.campaigns().load(campaign);
        String summaryNl = CampaignSummary.defaults().markdown(closed, reports, Locale.forLanguageTag("nl"), asOf);
        String summaryEn = CampaignSummary.defaults().markdown(closed, reports, Locale.ENGLISH, asOf);
        out.println();
        out.print(summaryNl);

        heading("10. GeoJSON en Open311 voor de kaart en andere systemen");
        String geojson = ReportsGeoJson.defaults().featureCollection(summaries(), false);
        Open311Format open311 = new Open311Format();
        List<nl.participatie.buurtschouw.open311.ServiceRequest> requests = new ArrayList<>();
        reports.forEach((id, r) -> requests.add(schouw.open311().toServiceRequest(id, r)));
        String xml = open311.requestsXml(requests);
        String json = open311.requestsJson(requests);
        say("GeoJSON: " + geojson.length() + " tekens, " + reports.size() + " features");
        say("Open311 (XML), eerste melding:");
        say(xml.substring(0, xml.indexOf("</request>") + "</request>".length()));
        say("Open311 services.json, eerste dienst: " + open311.servicesJson(schouw.open311().services().subList(0, 1)));

        boolean valid = schouw.campaigns().verify(campaign).valid();
        for (StreamId id : labels.keySet()) {
            valid &= schouw.reports().verify(id).valid();
        }
        say("Audit trails intact: " + valid);
        return new Result(closed, reports, timeline, ranking, duplicates, late.violations().get(0), summaryNl, summaryEn, geojson, xml, json, valid);
    }

    /** A private in-memory H2 database with the library's tables: alive as long as the JVM. */
    private static EventStore h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:buurtschouw-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(dataSource);
        return new JdbcEventStore(dataSource);
    }

    private StreamId observe(PersonId who, String label, FileReport command) {
        clock.advance(Duration.ofMinutes(17));
        StreamId id = timeline.record(now(), schouw.fileReport(Actor.of(who, who.value().equals("p-bram")
                ? BuurtschouwWorkflow.CORE_GROUP : BuurtschouwWorkflow.PARTICIPANT), command)).orElseThrow().stream();
        labels.put(id, label);
        return id;
    }

    /** A quality score on the campaign; when it falls below the threshold, the report it became (else {@code null}). */
    private StreamId score(PersonId who, nl.participatie.core.value.NeighbourhoodCode where, CategoryCode element, QualityLevel level,
                           String remark, GeoPoint place) {
        clock.advance(Duration.ofMinutes(17));
        Buurtschouw.Assessed assessed = schouw.recordAssessment(Actor.of(who, BuurtschouwWorkflow.PARTICIPANT), campaign,
                new CampaignCommand.RecordAssessment(where, null, element, level, remark, place));
        timeline.record(now(), assessed.assessment()).orElseThrow();
        say(who + " beoordeelt " + element + ": " + level + (assessed.report() == null ? "" : ", onder de drempel: een melding"));
        if (assessed.report() == null) {
            return null;
        }
        StreamId id = timeline.record(now(), assessed.report()).orElseThrow().stream();
        labels.put(id, element.sub() + " (beoordeling " + level + ")");
        return id;
    }

    private void support(PersonId who, StreamId idea, List<HelpOffer> offers, String household) {
        clock.advance(Duration.ofMinutes(23));
        report(Actor.of(who, BuurtschouwWorkflow.PARTICIPANT), idea, new ReportCommand.SupportIdea(offers, HouseholdRef.of(household)));
        say(who + " steunt " + labels.get(idea) + (offers.isEmpty() ? "" : " en biedt " + offers));
    }

    private void campaign(Actor actor, CampaignCommand command) {
        timeline.record(now(), schouw.campaigns().handle(campaign, actor, command)).orElseThrow();
    }

    private void report(Actor actor, StreamId id, ReportCommand command) {
        clock.advance(Duration.ofMinutes(5));
        timeline.record(now(), schouw.reports().handle(id, actor, command)).orElseThrow();
    }

    private List<ReportSummary> summaries() {
        List<ReportSummary> out = new ArrayList<>();
        labels.keySet().forEach(id -> out.add(schouw.summary(id)));
        return out;
    }

    private Instant now() {
        return clock.instant();
    }

    private void heading(String text) {
        out.println();
        out.println("== " + text);
    }

    private void say(String text) {
        out.println(text);
    }

    private static GeoPoint north(GeoPoint from, double metres) {
        return GeoPoint.of(from.latitude() + metres / 111_195.0, from.longitude());
    }
}
