package nl.participatie.examples;

import static nl.participatie.samenspel.SamenspelWorkflow.CIVIL_SERVANT;
import static nl.participatie.samenspel.SamenspelWorkflow.COUNCIL_MEMBER;
import static nl.participatie.samenspel.SamenspelWorkflow.EXECUTIVE;
import static nl.participatie.samenspel.SamenspelWorkflow.FACILITATOR;
import static nl.participatie.samenspel.SamenspelWorkflow.RESIDENT;
import static nl.participatie.samenspel.SamenspelWorkflow.STAKEHOLDER;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import nl.participatie.core.IdGenerator;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.samenspel.Attendance;
import nl.participatie.samenspel.ContributionKind;
import nl.participatie.samenspel.ContributionUse;
import nl.participatie.samenspel.DecidedBy;
import nl.participatie.samenspel.Design;
import nl.participatie.samenspel.DesignTemplate;
import nl.participatie.samenspel.Frames;
import nl.participatie.samenspel.LadderLevel;
import nl.participatie.samenspel.ParticipationParagraph;
import nl.participatie.samenspel.ParticipationPlan;
import nl.participatie.samenspel.ParticipationReport;
import nl.participatie.samenspel.Phase;
import nl.participatie.samenspel.Promise;
import nl.participatie.samenspel.PromiseCheck;
import nl.participatie.samenspel.Samenspel;
import nl.participatie.samenspel.SamenspelWorkflow;
import nl.participatie.samenspel.StaffMeasure;
import nl.participatie.samenspel.StakeholderGroup;
import nl.participatie.samenspel.SurveyMoment;
import nl.participatie.samenspel.SurveyScore;
import nl.participatie.samenspel.Trajectory;
import nl.participatie.samenspel.TrajectoryCommand;
import nl.participatie.samenspel.TrajectoryCommand.AdoptDesign;
import nl.participatie.samenspel.TrajectoryCommand.ChangeFrames;
import nl.participatie.samenspel.TrajectoryCommand.ClosePhase;
import nl.participatie.samenspel.TrajectoryCommand.CloseTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Contribute;
import nl.participatie.samenspel.TrajectoryCommand.DeclareFrames;
import nl.participatie.samenspel.TrajectoryCommand.DraftTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.Evaluate;
import nl.participatie.samenspel.TrajectoryCommand.HoldActivity;
import nl.participatie.samenspel.TrajectoryCommand.RecordDecision;
import nl.participatie.samenspel.TrajectoryCommand.RecordSurvey;
import nl.participatie.samenspel.TrajectoryCommand.Redesign;
import nl.participatie.samenspel.TrajectoryCommand.RegisterParticipant;
import nl.participatie.samenspel.TrajectoryCommand.ReportBack;
import nl.participatie.samenspel.TrajectoryCommand.ReviewPhase;
import nl.participatie.samenspel.TrajectoryCommand.StartEvaluation;
import nl.participatie.samenspel.TrajectoryCommand.StartPhase;
import nl.participatie.samenspel.TrajectoryEvent;
import nl.participatie.samenspel.TrajectoryOverview;
import nl.participatie.samenspel.Uptake;
import nl.participatie.samenspel.json.DesignTemplates;
import nl.participatie.testkit.MutableClock;

/**
 * Waddinxveen's change trajectory "Samen maken we de toekomst" (GM0627), from design to closed: how a municipality's
 * participation platform embeds {@code participatie-samenspel}. The facilitator copies the brochure's template; a first
 * version that promises residents SELF_GOVERN over a council power is refused; the frames are declared before any
 * input and the executive adopts the design. In three phases — listen, experiment, anchor — residents, an
 * organisation, civil servants and council members take part; someone who is not a participant cannot contribute; a
 * decision must say why advice was not used; in the experiment the budget is cut after input without the participants'
 * agreement (a broken promise the check finds) and the design is changed mid-way (a change to the completed phase is
 * refused); the council deviates from the residents' outcome with a motivation. The evaluation reads the staff
 * evidence from the other methods and the before and after surveys. At the end: the participation plan (written before
 * any input), the participation report, the trajectory overview with the promise check, the participatieparagraaf for
 * the council proposal, and the audit trail verified.
 *
 * <p>Events are kept in core's JDBC event store on an embedded in-memory H2 database, as a municipality's test system
 * would keep them (the vendor passes its own {@code DataSource}; PostgreSQL in production); the clock is the story's.
 * Run it with
 * {@code ./mvnw -q -B -pl examples -am compile exec:java -Dexec.mainClass=nl.participatie.examples.SamenspelWalkthrough}.
 */
