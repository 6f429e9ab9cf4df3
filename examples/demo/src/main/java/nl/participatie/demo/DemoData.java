package nl.participatie.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.participatie.budgetmonitoring.BudgetData;
import nl.participatie.budgetmonitoring.Budgetmonitoring;
import nl.participatie.buurtschouw.Buurtschouw;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.buurtschouw.CampaignCommand;
import nl.participatie.buurtschouw.CampaignStep;
import nl.participatie.buurtschouw.Theme;
import nl.participatie.core.value.Actor;
import nl.participatie.examples.buurtschouw.IndischeBuurt;
import nl.participatie.core.link.LinkTypes;
import nl.participatie.core.store.EventStore;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.value.StreamId;
import nl.participatie.examples.BudgetmonitoringWalkthrough;
import nl.participatie.examples.BuurtschouwWalkthrough;
import nl.participatie.examples.ChainWalkthrough;
import nl.participatie.examples.SamenspelWalkthrough;
import nl.participatie.examples.YouthManifestoWalkthrough;
import nl.participatie.samenspel.SamenspelWorkflow;
import nl.participatie.youthmanifesto.YouthManifestoWorkflow;

/**
 * The demo data (<i>demogegevens</i>): the walkthroughs' stories, told through the methods' facades on the demo's own
 * database at start-up, so every instance has a real, verifying audit trail. A story already told on this database is
 * not told again. Next to them, instances still open ({@link OpenInstances}), told once per database too. The budget's figures, reference data outside the events, are supplied again after a restart.
 */
@Component
@Order(0)
public class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** The chain's initiative: Buurtschouw idea, Burgers aan het stuur initiative, Budgetmonitoring line. */
    public static final StreamId CHAIN_INITIATIVE = StreamId.of(LinkTypes.INITIATIVE, "moestuin-zuidoost");
    /** The Samenspel trajectory of Waddinxveen. */
    public static final StreamId TRAJECTORY = StreamId.of(SamenspelWorkflow.TRAJECTORIES.streamType(), "waddinxveen-2026");
    /** The Youth Manifesto group of Kanaleneiland. */
    public static final StreamId MANIFESTO_GROUP = StreamId.of(YouthManifestoWorkflow.GROUPS.streamType(), "kanaleneiland-2026");
    /** The Buurtschouw campaign of the Indische Buurt (the walkthrough's first id). */
    public static final StreamId CAMPAIGN = StreamId.of(BuurtschouwWorkflow.CAMPAIGNS.streamType(), "ib-1");

    private final DataSource database;
    private final EventStore store;
    private final PersonalDataStore people;
    private final BudgetData figures;
    private final Budgetmonitoring budgetmonitoring;
    private final StreamIndex index;
    private final Buurtschouw buurtschouw;
    private final OpenInstances open;

    public DemoData(DataSource database, EventStore store, PersonalDataStore people, BudgetData figures,
                    Budgetmonitoring budgetmonitoring, Buurtschouw buurtschouw, StreamIndex index, OpenInstances open) {
        this.open = open;
        this.buurtschouw = buurtschouw;
        this.database = database;
        this.store = store;
        this.people = people;
        this.figures = figures;
        this.budgetmonitoring = budgetmonitoring;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        tell("Digitale Buurtschouw (Indische Buurt)", CAMPAIGN, () -> BuurtschouwWalkthrough.run(quiet, database, people));
        boolean chainTold = tell("chain: Buurtschouw idea → Burgers aan het stuur → Budgetmonitoring (Zuidoost)", CHAIN_INITIATIVE,
                () -> ChainWalkthrough.run(quiet, database, figures));
        if (!chainTold && figures.budget("begroting-2026") == null) {
            // The budget and its realisations are reference data the vendor's system supplies; the events only name them.
            BudgetmonitoringWalkthrough.supplyFigures(figures, budgetmonitoring.rounds().load(round()));
        }
        tell("Samenspel (Waddinxveen)", TRAJECTORY, () -> SamenspelWalkthrough.run(quiet, database));
        tell("Youth Manifesto (Kanaleneiland)", MANIFESTO_GROUP, () -> YouthManifestoWalkthrough.run(quiet, database));
        openCampaign();
        tell("Youth Manifesto at its vote on the draft (Overvecht)", OpenInstances.MANIFESTO_GROUP_AT_VOTING, () -> {
            open.manifestoGroupAtVoting();
            return null;
        });
        tell("Budgetmonitoring before the council's decision (Zuidoost)", OpenInstances.BUDGET_ROUND_BEFORE_DECISION, () -> {
            open.budgetRoundBeforeDecision();
            return null;
        });
        tell("Samenspel in its first phase (Waddinxveen, the sequel)", OpenInstances.TRAJECTORY_IN_PROGRESS, () -> {
            open.trajectoryInProgress();
            return null;
        });
        index.refresh();
    }

    /**
     * A campaign whose walk is on, so that reports can be filed in the demo: prepared and started by two members of its
     * core group through the demo's own facade, on today's clock, with entry open for a year.
     */
    private void openCampaign() {
        for (StreamId s : index.of(BuurtschouwWorkflow.CAMPAIGNS.streamType())) {
            if (buurtschouw.campaigns().load(s).step() == CampaignStep.WALK) {
                LOG.info("Demo data: an open campaign is there already ({})", s);
                return;
            }
        }
        Actor kees = Actor.of("p-demo-kerngroep-kees", BuurtschouwWorkflow.CORE_GROUP);
        Actor lotte = Actor.of("p-demo-kerngroep-lotte", BuurtschouwWorkflow.CORE_GROUP);
        StreamId campaign = buurtschouw.startCampaign(kees, new CampaignCommand.StartCampaign("Schouw Indische Buurt, de demo",
                IndischeBuurt.AMSTERDAM)).orElseThrow().stream();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<CampaignCommand> preparation = List.of(
                new CampaignCommand.JoinCoreGroup(lotte.person()),
                new CampaignCommand.ChooseArea(List.of(IndischeBuurt.WEST, IndischeBuurt.OOST)),
                new CampaignCommand.PlanRoute(List.of(IndischeBuurt.BALISTRAAT, IndischeBuurt.JAVASTRAAT, IndischeBuurt.JAVAPLEIN,
                        IndischeBuurt.SUMATRAPLANTSOEN)),
                new CampaignCommand.ChooseThemes(List.of(Theme.GREEN, Theme.LITTER, Theme.LIGHTING, Theme.PAVING)),
                new CampaignCommand.ScheduleWalk(List.of(today), Instant.now().plus(Duration.ofDays(365))),
                new CampaignCommand.StartWalk());
        for (CampaignCommand command : preparation) {
            buurtschouw.campaigns().handle(campaign, command instanceof CampaignCommand.StartWalk ? kees : lotte, command).orElseThrow();
        }
        LOG.info("Demo data: opened campaign {} for reports", campaign);
    }

    /** The budget round the chain's initiative is funded from. */
    public StreamId round() {
        return store.linksFrom(CHAIN_INITIATIVE).stream().filter(l -> l.type().equals("funded-by")).findFirst().orElseThrow().target();
    }

    /** Tells a story unless its first stream is there already; whether it told it. */
    private boolean tell(String story, StreamId marker, Supplier<?> teller) {
        if (store.version(marker) > 0) {
            LOG.info("Demo data: {} is there already", story);
            return false;
        }
        teller.get();
        LOG.info("Demo data: told {}", story);
        return true;
    }
}
