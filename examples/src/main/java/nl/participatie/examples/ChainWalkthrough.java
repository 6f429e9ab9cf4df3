package nl.participatie.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import nl.participatie.burgersaanhetstuur.Asset;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuur;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.burgersaanhetstuur.Goal;
import nl.participatie.burgersaanhetstuur.Indicator;
import nl.participatie.burgersaanhetstuur.Initiative;
import nl.participatie.burgersaanhetstuur.InitiativeCommand;
import nl.participatie.burgersaanhetstuur.InitiativeEvent;
import nl.participatie.burgersaanhetstuur.InitiativeStep;
import nl.participatie.budgetmonitoring.BudgetData;
import nl.participatie.budgetmonitoring.BudgetRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand;
import nl.participatie.budgetmonitoring.BudgetRoundEvent;
import nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.chain.ChainReactions;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CategoryCode;
import nl.participatie.buurtschouw.HelpOffer;
import nl.participatie.buurtschouw.Report;
import nl.participatie.buurtschouw.ReportCommand;
import nl.participatie.buurtschouw.ReportEvent;
import nl.participatie.core.Notification;
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.Recipient;
import nl.participatie.core.link.ChainView;
import nl.participatie.core.link.Link;
import nl.participatie.core.link.LinkTypes;
import nl.participatie.core.link.LinkVerifier;
import nl.participatie.core.link.Reactor;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcReactorPositions;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.GeoPoint;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.core.value.StreamLink;
import nl.participatie.samenspel.Samenspel;
import nl.participatie.samenspel.SamenspelWorkflow;
import nl.participatie.samenspel.Trajectory;
import nl.participatie.samenspel.TrajectoryCommand;
import nl.participatie.samenspel.TrajectoryEvent;
import nl.participatie.samenspel.DesignTemplate;
import nl.participatie.samenspel.json.DesignTemplates;
import nl.participatie.testkit.MutableClock;
import nl.participatie.youthmanifesto.ManifestoGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand;
import nl.participatie.youthmanifesto.ManifestoGroupEvent;

/**
 * From a neighbourhood report to a council result, across the five methods on one database: Sanne reports an idea on
 * the buurtschouw app and two neighbours support it, one offering to help; young people write a manifesto
 * ({@link YouthManifestoWalkthrough}) and, while they follow it up, residents of Zuidoost follow their budget
 * ({@link BudgetmonitoringWalkthrough}): a reallocation answers the manifesto's first action ({@code responds-to}), the
 * council adopts it and the poverty fund, and Sanne's idea becomes a residents' initiative (Burgers aan het stuur)
 * whose action is funded from that line and which a Samenspel trajectory counts as one of its phases
 * ({@code phase-of}). A {@link Reactor} run by the municipality's scheduler closes the idea with feedback and invites
 * the helper, marks the manifesto action realised by the budget round and tells the young people, and tells Sanne
 * when the action is done and when the money was spent. (The borrowed walkthroughs keep their own dates: the
 * manifesto's follow-up is dated 2026, the budget round it is answered in 2025.) At the end: the chain view of the
 * initiative (Markdown and Mermaid), which shows all five methods, and every link verified at both ends. Run it with
 * {@code ./mvnw -q -B -pl examples -am compile exec:java -Dexec.mainClass=nl.participatie.examples.ChainWalkthrough}.
 */
public final class ChainWalkthrough {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final PersonId SANNE = PersonId.of("p-sanne");
    static final PersonId TIM = PersonId.of("p-tim");
    static final PersonId UMA = PersonId.of("p-uma");
    private static final Actor FACILITATOR = Actor.of("p-opbouwwerker-marieke", BurgersAanHetStuurWorkflow.FACILITATOR);

