package nl.participatie.examples;

import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.CIVIL_SERVANT;
import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.GRIFFIE;
import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.RESIDENT;
import static nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow.SOCIAL_PROFESSIONAL;

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

import nl.participatie.budgetmonitoring.Allocation;
import nl.participatie.budgetmonitoring.AreaCode;
import nl.participatie.budgetmonitoring.AreaShare;
import nl.participatie.budgetmonitoring.Budget;
import nl.participatie.budgetmonitoring.BudgetData;
import nl.participatie.budgetmonitoring.BudgetImport;
import nl.participatie.budgetmonitoring.BudgetLine;
import nl.participatie.budgetmonitoring.BudgetRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AllocateToAreas;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AnalyseProgramme;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CastVote;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CloseRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CompleteAnalysis;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CountVotes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.PresentToCouncil;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.ProposeReallocation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordCouncilDecision;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordRealisation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordSurveyRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SelectProgrammes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.StartRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SubmitAlternativeBudget;
import nl.participatie.budgetmonitoring.BudgetRoundEvent;
import nl.participatie.budgetmonitoring.Budgetmonitoring;
import nl.participatie.budgetmonitoring.Comparison;
import nl.participatie.budgetmonitoring.CouncilProposal;
import nl.participatie.budgetmonitoring.DecisionMode;
import nl.participatie.budgetmonitoring.Monitoring;
import nl.participatie.budgetmonitoring.ProgrammeAnalysis;
import nl.participatie.budgetmonitoring.Realisation;
import nl.participatie.budgetmonitoring.SocialDomain;
import nl.participatie.budgetmonitoring.Verdict;
import nl.participatie.budgetmonitoring.Vote;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;

/**
 * A budget round in a wijk of a mid-size municipality (CBS code GM0200; the budget's amounts are invented), from the
 * import of the budget to the closed year: how a municipality's participation platform embeds
 * {@code participatie-budgetmonitoring}. A civil servant imports the budget in thousands of euros (a file without a
 * declared scale and one with a taakveld that 2026 no longer has are refused, every bad row by its line); five residents
 * choose poverty and youth (two votes on paper, one member's second vote refused); they analyse two programmes,
 * translate the community work to three wijken and survey their neighbours; they propose moving money from residential
 * to local youth care and to a poverty fund, and an increase for the community centre (a move larger than its line is
 * refused, and so is a declared total change that is not the real one); the council adopts the first move with a
 * smaller amount, the second as proposed, and rejects the increase; four quarters of realisation follow, projected by
 * last year's seasonal profile, and the residents hear of the flagged lines; the year is closed. At the end: the
 * comparison and the monitoring as Markdown, the CSV a council clerk opens, and the audit trail verified.
 *
 * <p>Events are kept in the JDBC event store on an embedded in-memory H2 database, as a municipality's test system would
 * keep them (the vendor passes its own {@code DataSource}; PostgreSQL in production); the budget and realisations are
 * reference data in {@link BudgetData}, never copied into the events; the clock is the story's. Run it with
 * {@code ./mvnw -q -B -pl examples -am compile exec:java -Dexec.mainClass=nl.participatie.examples.BudgetmonitoringWalkthrough}.
 */
public final class BudgetmonitoringWalkthrough {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final MunicipalityCode GEMEENTE = MunicipalityCode.parse("GM0200");
    private static final Actor AMBTENAAR = Actor.of("p-ambtenaar-financien", CIVIL_SERVANT);
    private static final Actor OPBOUWWERKER = Actor.of("p-opbouwwerker-marieke", SOCIAL_PROFESSIONAL);
    private static final Actor GRIFFIER = Actor.of("p-griffie", GRIFFIE);
    private static final Actor ANOUK = Actor.of("p-anouk", RESIDENT);
    private static final Actor BRAM = Actor.of("p-bram", RESIDENT);
    private static final Actor CEM = Actor.of("p-cem", RESIDENT);
    private static final Actor DEWI = Actor.of("p-dewi", RESIDENT);
    private static final Actor EVA = Actor.of("p-eva", RESIDENT);
    private static final SocialDomain POVERTY = SocialDomain.of("poverty");
    private static final SocialDomain YOUTH = SocialDomain.of("youth");
    private static final SocialDomain CARE = SocialDomain.of("care");
    private static final String MEEDOEN = "Meedoen en inkomen";
    private static final String JEUGD = "Jeugd en gezin";
    private static final List<BigDecimal> SEASON = List.of(BigDecimal.valueOf(20), BigDecimal.valueOf(24), BigDecimal.valueOf(23),
            BigDecimal.valueOf(33));

