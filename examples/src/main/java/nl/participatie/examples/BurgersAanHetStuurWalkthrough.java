package nl.participatie.examples;

import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.CIVIL_SERVANT;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.EXECUTIVE;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.FACILITATOR;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.INITIATOR;
import static nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow.PARTICIPANT;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import nl.participatie.burgersaanhetstuur.AccountabilityReport;
import nl.participatie.burgersaanhetstuur.Asset;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Diagnosis;
import nl.participatie.burgersaanhetstuur.Finding;
import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.Indicator;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcceptReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AcknowledgeReport;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.AdvanceStep;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.BlockAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DefineIndicator;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.DescribeSituation;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.FinishAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.JoinInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.OpenNextCycle;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.PlanAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordAsset;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordMeasurement;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.RecordSpending;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.ReportProgress;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.SetGoal;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartAction;
import nl.participatie.burgersaanhetstuur.InitiativeCommand.StartInitiative;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.InitiativeStep;
import nl.participatie.burgersaanhetstuur.Membership;
import nl.participatie.burgersaanhetstuur.Resource;
import nl.participatie.burgersaanhetstuur.Source;
import nl.participatie.burgersaanhetstuur.StallDiagnosis;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.ReportCommand.FileReport;
import nl.participatie.core.AuditTrail;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.PersonalData;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcPersonalDataStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.examples.burgersaanhetstuur.Narrator;
import nl.participatie.testkit.MutableClock;

/**
 * A walkthrough of Burgers aan het stuur (<i>rondleiding</i>): the citizen initiative "Schone Bloemenbuurt" told as a
 * story in the console. Residents go through the eight steps, get stuck, see why in the stall diagnosis, get going
 * again, account for the first cycle, carry an unfinished action into a second cycle and account for that too; then the
 * workflow diagram and the audit trail, read back from an H2 file database and verified. Run it with
 * {@code ./mvnw -q -B -pl examples -am compile exec:java}.
 */
public final class BurgersAanHetStuurWalkthrough {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    /** The H2 database file's name, without {@code .mv.db}. */
    static final String DATABASE = "bloemenbuurt";
    /** Where {@link #main} keeps the database: below the directory the command runs in. */
    static final Path DIRECTORY = Path.of("target", "participatie-walkthrough");
    /** The initiative's stream. */
    static final StreamId STREAM = StreamId.of(BurgersAanHetStuurWorkflow.INITIATIVES.streamType(), "schone-bloemenbuurt");

    private static final PersonId ANNA = PersonId.of("anna");
    private static final PersonId BRAM = PersonId.of("bram");
    private static final PersonId CARLA = PersonId.of("carla");
    private static final PersonId DIRK = PersonId.of("dirk");

    private final PrintStream out;
    private final DataSource database;

    private BurgersAanHetStuurWalkthrough(PrintStream out, DataSource database) {
        this.out = out;
        this.database = database;
    }

    /** Tells the story on standard out, with the H2 database in {@code target/participatie-walkthrough/}. */
    public static void main(String[] args) {
        Path directory = DIRECTORY.toAbsolutePath();
        run(System.out, directory);
        System.out.println();
        System.out.println("What happened: the library ran the residents' initiative through its workflow. Every command was");
        System.out.println("checked (is it this step's turn, is this person's role allowed, are the rules met?), the two refusals");
        System.out.println("above were answered with a code and a message instead of being stored, and every accepted command was");
        System.out.println("recorded with who, when and in which step, chained by SHA-256 hashes so a changed record shows.");
        System.out.println("The events (without names) and the names (apart, erasable) are in the H2 database file");
        System.out.println("  " + directory.resolve(DATABASE + ".mv.db"));
        System.out.println("To list the audit trail stored there, record by record, and verify it:");
        System.out.println("  " + AuditTrailViewer.COMMAND);
    }