    /**
     * What the walkthrough produced, for its test.
     *
     * @param database      the database the story was told on
     * @param idea          the Buurtschouw report
     * @param initiative    the Burgers aan het stuur initiative
     * @param round         the Budgetmonitoring round
     * @param group         the Youth Manifesto group
     * @param trajectory    the Samenspel trajectory
     * @param notifications every notification the reactor's reactions produced, in order
     * @param chainNl       the chain view of the initiative in Dutch
     * @param chainEn       the chain view in English
     * @param mermaid       the chain view as a Mermaid flowchart
     * @param links         every link of the chain
     * @param broken        the links that did not verify (none)
     */
    public record Run(DataSource database, StreamId idea, StreamId initiative, StreamId round, StreamId group, StreamId trajectory,
                      List<Notification> notifications,
                      String chainNl, String chainEn, String mermaid, List<Link> links, List<LinkVerifier.Result> broken) {
    }

    private ChainWalkthrough() {
    }

    /** Tells the story on standard out. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story on {@code out}, on a new in-memory H2 database. */
    public static Run run(PrintStream out) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:chain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return run(out, h2);
    }

    /** Tells the story on {@code out} on the given empty database (H2 or PostgreSQL). */
    public static Run run(PrintStream out, DataSource database) {
        return run(out, database, new BudgetData());
    }

    /**
     * Tells the story on {@code out} on the given database, which may hold other streams too (the demo application's);
     * the budget round's figures are supplied into {@code figures} (see
     * {@link BudgetmonitoringWalkthrough#supplyFigures(BudgetData, nl.participatie.budgetmonitoring.BudgetRound)}).
     */
    public static Run run(PrintStream out, DataSource database, BudgetData figures) {
        SchemaMigration.migrate(database);
        return new Story(out, database, figures).tell();
    }

    /** The story's state: the engines of the five methods on one store, and the reactor. */
    private static final class Story implements BudgetmonitoringWalkthrough.Interlude, YouthManifestoWalkthrough.Interlude {
        private final PrintStream out;
        private final DataSource database;
        private final JdbcEventStore store;
        private final MutableClock clock = new MutableClock(java.time.Instant.parse("2025-09-01T09:00:00Z"));
        private final ProcessEngine<ReportCommand, ReportEvent, Report> reports;
        private final ProcessEngine<InitiativeCommand, InitiativeEvent, Initiative> initiatives;
        private final Buurtschouw schouw;
        private final List<Notification> told = new ArrayList<>();
        private final ProcessEngine<TrajectoryCommand, TrajectoryEvent, Trajectory> trajectories;
        private ProcessEngine<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> groups;
        private Reactor reactor;
        private StreamId idea;
        private StreamId initiative;
        private StreamId group;
        private StreamId round;
        private StreamId trajectory;

        private final BudgetData figures;

        Story(PrintStream out, DataSource database, BudgetData figures) {
            this.out = out;
            this.figures = figures;
            this.database = database;
            this.store = new JdbcEventStore(database);
            this.schouw = Buurtschouw.builder().store(store).clock(clock).ids(IdGenerator.sequential("idee")).build();
            this.reports = schouw.reports();
            this.initiatives = BurgersAanHetStuur.builder().store(store).clock(clock).ids(IdGenerator.sequential("initiatief"))
                    .build().initiatives();
            this.trajectories = Samenspel.builder().store(store).clock(clock).ids(IdGenerator.sequential("traject")).build().trajectories();
        }

        Run tell() {
            out.println("Van melding tot raadsbesluit — een idee uit de buurtschouw, een bewonersinitiatief en de begroting, gekoppeld");
            out.println("1. Sanne meldt een idee; Tim steunt het, Uma biedt hulp aan");
            idea = schouw.fileReport(Actor.of(SANNE, BuurtschouwWorkflow.REPORTER), ReportCommand.FileReport.idea(
                    CategoryCode.of("overig", "idee-voor-de-buurt"), "Een moestuin bij het buurthuis, voor en door de buurt",
                    GeoPoint.of(52.3121, 4.9716), SANNE, null)).orElseThrow().stream();
            reports.handle(idea, Actor.of(TIM, BuurtschouwWorkflow.PARTICIPANT), new ReportCommand.SupportIdea(List.of(), null)).orElseThrow();
            reports.handle(idea, Actor.of(UMA, BuurtschouwWorkflow.PARTICIPANT),
                    new ReportCommand.SupportIdea(List.of(HelpOffer.TIME), null)).orElseThrow();
            out.println("   " + idea + " (" + reports.load(idea).step() + ")");

            out.println("2. Jongeren schrijven een manifest en volgen het op (de Youth Manifesto-wandeling, kort)");
            YouthManifestoWalkthrough.run(new PrintStream(PrintStream.nullOutputStream()), database, this);
            out.println("   " + group + " (" + groups.load(group).step() + ")");

            out.println("7. De keten van het initiatief");
            ChainView chain = ChainView.of(store, initiative, ChainView.statusFrom(reports, initiatives,
                    nl.participatie.budgetmonitoring.Budgetmonitoring.builder().store(store).build().rounds(), groups, trajectories));
            String nl = chain.toMarkdown(DUTCH);
            String en = chain.toMarkdown(Locale.ENGLISH);
            String mermaid = chain.toMermaid();
            out.print(nl);
            out.print(mermaid);
            LinkVerifier verifier = new LinkVerifier(store, store.format());
            List<LinkVerifier.Result> broken = new ArrayList<>();
            for (Link link : chain.links()) {
                LinkVerifier.Result result = verifier.verify(link);
                out.println("   " + link + ": " + (result.valid() ? "klopt aan beide kanten" : "KLOPT NIET: " + result.reason()));
                if (!result.valid()) {
                    broken.add(result);
                }
            }
            return new Run(database, idea, initiative, round, group, trajectory, List.copyOf(told), nl, en, mermaid, chain.links(),
                    broken);
        }

        @Override
        public void inFollowUp(StreamId followedUp, ProcessEngine<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> engine,
                               MutableClock youthClock) {
            // The reactor fires on the group with the youth story's engine, so the group's records keep its clock.
            this.group = followedUp;
            this.groups = engine;
            out.println("3. Intussen volgen bewoners van Zuidoost hun begroting (de Budgetmonitoring-wandeling, kort)");
            BudgetmonitoringWalkthrough.run(new PrintStream(PrintStream.nullOutputStream()), database, this, figures);
            react("na het laatste kwartaal");
        }

        @Override
        public void beforeCouncilDecision(StreamId answering, ProcessEngine<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> rounds,
                                          MutableClock budgetClock) {
            round = answering;
            out.println("   de griffie legt vast: verschuiving 1 (naar lokale ambulante jeugdhulp) beantwoordt actie 1 van het manifest,"
                    + " verschuiving 3 (het buurthuis) actie 4");
            Actor griffier = Actor.of("p-griffie-zuidoost", BudgetmonitoringWorkflow.GRIFFIE);
            rounds.handle(round, griffier, new BudgetRoundCommand.AnswerManifestoActions(1, group, List.of(1))).orElseThrow();
            rounds.handle(round, griffier, new BudgetRoundCommand.AnswerManifestoActions(3, group, List.of(4))).orElseThrow();
        }

        @Override
        public void afterCouncilDecision(StreamId round, MutableClock budgetClock) {
            clock.set(budgetClock.instant());
            out.println("4. De raad neemt het armoedefonds en de jeugdhulp aan (" + round + "); Sannes idee wordt een bewonersinitiatief");
            initiative = StreamId.of(LinkTypes.INITIATIVE, "moestuin-zuidoost");
            Actor sanne = Actor.of(SANNE, BurgersAanHetStuurWorkflow.INITIATOR);
            does(sanne, new InitiativeCommand.StartInitiative("Moestuin Zuidoost", NeighbourhoodCode.parse("BU02000301"), List.of(SANNE),
                    StreamLink.of("became", idea)));
            reactor = Reactor.builder("keten", store::readAll, store).positions(new JdbcReactorPositions(database))
                    .reaction(ChainReactions.ideaClosedByInitiative(reports)).reaction(ChainReactions.initiativeActionDone(reports))
                    .reaction(ChainReactions.budgetRealisationRecorded(reports))
                    .reaction(ChainReactions.manifestoActionsRealised(groups, store))
                    .notifications(told::add).build();
            react("na de start van het initiatief");
            does(sanne, new InitiativeCommand.DescribeSituation("Braakliggend grasveld naast het buurthuis", "buren zonder tuin",
                    List.of(), List.of(Asset.of(Asset.Kind.PLACE, "buurthuis Zuidoost"))));
            does(sanne, new InitiativeCommand.AdvanceStep(InitiativeStep.GOALS));
            does(sanne, new InitiativeCommand.SetGoal("Buren ontmoeten elkaar in de moestuin", Goal.Theme.SOCIAL_COHESION));
            does(sanne, new InitiativeCommand.AdvanceStep(InitiativeStep.ACTION_PLAN));
            does(sanne, new InitiativeCommand.PlanAction(1, "Moestuinbakken bouwen", SANNE, LocalDate.of(2026, 4, 30), List.of()));
            out.println("5. De actie wordt betaald uit de begrotingsregel armoedefonds-zuidoost; het initiatief is een fase van een"
                    + " Samenspel-traject");
            does(sanne, new InitiativeCommand.FundActionFromBudget(1, round, "armoedefonds-zuidoost"));
            DesignTemplate template = DesignTemplates.waddinxveen();
            Actor ambtenaar = Actor.of("p-ambtenaar-participatie", SamenspelWorkflow.CIVIL_SERVANT);
            trajectory = trajectories.handle(trajectories.newStream(), ambtenaar,
                    new TrajectoryCommand.DraftTrajectory(template.municipality(), template.design())).orElseThrow().stream();
            trajectories.handle(trajectory, ambtenaar, new TrajectoryCommand.AddPhaseInstance(
                    template.design().phases().get(0).code(), initiative)).orElseThrow();
            does(sanne, new InitiativeCommand.AdvanceStep(InitiativeStep.MEASURABLE_RESULTS));
            does(sanne, new InitiativeCommand.DefineIndicator(1, "Buren die meedoen", "bewoners", Indicator.Kind.HOW_MUCH, BigDecimal.ZERO,
                    new BigDecimal("20"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30), "turven"));
            does(sanne, new InitiativeCommand.AdvanceStep(InitiativeStep.EXECUTION));
            does(sanne, new InitiativeCommand.StartAction(1));
        }

        @Override
        public void afterQuarter(StreamId round, int quarter, MutableClock budgetClock) {
            clock.set(budgetClock.instant());
            if (quarter == 2) {
                out.println("6. De moestuinbakken staan er; de gemeente levert de realisatie per kwartaal");
                clock.advance(Duration.ofDays(1));
                does(Actor.of(SANNE, BurgersAanHetStuurWorkflow.INITIATOR), new InitiativeCommand.FinishAction(1, "12 bakken gebouwd"));
                react("na kwartaal " + quarter);
            }
        }

        private void does(Actor actor, InitiativeCommand command) {
            initiatives.handle(initiative, actor, command).orElseThrow();
        }

        private void react(String when) {
            Reactor.Run run = reactor.run();
            out.println("   reactor " + when + ": " + run.fired() + " reactie(s)");
            for (Notification n : run.notifications()) {
                String to = n.recipient() instanceof Recipient.Person p ? p.person().toString()
                        : "alle " + ((Recipient.RoleHolders) n.recipient()).role();
                out.println("   aan " + to + ": " + n.message().nl());
            }
        }
    }
}