    /** The budget of 2026 as the financial department exports it, in thousands of euros (amounts invented). */
    static final String BUDGET_CSV = """
            scale;thousands
            id;taakveld;programme;area;lasten;baten
            bestuur;0.1;Bestuur en dienstverlening;;9.450,3;120
            reserves;0.10;Financiën;;18.400;22.150
            samenkracht;6.1;Meedoen en inkomen;;11.830,4;420
            buurthuis-zuidoost;6.1;Meedoen en inkomen;WK020003;1.240,5;60
            inkomensregelingen;6.3;Meedoen en inkomen;;68.420,3;51.230,8
            armoedefonds-zuidoost;6.3;Meedoen en inkomen;WK020003;620;0
            arbeidsparticipatie;6.5;Meedoen en inkomen;;9.640,2;410,5
            jeugd-ambulant-lokaal;6.751;Jeugd en gezin;;18.420,7;0
            jeugd-verblijf-regionaal;6.762;Jeugd en gezin;;15.820,9;0
            huishoudelijke-hulp;6.711;Zorg en ondersteuning;;14.830,6;2.940,3
            """;

    /**
     * What the walkthrough produced, for its test.
     *
     * @param round           the round at the end
     * @param importProblems  the problems of the refused imports, in order
     * @param refusals        every refusal of the engine the story shows, in order
     * @param notifications   every message the vendor's system would deliver
     * @param comparison      the comparison as presented to the council, in Dutch
     * @param monitoring      the monitoring after the fourth quarter, in Dutch
     * @param monitoringCsv   the monitoring as CSV for a spreadsheet, in Dutch
     * @param firstQuarter    the monitoring after the first quarter
     * @param eventsJson      every event as stored, as JSON
     * @param auditTrailValid whether the round's audit trail verifies
     */
    public record Run(BudgetRound round, List<BudgetImport.Problem> importProblems, List<Violation> refusals,
                      List<Notification> notifications, String comparison, String monitoring, String monitoringCsv,
                      Monitoring firstQuarter, List<String> eventsJson, boolean auditTrailValid) {
    }

    /**
     * What a longer story does at two moments of this one: the chain walkthrough funds an initiative's action from the
     * round after the council's decision, and lets its reactor run after each quarter's realisation.
     */
    interface Interlude {
        /** Nothing happens in between: this walkthrough on its own. */
        Interlude NONE = new Interlude() {
        };

        /**
         * While the council deliberates (before its decision is recorded), with the round, the story's engine of
         * rounds and its clock: the chain walkthrough records there which manifesto actions a reallocation answers.
         */
        default void beforeCouncilDecision(StreamId round, ProcessEngine<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> rounds,
                                           MutableClock clock) {
        }

        /** After the council decided, with the round and the story's clock. */
        default void afterCouncilDecision(StreamId round, MutableClock clock) {
        }

        /** After the realisation of a quarter was recorded. */
        default void afterQuarter(StreamId round, int quarter, MutableClock clock) {
        }
    }

    private final PrintStream out;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-15T18:00:00Z"));
    private final Interlude interlude;
    private final BudgetData figures;
    private final Budgetmonitoring bm;
    private final StreamId round;
    private final List<BudgetImport.Problem> importProblems = new ArrayList<>();
    private final List<Violation> refusals = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();

    private BudgetmonitoringWalkthrough(PrintStream out, DataSource database, Interlude interlude, BudgetData figures) {
        this.out = out;
        this.interlude = interlude;
        this.figures = figures;
        SchemaMigration.migrate(database);
        this.bm = Budgetmonitoring.builder().store(new JdbcEventStore(database)).data(figures).clock(clock)
                .ids(IdGenerator.sequential("zuidoost")).build();
        this.round = bm.rounds().newStream();
    }

