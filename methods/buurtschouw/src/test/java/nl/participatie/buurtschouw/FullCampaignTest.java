package nl.participatie.buurtschouw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.participatie.buurtschouw.CampaignCommand.*;
import nl.participatie.buurtschouw.ReportCommand.*;
import nl.participatie.buurtschouw.analysis.CampaignSummary;
import nl.participatie.buurtschouw.analysis.DuplicateFinder;
import nl.participatie.buurtschouw.analysis.ReportAnalysis;
import nl.participatie.buurtschouw.analysis.ReportSummary;
import nl.participatie.buurtschouw.geojson.ReportsGeoJson;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Recipient;
import nl.participatie.core.store.InMemoryEventStore;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.ExpectedFiles;
import nl.participatie.testkit.MutableClock;

/**
 * A whole campaign in the Indische Buurt: preparation, a walk with 55 observations (problems and ideas in several
 * categories and three neighbourhoods, and quality scores on the campaign, the poorest of which became reports),
 * handling with feedback to every reporter, the time-driven close of entry, reaction window and satisfaction survey on
 * a controlled clock, a reopened report, ideas ranked by initiative power with a duplicate grouped and a reporter ready
 * to lead, and the summary (Dutch, English) and GeoJSON checked against reviewed files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullCampaignTest {

    static final MunicipalityCode AMSTERDAM = MunicipalityCode.parse("GM0363");
    static final NeighbourhoodCode[] BUURTEN = {NeighbourhoodCode.parse("BU03633101"), NeighbourhoodCode.parse("BU03633102"),
            NeighbourhoodCode.parse("BU03633201")};
    /** South-west corners of the (simplified, rectangular) neighbourhoods, in WGS84. */
    static final GeoPoint[] CORNERS = {GeoPoint.of(52.362, 4.928), GeoPoint.of(52.358, 4.928), GeoPoint.of(52.358, 4.936)};
    static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    static final Actor ANNA = Actor.of("p-anna", BuurtschouwWorkflow.CORE_GROUP);
    static final Actor BRAM = Actor.of("p-bram", BuurtschouwWorkflow.CORE_GROUP);
    static final Actor OFFICER = Actor.of("p-officer", BuurtschouwWorkflow.CIVIL_SERVANT);
    static final Actor CONTRACTOR = Actor.of("org-groen-bv", BuurtschouwWorkflow.EXTERNAL_PARTY);
    static final Actor ALDERMAN = Actor.of("p-wethouder", BuurtschouwWorkflow.EXECUTIVE);
    static final Actor FACILITATOR = Actor.of("p-opbouwwerker", BuurtschouwWorkflow.FACILITATOR);

    static final CategoryCode[] PROBLEM_CATEGORIES = {CategoryCode.of("afval", "container-is-vol"),
            CategoryCode.of("wegen-verkeer-straatmeubilair", "bestrating"),
            CategoryCode.of("wegen-verkeer-straatmeubilair", "straatverlichting-openbare-klok"),
            CategoryCode.of("openbaar-groen-en-water", "boom"), CategoryCode.of("overlast-in-de-openbare-ruimte", "hondenpoep"),
            CategoryCode.of("overlast-in-de-openbare-ruimte", "graffiti-wildplak"),
            CategoryCode.of("wegen-verkeer-straatmeubilair", "toegankelijkheid"), CategoryCode.of("afval", "grofvuil")};
    static final String[] PROBLEMS = {"Container bij de Javastraat zit vol", "Losliggende stoeptegels", "Lantaarnpaal brandt niet",
            "Dode tak boven het fietspad", "Veel hondenpoep bij de speeltuin", "Graffiti op het transformatorhuisje",
            "Geen verlaagde stoeprand bij de oversteek", "Matras naast de container"};
    static final CategoryCode[] IDEA_CATEGORIES = {CategoryCode.of("overig", "idee-voor-de-buurt"), CategoryCode.of("overig", "ontmoetingsplek")};
    static final String[] IDEAS = {"Geveltuinen langs de Balistraat", "Bankjes en een picknicktafel op het Javaplein",
            "Buurtmoestuin op het braakliggende veld", "Speelstraat op zondag in de Sumatrastraat",
            "Boekenkastje bij de bibliotheek", "Bloembakken op de brug"};
    static final Theme[] QA_THEMES = {Theme.GREEN, Theme.LITTER, Theme.LIGHTING, Theme.PAVING};
    static final CategoryCode[] QA_CATEGORIES = {CategoryCode.of("openbaar-groen-en-water", "maaien-snoeien"),
            CategoryCode.of("afval", "veeg-zwerfvuil"), CategoryCode.of("wegen-verkeer-straatmeubilair", "straatverlichting-openbare-klok"),
            CategoryCode.of("wegen-verkeer-straatmeubilair", "bestrating")};
    static final QualityLevel[] LEVELS = {QualityLevel.A, QualityLevel.B, QualityLevel.C, QualityLevel.D, QualityLevel.B,
            QualityLevel.C, QualityLevel.A_PLUS};

    MutableClock clock;
    Buurtschouw schouw;
    StreamId campaign;
    List<PersonId> participants = new ArrayList<>();
    Map<StreamId, PersonId> reporters = new LinkedHashMap<>();
    List<StreamId> problems = new ArrayList<>();
    List<StreamId> ideas = new ArrayList<>();
    List<Buurtschouw.Assessed> assessments = new ArrayList<>();
    List<StreamId> scoreReports = new ArrayList<>();
    List<Notification> told = new ArrayList<>();
    Outcome<ReportEvent, Report> lateReport;
    StreamId expired;
    StreamId reopened;
    StreamId duplicate;

    @BeforeAll
    void runTheCampaign() {
        clock = new MutableClock(Instant.parse("2026-05-04T07:00:00Z"));
        NeighbourhoodBoundaries.Builder boundaries = NeighbourhoodBoundaries.builder(NeighbourhoodBoundaries.CoordinateSystem.WGS84);
        boundaries.add(BUURTEN[0], "POLYGON ((4.928 52.362, 4.936 52.362, 4.936 52.366, 4.928 52.366, 4.928 52.362))");
        boundaries.add(BUURTEN[1], "POLYGON ((4.928 52.358, 4.936 52.358, 4.936 52.362, 4.928 52.362, 4.928 52.358))");
        boundaries.add(BUURTEN[2], "POLYGON ((4.936 52.358, 4.948 52.358, 4.948 52.368, 4.936 52.368, 4.936 52.358))");
        InMemoryPersonalDataStore people = new InMemoryPersonalDataStore();
        schouw = Buurtschouw.builder().store(new InMemoryEventStore()).clock(clock).ids(IdGenerator.sequential("schouw"))
                .personalData(people)
                .reportRules(ReportRules.defaults().withBoundaries(boundaries.build()).withTarget(Theme.GREEN, QualityLevel.A)).build();

        // Preparation.
        campaign = schouw.startCampaign(ANNA, new StartCampaign("Schouw Indische Buurt, voorjaar 2026", AMSTERDAM)).orElseThrow().stream();
        campaign(ANNA, new JoinCoreGroup(PersonId.of("p-bram")));
        campaign(BRAM, new ChooseArea(List.of(BUURTEN)));
        campaign(BRAM, new PlanRoute(List.of(point(0, 60, 60), point(0, 400, 300), point(2, 100, 500), point(2, 500, 100), point(1, 300, 100))));
        campaign(ANNA, new ChooseThemes(List.of(Theme.GREEN, Theme.LITTER, Theme.LIGHTING, Theme.PAVING, Theme.MEETING_PLACES)));
        campaign(ANNA, new ScheduleWalk(List.of(LocalDate.of(2026, 5, 9)), Instant.parse("2026-05-16T21:59:00Z")));
        // A D is reported on every theme; on green, where the municipality aims for A, a C already.
        campaign(OFFICER, new SetReportThresholds(List.of(ReportThreshold.everyTheme(QualityLevel.C),
                ReportThreshold.of(Theme.GREEN, QualityLevel.B))));
        List<Invitation> invitations = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            PersonId p = PersonId.of(String.format("p-%02d", i));
            participants.add(p);
            // Every participant left an e-mail address, so the civil servant can ask them about their reports.
            people.put(PersonalData.of(p, java.util.Map.of(PersonalData.EMAIL, p.value() + "@bewoner.example")));
            invitations.add(Invitation.of(p, Invitation.Kind.values()[i % 4]));
        }
        told.addAll(campaign(ANNA, new InviteParticipants(invitations)).notifications());

        // The walk, on Saturday 9 May, and entries until Sunday evening.
        clock.set(Instant.parse("2026-05-09T08:00:00Z"));
        campaign(ANNA, new StartWalk());
        // Twelve were invited; nine of them walked, with the neighbourhood police officer.
        List<Attendance> walked = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            walked.add(new Attendance(participants.get(i), invitations.get(i).kind()));
        }
        walked.add(new Attendance(PersonId.of("p-wijkagent"), Invitation.Kind.PROFESSIONAL));
        campaign(BRAM, new RecordAttendance(walked));
        for (int i = 0; i < 54; i++) {
            clock.set(Instant.parse("2026-05-09T08:00:00Z").plus(Duration.ofMinutes(37L * i)));
            int n = i % 3;
            GeoPoint where = point(n, 40 + (i * 37) % 300, 40 + (i * 53) % 250);
            PersonId reporter = i % 10 == 9 ? null : participants.get(i % 12);
            Actor actor = Actor.of(participants.get(i % 12), BuurtschouwWorkflow.PARTICIPANT);
            int kind = i % 9;
            if (kind >= 6) {
                int t = (i / 9 * 3 + kind - 6) % QA_THEMES.length;
                Buurtschouw.Assessed assessed = schouw.recordAssessment(actor, campaign, new RecordAssessment(BUURTEN[n], QA_THEMES[t],
                        QA_CATEGORIES[t], LEVELS[i % LEVELS.length], i % 4 == 0 ? "Rommelig bij de bankjes" : null, where));
                assertThat(assessed.assessment().isAccepted()).isTrue();
                assessments.add(assessed);
                if (assessed.report() != null) {
                    Outcome.Accepted<ReportEvent, Report> filed = assessed.report().orElseThrow();
                    told.addAll(filed.notifications());
                    reporters.put(filed.stream(), actor.person());
                    scoreReports.add(filed.stream());
                }
                continue;
            }
            FileReport command;
            if (kind < 4) {
                int c = (i / 9 * 4 + kind) % PROBLEM_CATEGORIES.length;
                String text = i == 19 ? "<script>alert('x')</script> | **Let op** [hier](http://example.org) _losse_ tegels" : PROBLEMS[c];
                command = FileReport.problem(PROBLEM_CATEGORIES[c], text, where, reporter, campaign);
            } else {
                int c = (i / 9 * 2 + kind - 4) % IDEAS.length;
                command = FileReport.idea(IDEA_CATEGORIES[c % 2], IDEAS[c], where, reporter, campaign);
            }
            StreamId id = file(actor, command);
            (kind < 4 ? problems : ideas).add(id);
        }
        // A duplicate: the full container reported again ten metres on.
        clock.set(Instant.parse("2026-05-10T18:00:00Z"));
        GeoPoint first = schouw.reports().load(problems.get(0)).location().value().orElseThrow();
        duplicate = file(Actor.of(participants.get(5), BuurtschouwWorkflow.PARTICIPANT), FileReport.problem(PROBLEM_CATEGORIES[0],
                "Container nog steeds vol", GeoPoint.of(first.latitude() + 10 / METRES_PER_DEGREE, first.longitude()), participants.get(5),
                campaign));
        problems.add(duplicate);

        // Neighbours support the ideas on Monday; several want to help.
        clock.set(Instant.parse("2026-05-11T09:00:00Z"));
        for (int j = 0; j < ideas.size(); j++) {
            int supporters = j == 1 ? 9 : (j * 3) % 6;
            for (int s = 0; s < supporters; s++) {
                PersonId supporter = participants.get((j + s + 1) % 12);
                if (supporter.equals(reporters.get(ideas.get(j)))) {
                    continue;
                }
                List<HelpOffer> offers = (s + j) % 3 == 0 ? List.of(HelpOffer.TIME) : (s + j) % 5 == 0 ? List.of(HelpOffer.SKILLS, HelpOffer.MATERIALS) : List.of();
                told.addAll(report(Actor.of(supporter, BuurtschouwWorkflow.PARTICIPANT), ideas.get(j),
                        new SupportIdea(offers, HouseholdRef.of("h-" + ((j + s) % 7)))).notifications());
                clock.advance(Duration.ofMinutes(11));
            }
        }

        // The seventh idea repeats the first: a facilitator groups them. The second idea's reporter will lead it.
        report(FACILITATOR, ideas.get(6), new MarkDuplicateIdea(ideas.get(0)));
        report(Actor.of(reporters.get(ideas.get(1)), BuurtschouwWorkflow.REPORTER), ideas.get(1), new StateReadinessToLead(true));

        // Handling, from Monday 11 May.
        LocalizedText done = LocalizedText.of("Opgelost. Dank voor uw melding!", "Solved. Thank you for your report!");
        for (int p = 0; p < problems.size(); p++) {
            StreamId id = problems.get(p);
            clock.set(Instant.parse("2026-05-11T10:00:00Z").plus(Duration.ofHours(3L * p)));
            if (id.equals(duplicate)) {
                report(OFFICER, id, new Cancel(LocalizedText.of("Deze container was al gemeld; we houden u op de hoogte via die melding.",
                        "This container was reported before; we keep you informed through that report."), problems.get(0)));
                continue;
            }
            if (p == 10) {
                expired = id;
                report(OFFICER, id, new RequestReaction(LocalizedText.of("Om welke paal gaat het precies?", "Which pole exactly?")));
                continue;
            }
            if (p == 19) {
                continue; // still waiting: overdue at the summary
            }
            switch (p % 6) {
                case 0:
                    report(OFFICER, id, new StartHandling(LocalizedText.of("We gaan ermee aan de slag.", "We are working on it."), null));
                    break;
                case 1:
                    report(OFFICER, id, new Schedule(LocalDate.of(2026, 5, 14), null));
                    break;
                case 2:
                    report(OFFICER, id, new ForwardToExternal("Groen BV", "opdrachten@groen.example", "Kunt u dit oppakken?"));
                    report(CONTRACTOR, id, new AnswerForward("Uitgevoerd op " + (10 + p % 5) + " mei.", List.of()));
                    break;
                case 3:
                    if (reporters.get(id) != null) {
                        report(OFFICER, id, new RequestReaction(LocalizedText.of("Kunt u een foto sturen?", "Could you send a photo?")));
                        clock.advance(Duration.ofHours(1));
                        report(Actor.of(reporters.get(id), BuurtschouwWorkflow.REPORTER), id, new React("Foto bijgevoegd.",
                                List.of(java.net.URI.create("https://foto.example/" + id.id() + ".jpg"))));
                    }
                    break;
                case 5:
                    report(OFFICER, id, new AwaitHandling(null, "naar de wijkbeheerder"));
                    report(OFFICER, id, new StartHandling(null, null));
                    break;
                default:
                    break;
            }
            clock.advance(Duration.ofHours(p % 4 == 0 ? 30 : 2));
            report(OFFICER, id, new Handle(p == 9 ? LocalizedText.of("De tegels liggen weer vast.", "") : done));
        }
        for (int a = 0; a < scoreReports.size() - 1; a++) {
            clock.set(Instant.parse("2026-05-13T09:00:00Z").plus(Duration.ofMinutes(20L * a)));
            report(OFFICER, scoreReports.get(a), new Handle(LocalizedText.of("Opgenomen in de onderhoudsronde van juni.",
                    "Included in the June maintenance round.")));
        }
        // The municipality's own inspection of May, to put beside the residents' scores.
        campaign(OFFICER, new RecordInspection(BUURTEN[0], Theme.LITTER, QA_CATEGORIES[1], QualityLevel.B, LocalDate.of(2026, 5, 12)));
        campaign(OFFICER, new RecordInspection(BUURTEN[1], Theme.GREEN, null, QualityLevel.A, LocalDate.of(2026, 5, 12)));
        clock.set(Instant.parse("2026-05-15T12:00:00Z"));
        for (int j = 0; j < 3; j++) {
            report(OFFICER, ideas.get(j), new Handle(LocalizedText.of("We gaan met u en de buren aan de slag; de wijkregisseur belt u.",
                    "We will get going with you and the neighbours; the area manager will call you.")));
        }
        report(OFFICER, ideas.get(3), new AwaitHandling(LocalizedText.of("Besproken in het gebiedsteam, u hoort binnenkort meer.",
                "Discussed by the area team, you will hear more soon."), null));

        // Sunday evening 17 May: entry has closed, and the reaction window of 12 May has passed.
        clock.set(Instant.parse("2026-05-17T18:00:00Z"));
        List<Outcome<?, ?>> fired = schouw.fireDue(List.of(campaign, expired));
        assertThat(fired).hasSize(2).allMatch(Outcome::isAccepted);
        lateReport = schouw.fileReport(Actor.of(participants.get(0), BuurtschouwWorkflow.PARTICIPANT),
                FileReport.problem(PROBLEM_CATEGORIES[0], "Te laat", point(0, 50, 50), participants.get(0), campaign));
        report(OFFICER, expired, new Handle(LocalizedText.of("De lamp is vervangen.", "The lamp was replaced.")));

        // Monday 18 May: satisfaction answers; one reporter is not satisfied.
        clock.set(Instant.parse("2026-05-18T08:00:00Z"));
        reopened = problems.get(1);
        report(Actor.of(reporters.get(reopened), BuurtschouwWorkflow.REPORTER), reopened,
                new AnswerSatisfactionSurvey(false, "De tegels liggen nog steeds los"));
        report(Actor.of(reporters.get(problems.get(2)), BuurtschouwWorkflow.REPORTER), problems.get(2), new AnswerSatisfactionSurvey(true, ""));
        clock.advance(Duration.ofHours(3));
        report(OFFICER, reopened, new Reopen(LocalizedText.of("U heeft gelijk; de stratenmaker komt terug.", "You are right; the paver will come back.")));
        clock.advance(Duration.ofDays(2));
        report(OFFICER, reopened, new Handle(LocalizedText.of("De tegels zijn opnieuw gelegd.", "The tiles were laid again.")));

        // 5 June: every satisfaction survey still open has closed by itself; results are published.
        clock.set(Instant.parse("2026-06-05T10:00:00Z"));
        List<StreamId> all = new ArrayList<>(reporters.keySet());
        fired = schouw.fireDue(all);
        assertThat(fired).isNotEmpty().allMatch(Outcome::isAccepted);
        campaign(ALDERMAN, new PublishResults(LocalizedText.of("Dank aan alle 14 schouwers: 55 waarnemingen, waarvan de meeste al zijn opgelost.",
                "Thanks to all 14 walkers: 55 observations, most of them solved already.")));
        for (int i = 0; i < 6; i++) {
            told.addAll(campaign(Actor.of(participants.get(i), BuurtschouwWorkflow.PARTICIPANT),
                    new RateCampaign(3 + i % 3, i == 0 ? "Gezellig en nuttig | **echt**" : "")).notifications());
        }
        campaign(BRAM, new RecordLesson("Volgende keer ook 's avonds lopen, voor de verlichting."));
        // The results are agreements that can be followed up.
        campaign(ALDERMAN, new MakeAgreement(Agreement.Party.MUNICIPALITY, "Extra lantaarnpalen op het Javaplein", LocalDate.of(2026, 9, 1)));
        campaign(ANNA, new MakeAgreement(Agreement.Party.RESIDENTS, "Bewoners adopteren de plantenbakken", LocalDate.of(2026, 6, 10)));
        campaign(ALDERMAN, new MakeAgreement(Agreement.Party.NEIGHBOURHOOD_POLICE_OFFICER, "Vaker langs het speelveld 's avonds",
                LocalDate.of(2026, 7, 1)));
        campaign(ALDERMAN, new CompleteAgreement(3));
        clock.set(Instant.parse("2026-06-12T12:00:00Z"));
        campaign(ANNA, new CloseCampaign());
    }

    @Test
    void theCampaignWentThroughAllItsSteps() {
        Campaign c = schouw.campaigns().load(campaign);
        assertThat(c.step()).isEqualTo(CampaignStep.CLOSED);
        assertThat(schouw.campaigns().history(campaign)).extracting(RecordedEvent::step).contains("PREPARATION", "WALK", "FEEDBACK", "EVALUATION");
        RecordedEvent<CampaignEvent> closed = schouw.campaigns().history(campaign).stream()
                .filter(r -> r.event() instanceof CampaignEvent.EntryClosed).findFirst().orElseThrow();
        assertThat(closed.actor()).as("entry closed by the system, audited").isEqualTo(Actor.SYSTEM);
        assertThat(((CampaignEvent.EntryClosed) closed.event()).deadline()).isTrue();
        assertThat(lateReport.violations()).extracting(nl.participatie.core.Violation::code).containsExactly("buurtschouw.report.campaign-not-open");
    }

    @Test
    void thereAreMoreThanFiftyObservationsOfAllKindsInSeveralCategoriesAndNeighbourhoods() {
        List<ReportSummary> summaries = summaries();
        Campaign c = schouw.campaigns().load(campaign);
        assertThat(summaries.size() - scoreReports.size() + c.assessments().size()).isGreaterThanOrEqualTo(50);
        ReportAnalysis analysis = ReportAnalysis.of(summaries);
        // Scores are no reports: only those below the campaign's threshold became one, as problems.
        assertThat(analysis.countBy(ReportAnalysis.Dimension.KIND)).containsOnlyKeys("PROBLEM", "IDEA");
        assertThat(c.assessments()).hasSize(18);
        assertThat(c.assessments()).filteredOn(Assessment::isReportDue).extracting(Assessment::report)
                .containsExactlyElementsOf(scoreReports);
        assertThat(c.assessments()).filteredOn(a -> !a.isReportDue())
                .allSatisfy(a -> assertThat(a.score().isAtLeast(a.theme().equals(Theme.GREEN) ? QualityLevel.B : QualityLevel.C)).isTrue());
        assertThat(c.awaitingReport()).isEmpty();
        assertThat(scoreReports).isNotEmpty().allSatisfy(id -> assertThat(schouw.reports().load(id).kind()).isEqualTo(ReportKind.PROBLEM));
        assertThat(analysis.countBy(ReportAnalysis.Dimension.CATEGORY)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(analysis.countBy(ReportAnalysis.Dimension.NEIGHBOURHOOD)).containsOnlyKeys("BU03633101", "BU03633102", "BU03633201");
        assertThat(summaries).allSatisfy(s -> assertThat(s.campaign()).isEqualTo(campaign.toString()));
    }

    @Test
    void everyReporterWasToldOnFilingAndOnTheOutcome() {
        Set<String> codes = new TreeSet<>();
        told.forEach(n -> codes.add(n.code()));
        assertThat(codes).contains("buurtschouw.report.received", "buurtschouw.report.handled", "buurtschouw.report.cancelled",
                "buurtschouw.report.reopened", "buurtschouw.report.reaction-requested", "buurtschouw.report.scheduled",
                "buurtschouw.report.satisfaction-survey", "buurtschouw.idea.supported", "buurtschouw.campaign.invited");
        for (Map.Entry<StreamId, PersonId> e : reporters.entrySet()) {
            Report r = schouw.reports().load(e.getKey());
            if (e.getValue() == null) {
                continue;
            }
            List<String> theirs = told.stream().filter(n -> n.recipient().equals(Recipient.person(e.getValue())))
                    .map(Notification::code).toList();
            assertThat(theirs).as("reporter %s", e.getValue()).contains("buurtschouw.report.received");
            if (r.step() == ReportStep.HANDLED) {
                assertThat(theirs).contains("buurtschouw.report.handled");
            }
        }
        assertThat(told).filteredOn(n -> n.code().equals("buurtschouw.report.cancelled"))
                .extracting(Notification::recipient).containsExactly(Recipient.person(participants.get(5)));
    }

    @Test
    void theTimeDrivenTransitionsWereFiredAndAudited() {
        assertThat(schouw.reports().history(expired)).extracting(r -> r.event().getClass().getSimpleName())
                .contains("ReactionRequestExpired");
        long surveysClosed = reporters.keySet().stream().flatMap(id -> schouw.reports().history(id).stream())
                .filter(r -> r.event() instanceof ReportEvent.SatisfactionSurveyClosed)
                .peek(r -> assertThat(r.actor()).isEqualTo(Actor.SYSTEM)).count();
        assertThat(surveysClosed).isGreaterThan(20);
        assertThat(schouw.reports().history(reopened)).extracting(r -> r.step())
                .containsSubsequence("HANDLED", "REOPEN_REQUESTED", "REOPENED");
    }

    @Test
    void everyAuditTrailHoldsAndReplaysToTheSameState() {
        assertThat(schouw.campaigns().verify(campaign).valid()).isTrue();
        for (StreamId id : reporters.keySet()) {
            assertThat(schouw.reports().verify(id).valid()).as("%s", id).isTrue();
            Report replayed = BuurtschouwWorkflow.REPORTS.decider().fold(Report.INITIAL,
                    schouw.reports().history(id).stream().map(RecordedEvent::event).toList());
            assertThat(replayed).isEqualTo(schouw.reports().load(id));
        }
    }

    @Test
    void theDuplicateIsFoundAndPointsAtTheOriginal() {
        List<DuplicateFinder.DuplicateGroup> groups = DuplicateFinder.defaults().groups(summaries());
        assertThat(groups).anySatisfy(g -> {
            assertThat(g.original().id()).isEqualTo(problems.get(0).toString());
            assertThat(g.duplicates()).extracting(ReportSummary::id).contains(duplicate.toString());
        });
        assertThat(schouw.reports().load(duplicate).duplicateOf()).isEqualTo(problems.get(0));
    }

    @Test
    void theSummaryInDutchMatchesTheReviewedFile() {
        ExpectedFiles.EXPECTED.assertMatches("campaign-summary.nl.md", summary(Locale.forLanguageTag("nl")));
    }

    @Test
    void theSummaryInEnglishMatchesTheReviewedFile() {
        ExpectedFiles.EXPECTED.assertMatches("campaign-summary.en.md", summary(Locale.ENGLISH));
    }

    @Test
    void theGeoJsonMatchesTheReviewedFileAndHoldsNoPersonalData() {
        String geojson = ReportsGeoJson.defaults().featureCollection(summaries(), true);
        ExpectedFiles.EXPECTED.assertMatches("campaign.geojson", geojson + "\n");
        for (PersonId p : participants) {
            assertThat(geojson).doesNotContain(p.value());
        }
        assertThat(geojson).doesNotContain("Javastraat").doesNotContain("<script>");
    }

    private String summary(Locale locale) {
        Map<StreamId, Report> reports = new LinkedHashMap<>();
        reporters.keySet().forEach(id -> reports.put(id, schouw.reports().load(id)));
        return CampaignSummary.defaults().withTargets(schouw.reportRules()::targetFor)
                .markdown(schouw.campaigns().load(campaign), reports, locale, Instant.parse("2026-06-12T12:00:00Z"));
    }

    private List<ReportSummary> summaries() {
        List<ReportSummary> out = new ArrayList<>();
        reporters.keySet().forEach(id -> out.add(schouw.summary(id)));
        return out;
    }

    private static GeoPoint point(int neighbourhood, double east, double north) {
        GeoPoint c = CORNERS[neighbourhood];
        return GeoPoint.of(c.latitude() + north / METRES_PER_DEGREE,
                c.longitude() + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(c.latitude()))));
    }

    private Outcome.Accepted<CampaignEvent, Campaign> campaign(Actor actor, CampaignCommand command) {
        return schouw.campaigns().handle(campaign, actor, command).orElseThrow();
    }

    private Outcome.Accepted<ReportEvent, Report> report(Actor actor, StreamId id, ReportCommand command) {
        Outcome.Accepted<ReportEvent, Report> accepted = schouw.reports().handle(id, actor, command).orElseThrow();
        told.addAll(accepted.notifications());
        return accepted;
    }

    private StreamId file(Actor actor, FileReport command) {
        Outcome.Accepted<ReportEvent, Report> accepted = schouw.fileReport(actor, command).orElseThrow();
        told.addAll(accepted.notifications());
        reporters.put(accepted.stream(), command.reporter());
        return accepted.stream();
    }
}
