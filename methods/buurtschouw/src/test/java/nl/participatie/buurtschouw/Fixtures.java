package nl.participatie.buurtschouw;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Postcode;
import nl.participatie.core.value.StreamId;

/** Shared test data: people, places, categories and states of the Indische Buurt in Amsterdam-Oost. */
final class Fixtures {

    static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");
    static final MunicipalityCode AMSTERDAM = MunicipalityCode.parse("GM0363");
    static final NeighbourhoodCode WEST = NeighbourhoodCode.parse("BU03633101");
    static final NeighbourhoodCode OOST = NeighbourhoodCode.parse("BU03633201");
    static final GeoPoint JAVAPLEIN = GeoPoint.of(52.3640, 4.9405);
    static final GeoPoint JAVASTRAAT = GeoPoint.of(52.3626, 4.9378);
    static final StreamId CAMPAIGN = StreamId.of("buurtschouw.campaign", "indische-buurt-2026");
    static final StreamId OTHER_REPORT = StreamId.of("buurtschouw.report", "r-0");
    static final CategoryCode CONTAINER = CategoryCode.of("afval", "container-is-vol");
    static final CategoryCode IDEA = CategoryCode.of("overig", "idee-voor-de-buurt");
    static final CategoryCode TREE = CategoryCode.of("openbaar-groen-en-water", "boom");
    static final CategoryCode LIGHT = CategoryCode.of("wegen-verkeer-straatmeubilair", "straatverlichting-openbare-klok");

    static final PersonId ANNA = PersonId.of("p-anna");
    static final PersonId BRAM = PersonId.of("p-bram");
    static final PersonId CHAIMA = PersonId.of("p-chaima");
    static final PersonId DIRK = PersonId.of("p-dirk");

    static final Actor ANNA_CORE = Actor.of(ANNA, BuurtschouwWorkflow.CORE_GROUP);
    static final Actor BRAM_CORE = Actor.of(BRAM, BuurtschouwWorkflow.CORE_GROUP);
    static final Actor ANNA_REPORTER = Actor.of(ANNA, BuurtschouwWorkflow.REPORTER);
    static final Actor BRAM_REPORTER = Actor.of(BRAM, BuurtschouwWorkflow.REPORTER);
    static final Actor CHAIMA_PARTICIPANT = Actor.of(CHAIMA, BuurtschouwWorkflow.PARTICIPANT);
    static final Actor OFFICER = Actor.of("p-officer", BuurtschouwWorkflow.CIVIL_SERVANT);
    static final Actor CONTRACTOR = Actor.of("org-contractor", BuurtschouwWorkflow.EXTERNAL_PARTY);
    static final Actor ALDERMAN = Actor.of("p-alderman", BuurtschouwWorkflow.EXECUTIVE);
    static final Actor FACILITATOR = Actor.of("p-facilitator", BuurtschouwWorkflow.FACILITATOR);

    static final LocalizedText DONE = LocalizedText.of("De container is geleegd.", "The container was emptied.");

    private Fixtures() {
    }

    static LocalizedText text(String nl) {
        return LocalizedText.of(nl, "");
    }

    /** A second report, an idea an idea can be grouped with. */
    static final StreamId ORIGINAL_IDEA = StreamId.of("buurtschouw.report", "r-1");

    /**
     * The spec with what its reports link to in its store: the campaign ({@code part-of}) and two reports
     * ({@code duplicate-of}), as core's link checks need the other end to exist.
     */
    static nl.participatie.testkit.Spec<ReportCommand, ReportEvent, Report> withLinkTargets(
            nl.participatie.testkit.Spec<ReportCommand, ReportEvent, Report> spec) {
        nl.participatie.core.store.EventStore store = spec.engine().store();
        nl.participatie.core.ProcessEngine.builder(BuurtschouwWorkflow.CAMPAIGNS).store(store).build()
                .handle(CAMPAIGN, ANNA_CORE, new CampaignCommand.StartCampaign("Schouw Indische Buurt", AMSTERDAM)).orElseThrow();
        spec.engine().handle(OTHER_REPORT, BRAM_REPORTER, problem(BRAM)).orElseThrow();
        spec.engine().handle(ORIGINAL_IDEA, BRAM_REPORTER, idea(BRAM)).orElseThrow();
        return spec;
    }

    static ReportCommand.FileReport problem(PersonId reporter) {
        return ReportCommand.FileReport.problem(CONTAINER, "De container bij de Javastraat is vol", JAVASTRAAT, reporter, null);
    }

    static ReportCommand.FileReport idea(PersonId reporter) {
        return ReportCommand.FileReport.idea(IDEA, "Een geveltuin langs de Balistraat", JAVAPLEIN, reporter, null);
    }

    static Campaign preparedCampaign() {
        return new Campaign(CampaignStep.PREPARATION, "Schouw Indische Buurt", AMSTERDAM, List.of(ANNA, BRAM), List.of(WEST, OOST),
                List.of(JAVASTRAAT, JAVAPLEIN), List.of(Theme.GREEN, Theme.LITTER), List.of(LocalDate.of(2026, 6, 6)),
                Instant.parse("2026-06-20T22:00:00Z"), List.of(Invitation.of(CHAIMA, Invitation.Kind.RESIDENT)), null, null, null,
                List.of(), List.of(), null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The prepared campaign on its walk: it takes observations until 20 June 2026. */
    static Campaign walkingCampaign() {
        return preparedCampaign().withStep(CampaignStep.WALK);
    }

    /** Knows one campaign, {@link #CAMPAIGN}, on its walk. */
    static final CampaignLookup WALKING = id -> id.equals(CAMPAIGN) ? Optional.of(walkingCampaign()) : Optional.empty();

    /** Every reporter left an e-mail address in the personal-data store. */
    static final ReporterContacts REACHABLE = person -> true;

    /** Erasable values of one person, as a decider makes them; {@code null} for {@code null}. */
    static <T> Erasable<T> of(PersonId who, T value) {
        return Erasable.ofNullable(who, value);
    }

    /** Photo references as erasable values of one person. */
    static List<Erasable<URI>> photos(PersonId who, URI... uris) {
        return java.util.Arrays.stream(uris).map(u -> Erasable.of(who, u)).toList();
    }

    static Report filedProblem() {
        return new Report(ReportStep.REPORTED, ReportKind.PROBLEM, CONTAINER, Theme.LITTER, of(ANNA, "Vol"), of(ANNA, JAVASTRAAT),
                of(ANNA, "Javastraat 12"), of(ANNA, Postcode.parse("1094 HA")), WEST, photos(ANNA, URI.create("https://foto.example/1.jpg")), ANNA, CAMPAIGN, null, T,
                T.plusSeconds(3 * 86400), null, T, null, null, null, null, null, null, null, List.of(), 0, null, null);
    }
}