public final class SamenspelWalkthrough {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Actor FLEUR = Actor.of("p-fleur", FACILITATOR);
    private static final Actor GEMEENTE = Actor.of("p-beleid-participatie", CIVIL_SERVANT);
    private static final Actor WETHOUDER = Actor.of("p-wethouder-participatie", EXECUTIVE);
    private static final PersonId ANNA = PersonId.of("p-anna");
    private static final PersonId HENK = PersonId.of("p-henk");
    private static final PersonId SPORTVERENIGING = PersonId.of("p-sportvereniging");
    private static final PersonId MEDEWERKER = PersonId.of("p-medewerker-wijkteam");
    private static final PersonId RAADSLID = PersonId.of("p-raadslid-de-wit");

    /**
     * What the walkthrough produced, for its test.
     *
     * @param trajectory      the trajectory at the end
     * @param refusals        every refusal the story shows, in order
     * @param notifications   every message the vendor's system would deliver
     * @param check           the promise check at the end
     * @param plan            the participation plan in Dutch, written before any input
     * @param report          the participation report in Dutch
     * @param overview        the trajectory overview in Dutch
     * @param paragraph       the participatieparagraaf in Dutch
     * @param eventsJson      every event as stored, as JSON
     * @param auditTrailValid whether the trajectory's audit trail verifies
     */
    public record Run(Trajectory trajectory, List<Violation> refusals, List<Notification> notifications, PromiseCheck check,
                      String plan, String report, String overview, String paragraph, List<String> eventsJson,
                      boolean auditTrailValid) {
    }

    private final PrintStream out;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T09:00:00Z"));
    private final Samenspel samenspel;
    private final StreamId trajectory = StreamId.of(SamenspelWorkflow.TRAJECTORIES.streamType(), "waddinxveen-2026");
    private final List<Violation> refusals = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();

    private SamenspelWalkthrough(PrintStream out, DataSource database) {
        this.out = out;
        SchemaMigration.migrate(database);
        this.samenspel = Samenspel.builder().store(new JdbcEventStore(database)).clock(clock).ids(IdGenerator.sequential("waddinxveen"))
                .evidence(SamenspelWalkthrough::staffEvidence).build();
    }