    /** Tells the story on standard out. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story on {@code out}, on a new in-memory H2 database, and returns what it produced. */
    public static Run run(PrintStream out) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:budgetmonitoring-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return run(out, h2, Interlude.NONE);
    }

    /** Tells the story on {@code out} on the given (empty or shared) database, with what a longer story does in between. */
    static Run run(PrintStream out, DataSource database, Interlude interlude) {
        return run(out, database, interlude, new BudgetData());
    }

    /** As {@link #run(PrintStream, DataSource, Interlude)}, supplying the story's figures into {@code figures}. */
    static Run run(PrintStream out, DataSource database, Interlude interlude, BudgetData figures) {
        return new BudgetmonitoringWalkthrough(out, database, interlude, figures).tell();
    }

    /**
     * Supplies the figures the story supplied to {@code round} (the budget, last year's and each recorded quarter's
     * realisation) again, as a vendor's system does after a restart: they are reference data, never in the events.
     */
    public static BudgetData supplyFigures(BudgetData figures, BudgetRound round) {
        Budget budget = BudgetImport.read(BUDGET_CSV, GEMEENTE, 2026).budget();
        figures.put("begroting-2026", budget);
        Budget adopted = budget.apply(round.adopted());
        figures.put("realisatie-2025", realisation(budget, 2025, 4));
        for (int quarter = 1; quarter <= 4; quarter++) {
            figures.put("realisatie-2026-q" + quarter, realisation(adopted, 2026, quarter));
        }
        return figures;
    }

    private Run tell() {
        out.println("Budgetmonitoring — bewoners van Zuidoost lezen de begroting, stellen een alternatief op en volgen het geld");
        out.println("Events staan in een H2-database via de JDBC-opslag van core; de begroting en realisaties zijn referentiegegevens.");

        heading("1. De begroting inlezen: schaal verplicht, elke foute regel met zijn regelnummer");
        imports("een bestand zonder schaal", BUDGET_CSV.substring(BUDGET_CSV.indexOf('\n') + 1));
        imports("een bestand met taakveld 6.2, dat in 2026 niet meer bestaat",
                BUDGET_CSV.replace("samenkracht;6.1;", "samenkracht;6.2;").replace("620;0", "6,2O;0"));
        BudgetImport.Result imported = BudgetImport.read(BUDGET_CSV, GEMEENTE, 2026);
        Budget budget = imported.budget();
        figures.put("begroting-2026", budget);
        say("- " + AMBTENAAR.person() + " levert de begroting 2026: " + budget.lines().size() + " regels, lasten zonder reserves "
                + budget.totalLasten().format(DUTCH) + ".");

        heading("2. Domeinen kiezen: stemmen in de app en op papier, één stem per lid");
        does(ANOUK, "start de ronde met Bram, Cem, Dewi en Eva", new StartRound(GEMEENTE, 2026, "begroting-2026", DecisionMode.VOTES,
                List.of(BRAM.person(), CEM.person(), DEWI.person(), EVA.person())));
        does(ANOUK, "stemt in de app op armoede en jeugd", new CastVote(ANOUK.person(), List.of(POVERTY, YOUTH), Vote.Channel.DIGITAL));
        does(BRAM, "stemt op jeugd", new CastVote(BRAM.person(), List.of(YOUTH), Vote.Channel.DIGITAL));
        does(OPBOUWWERKER, "voert de papieren stem van Cem in (armoede, zorg)", new CastVote(CEM.person(), List.of(POVERTY, CARE), Vote.Channel.PAPER));
        does(OPBOUWWERKER, "voert de papieren stem van Dewi in (armoede, jeugd)", new CastVote(DEWI.person(), List.of(POVERTY, YOUTH), Vote.Channel.PAPER));
        tries(BRAM, "wil nog een keer stemmen, nu op zorg", new CastVote(BRAM.person(), List.of(CARE), Vote.Channel.DIGITAL));
        does(ANOUK, "telt de stemmen", new CountVotes());
        say("Gekozen: " + bm.rounds().load(round).domains());

        heading("3. Programma's en analyse: doelen, het moment in de begrotingscyclus, gebieden, buurtonderzoek");
        on(LocalDate.of(2025, 9, 29));
        does(ANOUK, "kiest de programma's Meedoen en inkomen en Jeugd en gezin", new SelectProgrammes(List.of(MEEDOEN, JEUGD)));
        does(ANOUK, "analyseert Meedoen en inkomen (beslist bij de kadernota)",
                new AnalyseProgramme(MEEDOEN, "Minder huishoudens met schulden", ProgrammeAnalysis.CycleMoment.KADERNOTA));
        does(OPBOUWWERKER, "analyseert Jeugd en gezin (beslist bij de begroting)",
                new AnalyseProgramme(JEUGD, "Hulp dicht bij huis", ProgrammeAnalysis.CycleMoment.BEGROTING));
        does(OPBOUWWERKER, "vertaalt samenkracht naar drie wijken (40 / 33,3333 / 26,6667 %)", new AllocateToAreas("samenkracht",
                List.of(AreaShare.of("WK020003", "40"), AreaShare.of("WK020005", "33.3333"), AreaShare.of("WK020007", "26.6667"))));
        does(BRAM, "legt het buurtonderzoek vast: 163 van 400 huishoudens antwoordden", new RecordSurveyRound(AreaCode.of("WK020003"), 400, 163,
                List.of("Een op de vijf huishoudens heeft moeite met rondkomen", "Ouders zoeken hulp bij opvoeden dichtbij")));
        does(ANOUK, "rondt de analyse af", new CompleteAnalysis());

        heading("4. De alternatieve begroting: verschuivingen, onderbouwd met wat de buren zeiden");
        on(LocalDate.of(2025, 10, 13));
        tries(DEWI, "wil € 1 miljoen van het armoedefonds naar jeugd schuiven (de regel heeft € 620.000)",
                new ProposeReallocation("armoedefonds-zuidoost", "jeugd-ambulant-lokaal", Money.euros(1_000_000), List.of(1)));
        does(ANOUK, "schuift € 750.000 van regionaal verblijf naar lokale ambulante jeugdhulp",
                new ProposeReallocation("jeugd-verblijf-regionaal", "jeugd-ambulant-lokaal", Money.euros(750_000), List.of(1)));
        does(DEWI, "schuift € 120.000 van arbeidsparticipatie naar het armoedefonds van de wijk",
                new ProposeReallocation("arbeidsparticipatie", "armoedefonds-zuidoost", Money.euros(120_000), List.of(1)));
        does(EVA, "vraagt € 180.000 extra voor het buurthuis", new ProposeReallocation(null, "buurthuis-zuidoost", Money.euros(180_000), List.of(1)));
        String comparison = bm.comparison(bm.rounds().load(round)).toMarkdown(DUTCH);
        out.print(comparison);
        tries(ANOUK, "dient in als budgetneutraal", new SubmitAlternativeBudget(Money.ZERO));
        does(ANOUK, "dient in met een totale wijziging van € 180.000", new SubmitAlternativeBudget(Money.euros(180_000)));

        heading("5. en 6. De raad: amendementen, en een besluit per verschuiving");
        on(LocalDate.of(2025, 11, 6));
        does(GRIFFIER, "zet de amendementen op de agenda van 6 november", new PresentToCouncil(CouncilProposal.Form.AMENDMENTS,
                LocalDate.of(2025, 11, 6), "AM-2025-031"));
        interlude.beforeCouncilDecision(round, bm.rounds(), clock);
        on(LocalDate.of(2025, 11, 13));
        does(GRIFFIER, "legt het besluit vast: deels aangenomen", new RecordCouncilDecision(List.of(
                new Verdict(1, Verdict.Outcome.ADOPTED_AMENDED, Money.euros(500_000), "Afbouw verblijf gaat geleidelijk", "AM-2025-031"),
                new Verdict(2, Verdict.Outcome.ADOPTED, Money.euros(120_000), "Past in het armoedebeleid", "AM-2025-032"),
                new Verdict(3, Verdict.Outcome.REJECTED, Money.ZERO, "Geen dekking voor een verhoging", "AM-2025-033"))));
        interlude.afterCouncilDecision(round, clock);

        heading("7. Het geld volgen: vier kwartalen, geprojecteerd met het seizoenspatroon van vorig jaar");
        Budget adopted = budget.apply(bm.rounds().load(round).adopted());
        figures.put("realisatie-2025", realisation(budget, 2025, 4));
        Monitoring firstQuarter = null;
        for (int quarter = 1; quarter <= 4; quarter++) {
            on(LocalDate.of(2026, 3 * quarter, 1).plusMonths(1).plusDays(9));
            figures.put("realisatie-2026-q" + quarter, realisation(adopted, 2026, quarter));
            does(AMBTENAAR, "levert de realisatie tot en met kwartaal " + quarter,
                    new RecordRealisation("realisatie-2026-q" + quarter, "realisatie-2025"));
            Monitoring now = bm.monitoring(bm.rounds().load(round));
            firstQuarter = quarter == 1 ? now : firstQuarter;
            say("  gesignaleerd: " + now.flagged().stream().map(r -> r.line() + " (" + r.flag() + ")").toList());
            interlude.afterQuarter(round, quarter, clock);
        }
        Monitoring monitoring = bm.monitoring(bm.rounds().load(round));
        String monitoringMd = monitoring.toMarkdown(DUTCH);
        out.print(monitoringMd);
        String csv = monitoring.toCsv(DUTCH);
        say("De griffie opent in Excel (scheidingsteken ;):");
        out.print(csv.lines().limit(3).map(l -> "  " + l + "\n").reduce("", String::concat));

        heading("8. Het jaar afsluiten en het audit trail");
        on(LocalDate.of(2027, 2, 15));
        does(ANOUK, "sluit het jaar af", new CloseRound());
        ParticipatieJson json = ParticipatieJson.defaults();
        List<String> events = new ArrayList<>();
        for (RecordedEvent<BudgetRoundEvent> r : bm.rounds().history(round)) {
            events.add(json.write(r.event()));
        }
        boolean valid = bm.rounds().verify(round).valid();
        say(events.size() + " events, elk met wie, wanneer, in welke stap en de hash van het vorige; de begrotingsregels zelf staan er niet in.");
        say("Audit trail intact: " + valid);
        return new Run(bm.rounds().load(round), importProblems, refusals, notifications, comparison, monitoringMd, csv, firstQuarter,
                events, valid);
    }

    /**
     * The realisation of a year through {@code through}: each line's amount spread by the season; in 2026 regional
     * residential youth care spends 14 % more, labour participation 18 % less, and the poverty fund starts in the
     * second quarter and spends three quarters of its money.
     */
    private static Realisation realisation(Budget budget, int year, int through) {
        List<Realisation.Amount> amounts = new ArrayList<>();
        for (BudgetLine line : budget.lines()) {
            String factor = year == 2025 ? "1" : switch (line.id()) {
                case "jeugd-verblijf-regionaal" -> "1.14";
                case "arbeidsparticipatie" -> "0.82";
                case "armoedefonds-zuidoost" -> "0.75";
                default -> "1";
            };
            Money spent = Money.of(line.lasten().amount().multiply(new BigDecimal(factor)).setScale(2, java.math.RoundingMode.HALF_EVEN));
            List<BigDecimal> season = year == 2026 && line.id().equals("armoedefonds-zuidoost")
                    ? List.of(BigDecimal.ZERO, BigDecimal.valueOf(30), BigDecimal.valueOf(30), BigDecimal.valueOf(40)) : SEASON;
            List<Money> quarters = Allocation.byWeights(spent, season);
            for (int q = 1; q <= through; q++) {
                if (!quarters.get(q - 1).isZero()) {
                    amounts.add(new Realisation.Amount(line.id(), q, quarters.get(q - 1)));
                }
            }
        }
        return new Realisation(year, Realisation.Periodicity.QUARTER, amounts);
    }

    private void imports(String what, String csv) {
        BudgetImport.Result result = BudgetImport.read(csv, GEMEENTE, 2026);
        say("- " + AMBTENAAR.person() + " levert " + what + ": " + (result.isValid() ? "ingelezen" : "geweigerd, niets ingelezen"));
        for (BudgetImport.Problem p : result.problems()) {
            importProblems.add(p);
            say("   regel " + p.line() + (p.column().isEmpty() ? "" : ", kolom " + p.column()) + ": " + p.text().nl());
        }
    }

    private void does(Actor actor, String what, BudgetRoundCommand command) {
        Outcome<BudgetRoundEvent, BudgetRound> outcome = bm.rounds().handle(round, actor, command);
        say("- " + actor.role() + " " + actor.person() + ": " + what);
        notifications.addAll(outcome.orElseThrow().notifications());
        for (Notification n : outcome.orElseThrow().notifications()) {
            say("   Bericht: " + n.code());
        }
    }

    private void tries(Actor actor, String what, BudgetRoundCommand command) {
        Outcome<BudgetRoundEvent, BudgetRound> outcome = bm.rounds().handle(round, actor, command);
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
        clock.set(day.atTime(19, 30).atZone(DutchTime.ZONE).toInstant());
    }

    private void heading(String text) {
        out.println();
        out.println("== " + text);
    }

    private void say(String text) {
        out.println(text);
    }
}