    /**
     * Tells the story on the given stream and returns the initiative as it ends. The events and the names are kept in
     * a new H2 file database in the given directory (an earlier one there is replaced), through the library's JDBC
     * stores, as a municipality's test system would keep them.
     */
    public static Initiative run(PrintStream out, Path directory) {
        JdbcDataSource h2 = new JdbcDataSource();
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(DATABASE + ".mv.db"));
            Files.deleteIfExists(directory.resolve(DATABASE + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the database directory " + directory, e);
        }
        h2.setURL(url(directory));
        try {
            return new BurgersAanHetStuurWalkthrough(out, h2).tell();
        } finally {
            shutdown(h2);
        }
    }

    /**
     * Tells the story on a database that may hold other streams too (the demo application's), through the library's
     * JDBC stores; the schema is migrated first.
     */
    public static Initiative run(PrintStream out, DataSource database) {
        return new BurgersAanHetStuurWalkthrough(out, database).tell();
    }

    /** The JDBC URL of the walkthrough's H2 file database in {@code directory}. */
    static String url(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve(DATABASE) + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
    }

    static void shutdown(DataSource h2) {
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the walkthrough's H2 database", e);
        }
    }

    private Initiative tell() {
        SchemaMigration.migrate(database);
        EventStore store = new JdbcEventStore(database);
        MutableClock clock = new MutableClock(START).withZone(DutchTime.ZONE);
        ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> engine = BurgersAanHetStuur.builder()
                .store(store).clock(clock).ids(IdGenerator.sequential("bloemenbuurt")).build().initiatives();
        StreamId id = STREAM;

        // Names live in the personal-data store, never in the events: those only hold the person ids.
        PersonalDataStore people = new JdbcPersonalDataStore(database, clock);
        Map.of("anna", "Anna", "bram", "Bram", "carla", "Carla", "dirk", "Dirk", "fenna", "Fenna (neighbourhood worker)",
                        "gijs", "Gijs (municipality)", "wethouder", "Alderman Smit")
                .forEach((person, name) -> people.put(PersonalData.of(PersonId.of(person), Map.of(PersonalData.DISPLAY_NAME, name))));
        Actor anna = Actor.of(ANNA, INITIATOR);
        Actor bram = Actor.of(BRAM, INITIATOR);
        Actor carla = Actor.of(CARLA, PARTICIPANT);
        Actor dirk = Actor.of(DIRK, PARTICIPANT);
        Actor fenna = Actor.of("fenna", FACILITATOR);
        Actor gijs = Actor.of("gijs", CIVIL_SERVANT);
        Actor alderman = Actor.of("wethouder", EXECUTIVE);

        Narrator story = new Narrator(out, engine, id, people, clock);
        out.println("Burgers aan het stuur — a walkthrough of the citizen initiative 'Schone Bloemenbuurt'");
        out.println("Events and names are kept in an H2 file database (" + DATABASE + ".mv.db) through the JDBC stores of core.");

        // ---------------------------------------------------------------------------------------------- cycle 1
        story.chapter("Cycle 1, step 1: Wat is er aan de hand? (what is going on?)");
        // The idea Anna reported on the buurtschouw app, in the same store: the initiative links to it (became), so
        // the link is checked, indexed both ways and anchored in the idea's audit trail.
        StreamId idea = Buurtschouw.builder().store(store).clock(clock).ids(IdGenerator.sequential("idee")).build()
                .fileReport(Actor.of(ANNA, BuurtschouwWorkflow.REPORTER), FileReport.idea(CategoryCode.of("overig", "idee-voor-de-buurt"),
                        "Samen het speelveld schoonhouden", GeoPoint.of(52.3547, 4.8717), ANNA, null))
                .orElseThrow().stream();
        story.does(anna, "starts 'Schone Bloemenbuurt' in neighbourhood BU03630102 with Bram, from her buurtschouw idea " + idea,
                new StartInitiative("Schone Bloemenbuurt", NeighbourhoodCode.parse("BU03630102"), List.of(ANNA, BRAM),
                        StreamLink.of("became", idea)));
        story.does(fenna, "adds Carla as participant", new JoinInitiative(CARLA, Membership.PARTICIPANT));
        story.does(fenna, "adds Dirk as participant", new JoinInitiative(DIRK, Membership.PARTICIPANT));
        story.does(anna, "describes the situation, its sources and what the neighbourhood has to build on (ABCD)",
                new DescribeSituation("Rond het speelveld ligt veel zwerfafval en buren kennen elkaar nauwelijks.",
                        "ouders en kinderen rond het speelveld",
                        List.of(Source.of(Source.Kind.OBSERVATION, "buurtschouw maart: 14 meldingen zwerfafval"),
                                Source.of(Source.Kind.STORY, "ouders laten kinderen niet meer alleen spelen")),
                        List.of(Asset.of(Asset.Kind.PLACE, "buurthuis De Schakel, gratis zaal op dinsdag"),
                                Asset.of(Asset.Kind.INSTITUTION, "basisschool De Linde, groep 7 wil meedoen"))));
        story.does(carla, "adds an asset: neighbours with a trailer", new RecordAsset(Asset.Kind.SKILL, "twee buren met een aanhanger"));

        clock.advance(Duration.ofDays(14));
        story.chapter("Step 2: Wat moet er beter? (what must improve?)");
        story.does(anna, "moves on to step 2", new AdvanceStep(InitiativeStep.GOALS));
        story.does(anna, "sets goal 1: less litter around the playground",
                new SetGoal("Minder zwerfafval rond het speelveld", Goal.Theme.LIVEABILITY));
        story.does(bram, "sets goal 2: neighbours who know each other", new SetGoal("Buren kennen elkaar", Goal.Theme.SOCIAL_COHESION));

        clock.advance(Duration.ofDays(7));
        story.chapter("Step 3: Actieplan maken (make an action plan)");
        story.does(anna, "moves on to step 3", new AdvanceStep(InitiativeStep.ACTION_PLAN));
        story.does(anna, "plans action 1, a clean-up morning with the school, owned by Carla",
                new PlanAction(1, "Opschoonochtend met de basisschool", CARLA, LocalDate.of(2026, 3, 1),
                        List.of(Resource.of(Resource.Kind.MATERIALS, "20 grijpers en vuilniszakken", Money.euros(250)))));
        story.does(anna, "plans action 2, litter bins at the playground, owned by Dirk",
                new PlanAction(1, "Afvalbakken bij het speelveld", DIRK, LocalDate.of(2026, 4, 15),
                        List.of(Resource.of(Resource.Kind.PERMIT, "omgevingsvergunning", Money.ZERO),
                                Resource.of(Resource.Kind.MONEY, "twee afvalbakken", Money.euros(400)))));
        story.does(bram, "plans action 3, a neighbours' day, owned by himself",
                new PlanAction(2, "Burendag in De Schakel", BRAM, LocalDate.of(2026, 5, 9),
                        List.of(Resource.of(Resource.Kind.MONEY, "koffie, taart en springkussen", Money.euros(300)),
                                Resource.of(Resource.Kind.HOURS, "30 uur vrijwilligers", Money.ZERO))));
        story.does(anna, "jumps ahead to execution", new AdvanceStep(InitiativeStep.EXECUTION));

        clock.advance(Duration.ofDays(7));
        story.chapter("Step 4: Meetbare resultaten bepalen (define measurable results)");
        story.does(anna, "moves on to step 4", new AdvanceStep(InitiativeStep.MEASURABLE_RESULTS));
        story.does(carla, "proposes 'a cleaner neighbourhood' without a number or a unit",
                new DefineIndicator(1, "Schonere buurt", "", Indicator.Kind.BETTER_OFF, null, new BigDecimal("1"),
                        LocalDate.of(2026, 2, 15), LocalDate.of(2026, 6, 30), "kijken"));
        story.does(carla, "defines indicator 1: bags of litter per clean-up round, from 40 to 15",
                new DefineIndicator(1, "Zakken zwerfafval per opschoonronde", "zakken", Indicator.Kind.BETTER_OFF, new BigDecimal("40"),
                        new BigDecimal("15"), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 6, 30), "telling na elke ronde"));
        story.does(bram, "defines indicator 2: visitors of the neighbours' day (how much did we do?)",
                new DefineIndicator(2, "Bezoekers van de burendag", "bewoners", Indicator.Kind.HOW_MUCH, BigDecimal.ZERO,
                        new BigDecimal("60"), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 31), "turven bij de ingang"));
        story.does(bram, "defines indicator 3: residents who can ask a neighbour for help (is anyone better off?)",
                new DefineIndicator(2, "Bewoners die een buur om hulp kunnen vragen", "%", Indicator.Kind.BETTER_OFF, new BigDecimal("35"),
                        new BigDecimal("50"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), "korte enquête aan de deur"));

        clock.advance(Duration.ofDays(3));
        story.chapter("Step 5: Actieplan uitvoeren (execute the action plan)");
        story.does(anna, "moves on to step 5", new AdvanceStep(InitiativeStep.EXECUTION));
        story.does(carla, "starts the clean-up morning", new StartAction(1));
        story.does(dirk, "reports the litter bins blocked", new BlockAction(2, "wacht op de vergunning van de gemeente"));

        clock.advance(Duration.ofDays(49));
        story.chapter("Seven weeks later: the initiative has gone quiet");
        story.say("The municipality's scheduler lets the library fire what is due:");
        for (Outcome<InitiativeEvent, Initiative> due : engine.fireDue(id)) {
            due.orElseThrow().notifications().forEach(story::tell);
        }
        Diagnosis stuck = StallDiagnosis.defaults().diagnose(engine.load(id), clock.instant());
        story.say("Nobody knows why it stalled. The stall diagnosis does:");
        story.block(stuck.toMarkdown(Locale.ENGLISH));

        story.chapter("Back on track");
        story.does(fenna, "calls the municipality for Dirk; he follows up on the blocked bins",
                new ReportProgress(2, 10, "gemeente gebeld: vergunning komt in april"));
        story.does(carla, "finishes the clean-up morning", new FinishAction(1, "18 bewoners en groep 7 deden mee"));
        story.does(anna, "records what it cost", new RecordSpending(1, Money.of("265.40"), "grijpers, zakken en koffie"));
        story.does(carla, "records the first count of indicator 1",
                new RecordMeasurement(1, new BigDecimal("31"), LocalDate.of(2026, 3, 20), "telling werkgroep"));
        Diagnosis better = StallDiagnosis.defaults().diagnose(engine.load(id), clock.instant());
        story.say("The diagnosis now: " + codes(better));

        clock.advance(Duration.ofDays(44));
        story.chapter("The neighbours' day");
        story.does(bram, "starts and holds the neighbours' day", new StartAction(3));
        story.does(bram, "reports it done", new FinishAction(3, "72 bezoekers, 9 nieuwe vrijwilligers"));
        story.does(anna, "records what it cost", new RecordSpending(3, Money.of("280.00"), "koffie, taart en springkussen"));
        story.does(bram, "records the visitors", new RecordMeasurement(2, new BigDecimal("72"), LocalDate.of(2026, 5, 9), "turflijst"));

        clock.advance(Duration.ofDays(17));
        story.chapter("Step 6: Resultaten meten (measure results)");
        story.does(anna, "moves on to step 6", new AdvanceStep(InitiativeStep.MEASUREMENT));
        story.does(gijs, "adds the municipality's count of indicator 1",
                new RecordMeasurement(1, new BigDecimal("18"), LocalDate.of(2026, 5, 20), "telling gemeente"));
        clock.advance(Duration.ofDays(12));
        story.does(carla, "records the door-to-door survey",
                new RecordMeasurement(3, new BigDecimal("44"), LocalDate.of(2026, 6, 5), "enquête, 120 huishoudens"));

        story.chapter("Step 7: Verantwoorden (account for it)");
        story.does(anna, "moves on to step 7", new AdvanceStep(InitiativeStep.ACCOUNTABILITY));
        story.does(anna, "accepts the accountability report for the initiative", new AcceptReport("besproken op de bewonersavond"));
        clock.advance(Duration.ofDays(3));
        story.does(gijs, "acknowledges it for the municipality", new AcknowledgeReport("dank, de vergunning komt eraan"));
        story.say("The report of cycle 1, as the municipality publishes it (Dutch):");
        story.block(AccountabilityReport.of(engine.load(id)).toMarkdown(DUTCH));

        story.chapter("Step 8: Nieuwe doelen stellen (set new goals)");
        story.does(anna, "moves on to step 8", new AdvanceStep(InitiativeStep.NEW_GOALS));
        story.does(carla, "sets a goal for the next cycle: a green playground", new SetGoal("Een groene speelplek", Goal.Theme.LIVEABILITY));
        clock.advance(Duration.ofDays(7));
        story.does(anna, "opens cycle 2, carrying over the blocked litter bins (action 2) and the litter count (indicator 1)",
                new OpenNextCycle(InitiativeStep.GOALS, List.of(), List.of(2), List.of(1)));

        // ---------------------------------------------------------------------------------------------- cycle 2
        clock.advance(Duration.ofDays(7));
        story.chapter("Cycle 2");
        story.does(fenna, "moves on to step 3", new AdvanceStep(InitiativeStep.ACTION_PLAN));
        story.does(carla, "plans action 5, front gardens and planters, for goal 3",
                new PlanAction(3, "Geveltuintjes en plantenbakken", CARLA, LocalDate.of(2026, 9, 30),
                        List.of(Resource.of(Resource.Kind.MATERIALS, "planten en bakken", Money.euros(150)))));
        story.does(fenna, "moves on to step 4", new AdvanceStep(InitiativeStep.MEASURABLE_RESULTS));
        story.does(carla, "defines indicator 5: parents satisfied with the playground (how well did we do it?)",
                new DefineIndicator(3, "Ouders tevreden over de speelplek", "%", Indicator.Kind.HOW_WELL, new BigDecimal("40"),
                        new BigDecimal("70"), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), "enquête op het speelveld"));
        story.does(fenna, "moves on to step 5", new AdvanceStep(InitiativeStep.EXECUTION));
        clock.advance(Duration.ofDays(30));
        story.does(dirk, "takes up the litter bins again: the permit came", new StartAction(4));
        story.does(dirk, "reports them placed", new FinishAction(4, "vergunning binnen, bakken staan er"));
        story.does(anna, "records what they cost", new RecordSpending(4, Money.of("380.00"), "twee afvalbakken"));
        clock.advance(Duration.ofDays(50));
        story.does(carla, "reports the front gardens done", new FinishAction(5, "14 geveltuintjes"));
        story.does(anna, "records what they cost", new RecordSpending(5, Money.of("120.00"), "planten"));
        story.does(anna, "moves on to step 6", new AdvanceStep(InitiativeStep.MEASUREMENT));
        story.does(carla, "counts the litter again (indicator 4, carried over from 1)",
                new RecordMeasurement(4, new BigDecimal("12"), LocalDate.of(2026, 9, 10), "telling werkgroep"));
        story.does(carla, "records the parents' survey", new RecordMeasurement(5, new BigDecimal("65"), LocalDate.of(2026, 9, 12),
                "enquête, 40 ouders"));
        story.does(anna, "moves on to step 7", new AdvanceStep(InitiativeStep.ACCOUNTABILITY));
        story.does(anna, "accepts the report of cycle 2", new AcceptReport(""));
        clock.advance(Duration.ofDays(5));
        story.does(alderman, "acknowledges it for the municipality", new AcknowledgeReport("complimenten"));
        story.does(anna, "moves on to step 8", new AdvanceStep(InitiativeStep.NEW_GOALS));
        Initiative end = engine.load(id);
        story.say("The report of cycle 2 (English):");
        story.block(AccountabilityReport.of(end, 2).toMarkdown(Locale.ENGLISH));
        story.say("The diagnosis at the end: " + codes(StallDiagnosis.defaults().diagnose(end, clock.instant())));

        // ------------------------------------------------------------------------------- the workflow and the trail
        story.chapter("The workflow, as declared data (Mermaid)");
        story.block(BurgersAanHetStuurWorkflow.INITIATIVES.workflow().toMermaid());

        story.chapter("The audit trail");
        List<RecordedEvent<InitiativeEvent>> history = engine.history(id);
        ParticipatieJson json = ParticipatieJson.defaults();
        for (RecordedEvent<InitiativeEvent> r : history.subList(0, 3)) {
            story.say(line(r, json, story));
        }
        story.say("... " + (history.size() - 4) + " more ...");
        story.say(line(history.get(history.size() - 1), json, story));
        // Read the trail back from the database with a store and an engine that have seen nothing of the story.
        ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> reader = BurgersAanHetStuur.builder()
                .store(new JdbcEventStore(database)).build().initiatives();
        AuditTrail.Verification verification = reader.verify(id);
        story.say("Read back from the H2 file, the audit trail of " + reader.history(id).size() + " events is "
                + (verification.valid() ? "verified: the hash chain is intact"
                : "BROKEN at " + verification.firstBroken() + ": " + verification.reason()));
        story.say("and folds into the same initiative: " + reader.load(id).equals(engine.load(id)) + ".");
        List<RecordedEvent<?>> tampered = new ArrayList<>(history);
        RecordedEvent<InitiativeEvent> goal = history.get(6);
        tampered.set(6, new RecordedEvent<>(goal.stream(), goal.sequence(), goal.recordedAt(), goal.actor(), goal.step(),
                new InitiativeEvent.GoalSet(1, 1, Erasable.of(goal.actor().person(), "Meer parkeerplaatsen"), Goal.Theme.LIVEABILITY), goal.previousHash(), goal.hash()));
        AuditTrail.Verification forged = engine.auditTrail().verify(tampered);
        story.say("Someone rewrites goal 1 in a copy of the trail: " + (forged.valid() ? "not noticed (!)"
                : "found at entry " + forged.firstBroken() + " (" + forged.reason() + ")"));
        people.erase(DIRK);
        story.say("Dirk asks to be forgotten (AVG art. 17): his personal data is erased; the trail is still "
                + (engine.verify(id).valid() ? "verified" : "BROKEN") + " and shows him as '" + story.name(DIRK) + "'.");
        out.println();
        out.println("The end: '" + end.title().orElse(Erasable.erasedText().en()) + "' is in cycle " + end.cycle() + ", step " + end.step().number() + " ("
                + end.step().label().en() + ").");
        return end;
    }

    private static String codes(Diagnosis diagnosis) {
        if (diagnosis.isHealthy()) {
            return "nothing stands in the way.";
        }
        List<String> codes = new ArrayList<>();
        for (Finding f : diagnosis.findings()) {
            codes.add(f.code() + " (" + f.severity().label().en() + ")");
        }
        return String.join(", ", codes) + ".";
    }

    private static String line(RecordedEvent<InitiativeEvent> r, ParticipatieJson json, Narrator story) {
        return "#" + r.sequence() + " " + r.recordedAt() + " " + story.name(r.actor().person()) + " (" + r.actor().role() + ") in "
                + r.step() + ": " + json.typeId(r.event())
                // Not the hash itself: it covers the sealed resident text, whose random nonce differs from run to run.
                + (r.sequence() == 1 ? ", the first link of the hash chain" : ", chained to #" + (r.sequence() - 1));
    }
}