    /** Tells the story on standard out. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story on {@code out}, on a new in-memory H2 database, and returns what it produced. */
    public static Run run(PrintStream out) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:samenspel-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new SamenspelWalkthrough(out, h2).tell();
    }

    /** Tells the story on a database that may hold other streams too (the demo application's); the schema is migrated first. */
    public static Run run(PrintStream out, DataSource database) {
        return new SamenspelWalkthrough(out, database).tell();
    }

    /** What the other methods say about the staff, as the vendor reads it from their stores (the story's figures). */
    public static List<StaffMeasure> staffEvidence(MunicipalityCode municipality, LocalDate from,
                                                    LocalDate to) {
        return List.of(new StaffMeasure("buurtschouw", "median-handling-days", new BigDecimal("6.5")),
                new StaffMeasure("burgersaanhetstuur", "initiatives-waiting-on-municipality", new BigDecimal("3")),
                new StaffMeasure("youthmanifesto", "overdue-commitments", new BigDecimal("1")));
    }

    private Run tell() {
        out.println("Samenspel — Waddinxveen: \"Samen maken we de toekomst\"");
        out.println("Events staan in een H2-database, via de JDBC-opslag van core; in de events alleen ids, geen namen.");

        heading("1. Het ontwerp: het sjabloon van de brochure, op maat");
        DesignTemplate template = DesignTemplates.waddinxveen();
        Design design = template.design();
        Phase anchor = design.phases().get(2);
        Design tooMuch = withPhase(design, 2, promising(anchor, StakeholderGroup.RESIDENTS, LadderLevel.SELF_GOVERN));
        tries(FLEUR, "belooft inwoners zelfbeheer over de werkwijze, een bevoegdheid van de raad",
                new DraftTrajectory(template.municipality(), tooMuch));
        does(FLEUR, "neemt het sjabloon over zoals het is", new DraftTrajectory(template.municipality(), design));
        does(FLEUR, "nulmeting onder inwoners (Burgerpeiling-vragen)", new RecordSurvey(SurveyMoment.BEFORE,
                StakeholderGroup.RESIDENTS, 412, List.of(new SurveyScore("feel-heard", 31), new SurveyScore("uses-input", 27))));
        for (Phase p : design.phases()) {
            does(FLEUR, "legt de kaders van fase '" + p.name().nl() + "' vast, vóór er inbreng is", new DeclareFrames(p.code(), frames(25_000)));
        }
        tries(FLEUR, "wil de eerste fase al starten", new StartPhase());
        does(WETHOUDER, "het college stelt het ontwerp vast", new AdoptDesign("B&W-besluit 2026-02-10"));
        String plan = ParticipationPlan.of(samenspel.trajectories().load(trajectory)).toMarkdown(DUTCH);
        say("Het participatieplan ligt klaar, vóór er inbreng is: " + plan.lines().count() + " regels.");

        heading("2. Ophalen: wandeling en dialoog");
        on(LocalDate.of(2026, 3, 2));
        does(FLEUR, "start fase 1", new StartPhase());
        does(FLEUR, "Anna doet mee als inwoner", new RegisterParticipant(ANNA, StakeholderGroup.RESIDENTS));
        does(FLEUR, "Henk doet mee als inwoner", new RegisterParticipant(HENK, StakeholderGroup.RESIDENTS));
        does(FLEUR, "de sportvereniging doet mee als organisatie", new RegisterParticipant(SPORTVERENIGING, StakeholderGroup.ORGANISATIONS));
        does(FLEUR, "een medewerker van het wijkteam doet mee", new RegisterParticipant(MEDEWERKER, StakeholderGroup.CIVIL_SERVANTS));
        on(LocalDate.of(2026, 3, 19));
        does(FLEUR, "de wandeling door het dorp is gehouden", new HoldActivity("town-walk", LocalDate.of(2026, 3, 7),
                List.of(new Attendance(StakeholderGroup.RESIDENTS, 46), new Attendance(StakeholderGroup.ORGANISATIONS, 7),
                        new Attendance(StakeholderGroup.EXECUTIVE, 2))));
        does(FLEUR, "de dialoog met medewerkers is gehouden", new HoldActivity("staff-dialogue", LocalDate.of(2026, 3, 19),
                List.of(new Attendance(StakeholderGroup.CIVIL_SERVANTS, 31))));
        does(Actor.of(ANNA, RESIDENT), "Anna adviseert: 'maak de wijkteams vindbaar'", new Contribute(ContributionKind.ADVICE, "agenda",
                "platform:waddinxveen:inbreng-101"));
        does(Actor.of(HENK, RESIDENT), "Henk adviseert: 'een vast spreekuur in elke wijk'", new Contribute(ContributionKind.ADVICE,
                "agenda", "platform:waddinxveen:inbreng-102"));
        does(Actor.of(SPORTVERENIGING, STAKEHOLDER), "de sportvereniging adviseert", new Contribute(ContributionKind.ADVICE, "agenda",
                "platform:waddinxveen:inbreng-103"));
        tries(Actor.of("p-voorbijganger", RESIDENT), "iemand die niet meedoet, wil inbreng leveren",
                new Contribute(ContributionKind.IDEA, "", "platform:waddinxveen:inbreng-104"));
        on(LocalDate.of(2026, 4, 20));
        List<ContributionUse> withoutReason = List.of(new ContributionUse(1, Uptake.ADOPTED, ""),
                new ContributionUse(2, Uptake.NOT_USED, ""), new ContributionUse(3, Uptake.ADAPTED, "samengevoegd met advies 1"));
        tries(WETHOUDER, "besluit over de agenda, maar zegt niet waarom Henks advies niet is overgenomen",
                new RecordDecision("agenda", DecidedBy.EXECUTIVE, true, "", withoutReason));
        does(WETHOUDER, "besluit over de agenda, met de reden", new RecordDecision("agenda", DecidedBy.EXECUTIVE, true, "",
                List.of(withoutReason.get(0), new ContributionUse(2, Uptake.NOT_USED, "een spreekuur per wijk past niet in de formatie"),
                        withoutReason.get(2))));
        does(FLEUR, "koppelt terug aan de deelnemers", new ReportBack());
        does(FLEUR, "sluit fase 1", new ClosePhase());
        does(GEMEENTE, "de veranderagenda is er", new ReviewPhase(List.of("agenda"), "vier veranderopgaven gekozen"));

        heading("3. Experimenteren: het wijkbudget, een bezuiniging en een herontwerp");
        on(LocalDate.of(2026, 5, 1));
        does(FLEUR, "start fase 2", new StartPhase());
        does(FLEUR, "Anna doet mee", new RegisterParticipant(ANNA, StakeholderGroup.RESIDENTS));
        does(FLEUR, "de sportvereniging doet mee", new RegisterParticipant(SPORTVERENIGING, StakeholderGroup.ORGANISATIONS));
        on(LocalDate.of(2026, 5, 21));
        does(FLEUR, "de wijkbudgetavond is gehouden", new HoldActivity("budget-evening", LocalDate.of(2026, 5, 20),
                List.of(new Attendance(StakeholderGroup.RESIDENTS, 64), new Attendance(StakeholderGroup.ORGANISATIONS, 11),
                        new Attendance(StakeholderGroup.CIVIL_SERVANTS, 6))));
        does(Actor.of(ANNA, RESIDENT), "de inwoners kiezen een speeltuin in Zuidplas", new Contribute(ContributionKind.IDEA,
                "neighbourhood-budget", "platform:waddinxveen:inbreng-201"));
        does(Actor.of(SPORTVERENIGING, STAKEHOLDER), "de sportvereniging wil een trapveld", new Contribute(ContributionKind.IDEA,
                "neighbourhood-budget", "platform:waddinxveen:inbreng-202"));
        on(LocalDate.of(2026, 6, 2));
        does(WETHOUDER, "het wijkbudget wordt na de inbreng gekort, zonder de deelnemers te vragen", new ChangeFrames("experiment",
                frames(15_000), "bezuiniging in de voorjaarsnota", false));
        Design renamed = withPhase(design, 0, rename(design.phases().get(0), "Ophalen en luisteren"));
        tries(FLEUR, "wil de afgeronde fase 1 een andere naam geven", new Redesign(renamed, "betere naam"));
        Design adviseOnAnchor = withPhase(design, 2, promising(anchor, StakeholderGroup.RESIDENTS, LadderLevel.ADVISE));
        does(FLEUR, "herontwerp: inwoners adviseren ook in de laatste fase", new Redesign(adviseOnAnchor,
                "de raad vraagt inwoners om advies over de werkwijze"));
        on(LocalDate.of(2026, 7, 9));
        does(WETHOUDER, "de raad besluit: een speeltuin, maar kleiner dan de inwoners vroegen, en zegt waarom",
                new RecordDecision("neighbourhood-budget", DecidedBy.COUNCIL, false, "Na de bezuiniging past alleen een kleinere speeltuin.",
                        List.of(new ContributionUse(4, Uptake.ADAPTED, "kleinere speeltuin"),
                                new ContributionUse(5, Uptake.NOT_USED, "geen ruimte voor een trapveld na de bezuiniging"))));
        does(FLEUR, "koppelt terug", new ReportBack());
        on(LocalDate.of(2026, 9, 1));
        does(FLEUR, "sluit fase 2", new ClosePhase());
        does(GEMEENTE, "twee pilots gedraaid", new ReviewPhase(List.of("pilots"), "speeltuin Zuidplas in aanbouw"));

        heading("4. Verankeren: de oogst");
        does(FLEUR, "start fase 3", new StartPhase());
        does(FLEUR, "Henk doet mee", new RegisterParticipant(HENK, StakeholderGroup.RESIDENTS));
        does(FLEUR, "raadslid De Wit doet mee", new RegisterParticipant(RAADSLID, StakeholderGroup.COUNCIL_MEMBERS));
        does(FLEUR, "de medewerker van het wijkteam doet mee", new RegisterParticipant(MEDEWERKER, StakeholderGroup.CIVIL_SERVANTS));
        on(LocalDate.of(2026, 10, 1));
        does(FLEUR, "de oogstbijeenkomst is gehouden", new HoldActivity("harvest", LocalDate.of(2026, 9, 30),
                List.of(new Attendance(StakeholderGroup.RESIDENTS, 38), new Attendance(StakeholderGroup.COUNCIL_MEMBERS, 9),
                        new Attendance(StakeholderGroup.CIVIL_SERVANTS, 24), new Attendance(StakeholderGroup.EXECUTIVE, 3))));
        does(Actor.of(HENK, RESIDENT), "Henk adviseert: 'elk raadsvoorstel een participatieparagraaf'",
                new Contribute(ContributionKind.ADVICE, "way-of-working", "platform:waddinxveen:inbreng-301"));
        does(Actor.of(RAADSLID, COUNCIL_MEMBER), "raadslid De Wit adviseert", new Contribute(ContributionKind.ADVICE, "way-of-working",
                "platform:waddinxveen:inbreng-302"));
        does(Actor.of(MEDEWERKER, CIVIL_SERVANT), "de medewerker: 'eerst de wijk in, dan de nota'", new Contribute(ContributionKind.IDEA,
                "way-of-working", "platform:waddinxveen:inbreng-303"));
        on(LocalDate.of(2026, 10, 22));
        does(WETHOUDER, "de raad stelt de werkwijze vast en volgt de oogst", new RecordDecision("way-of-working", DecidedBy.COUNCIL, true, "",
                List.of(new ContributionUse(6, Uptake.ADOPTED, ""), new ContributionUse(7, Uptake.ADOPTED, ""),
                        new ContributionUse(8, Uptake.ADAPTED, "opgenomen in de werkwijze"))));
        does(FLEUR, "koppelt terug", new ReportBack());
        does(FLEUR, "sluit fase 3", new ClosePhase());
        does(GEMEENTE, "de werkwijze is vastgelegd", new ReviewPhase(List.of("way-of-working"), "vastgesteld door de raad"));

        heading("5. Evaluatie: wat vraagt het van de organisatie?");
        on(LocalDate.of(2026, 11, 16));
        does(FLEUR, "start de evaluatie en leest het bewijs uit de andere methoden", new StartEvaluation());
        does(FLEUR, "eindmeting onder inwoners", new RecordSurvey(SurveyMoment.AFTER, StakeholderGroup.RESIDENTS, 388,
                List.of(new SurveyScore("feel-heard", 44), new SurveyScore("uses-input", 39))));
        does(FLEUR, "legt de evaluatie vast", new Evaluate("Een veranderagenda, twee pilots en een vastgestelde werkwijze.",
                "Kaders niet wijzigen na de inbreng zonder de deelnemers.", "Medewerkers gaan eerst de wijk in; elk raadsvoorstel krijgt een participatieparagraaf."));
        does(WETHOUDER, "sluit het traject", new CloseTrajectory());

        Trajectory end = samenspel.trajectories().load(trajectory);
        PromiseCheck check = PromiseCheck.of(end);
        say("Beloftetoets: " + check.count(PromiseCheck.Status.KEPT) + " nagekomen, " + check.count(PromiseCheck.Status.OPEN) + " open, "
                + check.count(PromiseCheck.Status.BROKEN) + " geschonden.");

        heading("6. Het participatieplan (vooraf)");
        out.print(plan);
        heading("7. Het participatieverslag");
        String report = ParticipationReport.of(end).toMarkdown(DUTCH);
        out.print(report);
        heading("8. Het trajectoverzicht");
        String overview = TrajectoryOverview.of(end).toMarkdown(DUTCH);
        out.print(overview);
        heading("9. De participatieparagraaf voor het raadsvoorstel");
        String paragraph = ParticipationParagraph.of(end).toMarkdown(DUTCH);
        out.print(paragraph);

        heading("10. Het audit trail");
        ParticipatieJson json = ParticipatieJson.defaults();
        List<String> events = new ArrayList<>();
        for (RecordedEvent<TrajectoryEvent> r : samenspel.trajectories().history(trajectory)) {
            events.add(json.write(r.event()));
        }
        boolean valid = samenspel.trajectories().verify(trajectory).valid();
        say(events.size() + " events, elk met wie, wanneer, in welke stap en de hash van het vorige; geen namen, geen tekst van inwoners.");
        say("Audit trail intact: " + valid);
        return new Run(end, refusals, notifications, check, plan, report, overview, paragraph, events, valid);
    }

    private static Frames frames(long budget) {
        return new Frames(LocalizedText.of("De wettelijke taken en de begroting", "The statutory tasks and the budget"),
                LocalizedText.of("Hoe gemeente en inwoners samenwerken", "How municipality and residents work together"),
                Money.euros(budget), LocalizedText.of("De gemeenteraad", "The council"));
    }

    private static Design withPhase(Design design, int index, Phase phase) {
        List<Phase> phases = new ArrayList<>(design.phases());
        phases.set(index, phase);
        return new Design(design.title(), phases);
    }

    private static Phase promising(Phase p, StakeholderGroup group, LadderLevel level) {
        List<Promise> promises = p.promises().stream().map(pr -> pr.group().equals(group) ? new Promise(group, level) : pr).toList();
        return new Phase(p.code(), p.name(), p.goal(), promises, p.activities(), p.deliverables(), p.topics(), p.start(), p.end());
    }

    private static Phase rename(Phase p, String name) {
        return new Phase(p.code(), LocalizedText.of(name, p.name().en()), p.goal(), p.promises(), p.activities(), p.deliverables(),
                p.topics(), p.start(), p.end());
    }

    private void does(Actor actor, String what, TrajectoryCommand command) {
        Outcome<TrajectoryEvent, Trajectory> outcome = samenspel.trajectories().handle(trajectory, actor, command);
        say("- " + actor.role() + " " + actor.person() + ": " + what);
        notifications.addAll(outcome.orElseThrow().notifications());
    }

    private void tries(Actor actor, String what, TrajectoryCommand command) {
        Outcome<TrajectoryEvent, Trajectory> outcome = samenspel.trajectories().handle(trajectory, actor, command);
        if (outcome.isAccepted()) {
            throw new IllegalStateException("The story expected a refusal of " + command);
        }
        say("- " + actor.role() + " " + actor.person() + ": " + what);
        for (Violation v : outcome.violations()) {
            refusals.add(v);
            say("   Geweigerd: " + v.code() + " — " + v.message().nl());
        }
    }

    private void on(LocalDate day) {
        clock.set(day.atTime(17, 0).atZone(DutchTime.ZONE).toInstant());
    }

    private void heading(String text) {
        out.println();
        out.println("== " + text);
    }

    private void say(String text) {
        out.println(text);
    }
}
