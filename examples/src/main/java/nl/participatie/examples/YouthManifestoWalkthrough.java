package nl.participatie.examples;

import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.CIVIL_SERVANT;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.EXECUTIVE;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.FACILITATOR;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.GRIFFIE;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.YOUNG_PARTICIPANT;

import java.io.PrintStream;
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
import nl.participatie.core.ProcessEngine;
import nl.participatie.core.RecordedEvent;
import nl.participatie.core.Violation;
import nl.participatie.core.json.ParticipatieJson;
import nl.participatie.core.store.PersonalDataStore;
import nl.participatie.core.store.jdbc.JdbcEventStore;
import nl.participatie.core.store.jdbc.JdbcPersonalDataStore;
import nl.participatie.core.store.jdbc.SchemaMigration;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;
import nl.participatie.youthmanifesto.Addressee;
import nl.participatie.youthmanifesto.CouncilInstrument;
import nl.participatie.youthmanifesto.CouncilInstrument.Motie;
import nl.participatie.youthmanifesto.CouncilInstrument.Result;
import nl.participatie.youthmanifesto.CouncilInstrument.Toezegging;
import nl.participatie.youthmanifesto.GroupProcess;
import nl.participatie.youthmanifesto.HealthReport;
import nl.participatie.youthmanifesto.ManifestoGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdaptProcess;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdvanceStep;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CloseGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.ConcludeAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.EnrolParticipant;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RaiseTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordAgendaItem;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordProgress;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.SettleCommitment;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.StartGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.VoteOnDraft;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.WithdrawConsent;
import nl.participatie.youthmanifesto.ManifestoGroupEvent;
import nl.participatie.youthmanifesto.ManifestoGroupRules;
import nl.participatie.youthmanifesto.ManifestoGroupStep;
import nl.participatie.youthmanifesto.ParticipantRecord;
import nl.participatie.youthmanifesto.Party;
import nl.participatie.youthmanifesto.PartyVote;
import nl.participatie.youthmanifesto.Permission;
import nl.participatie.youthmanifesto.PolicyArea;
import nl.participatie.youthmanifesto.ProcessingBasis;
import nl.participatie.youthmanifesto.RecruitmentChannel;
import nl.participatie.youthmanifesto.RisId;
import nl.participatie.youthmanifesto.Stage;
import nl.participatie.youthmanifesto.TopicScore;
import nl.participatie.youthmanifesto.VotingMethod;
import nl.participatie.youthmanifesto.YouthManifesto;
import nl.participatie.youthmanifesto.YouthManifestoWorkflow;

/**
 * A Youth Manifesto in Kanaleneiland, Utrecht, from recruitment to closed: how a municipality's youth work or council
 * system embeds {@code participatie-youth-manifesto}. Thirteen young people are recruited (one is refused until her
 * mother's consent is recorded); the group adds a visit to the city hall to its process; they raise topics, rank them
 * (two on paper), write their manifesto with an action list and approve it; the manifesto is handed to the council; the
 * griffie records a motie adopted and one rejected (the first attempt without a reason is refused), two aldermen's
 * toezeggingen — one kept, one that passes its deadline — and a written answer; the young people follow every action to
 * its end, while one girl's father withdraws his consent and her data is erased. At the end: the manifesto, the promise
 * tracker and the health check, and the audit trail verified.
 *
 * <p>Events and personal data are kept in the JDBC stores on an embedded in-memory H2 database, as a municipality's test
 * system would keep them (the vendor passes its own {@code DataSource}; PostgreSQL in production); the clock is the
 * story's. Run it with
 * {@code ./mvnw -q -B -pl examples -am compile exec:java -Dexec.mainClass=nl.participatie.examples.YouthManifestoWalkthrough}.
 */
public final class YouthManifestoWalkthrough {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final MunicipalityCode UTRECHT = MunicipalityCode.parse("GM0344");
    private static final NeighbourhoodCode KANALENEILAND_NOORD = NeighbourhoodCode.parse("BU03440801");
    private static final NeighbourhoodCode KANALENEILAND_ZUID = NeighbourhoodCode.parse("BU03440802");
    private static final NeighbourhoodCode TRANSWIJK = NeighbourhoodCode.parse("BU03440803");
    private static final Actor YARA = Actor.of("p-yara", FACILITATOR);
    private static final Actor GRIFFIE_UTRECHT = Actor.of("p-griffie-utrecht", GRIFFIE);
    private static final Actor BELEIDSMEDEWERKER = Actor.of("p-beleid-jeugd", CIVIL_SERVANT);
    private static final PersonId WETHOUDER_JANSEN = PersonId.of("p-wethouder-jansen");
    private static final PersonId WETHOUDER_EL_AMRANI = PersonId.of("p-wethouder-el-amrani");
    private static final String[] NAMES = {"Sara", "Youssef", "Lieke", "Mehmet", "Ayla", "Thijs", "Fatima", "Ruben", "Nadia",
            "Kevin", "Soufiane", "Emma", "Dewi"};

    /**
     * What the walkthrough produced, for its test.
     *
     * @param group            the group at the end
     * @param refusals         every refusal the story shows, in order
     * @param notifications    every message the vendor's system would deliver
     * @param ranking          the topics as the ranking counted them
     * @param manifesto        the manifesto in Dutch
     * @param tracker          the promise tracker in Dutch
     * @param health           the health check on the day of the overdue commitment
     * @param eventsJson       every event as stored, as JSON
     * @param withdrawn        the participant whose father withdrew consent
     * @param withdrawnErased  whether her personal data is gone from the database
     * @param auditTrailValid  whether the group's audit trail verifies
     */
    public record Run(ManifestoGroup group, List<Violation> refusals, List<Notification> notifications, List<TopicScore> ranking,
                      String manifesto, String tracker, HealthReport health, List<String> eventsJson, PersonId withdrawn,
                      boolean withdrawnErased, boolean auditTrailValid) {
    }

    /** What a longer story does during this one: the chain walkthrough follows a budget round while the group follows up. */
    interface Interlude {
        /** Nothing happens in between: this walkthrough on its own. */
        Interlude NONE = (group, groups, clock) -> { };

        /**
         * When the group entered the follow-up, before any action got its final status, with the group, the story's
         * engine of groups and its clock.
         */
        void inFollowUp(StreamId group, ProcessEngine<ManifestoGroupCommand, ManifestoGroupEvent, ManifestoGroup> groups,
                        MutableClock clock);
    }

    private final PrintStream out;
    private final Interlude interlude;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-12T16:00:00Z"));
    private final PersonalDataStore people;
    private final YouthManifesto ym;
    private final StreamId group = StreamId.of(YouthManifestoWorkflow.GROUPS.streamType(), "kanaleneiland-2026");
    private final List<Violation> refusals = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();

    private YouthManifestoWalkthrough(PrintStream out, DataSource database, Interlude interlude) {
        this.out = out;
        this.interlude = interlude;
        SchemaMigration.migrate(database);
        this.people = new JdbcPersonalDataStore(database, clock);
        this.ym = YouthManifesto.builder().store(new JdbcEventStore(database)).personalData(people).clock(clock)
                .ids(IdGenerator.sequential("kanaleneiland")).rules(ManifestoGroupRules.defaults().withTopTopics(3)).build();
    }

    /** Tells the story on standard out. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Tells the story on {@code out}, on a new in-memory H2 database, and returns what it produced. */
    public static Run run(PrintStream out) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:youth-manifesto-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new YouthManifestoWalkthrough(out, h2, Interlude.NONE).tell();
    }

    /** Tells the story on {@code out} on the given (empty or shared) database, with what a longer story does in between. */
    static Run run(PrintStream out, DataSource database, Interlude interlude) {
        return new YouthManifestoWalkthrough(out, database, interlude).tell();
    }

    /** Tells the story on a database that may hold other streams too (the demo application's); the schema is migrated first. */
    public static Run run(PrintStream out, DataSource database) {
        return new YouthManifestoWalkthrough(out, database, Interlude.NONE).tell();
    }

    private static PersonId young(int n) {
        return PersonId.of("p-jongere-" + n);
    }

    private static Actor youngActor(int n) {
        return Actor.of(young(n), YOUNG_PARTICIPANT);
    }

    private Run tell() {
        out.println("Youth Manifesto — jongeren uit Kanaleneiland schrijven een manifest en volgen wat de politiek ermee doet");
        out.println("Events en persoonsgegevens staan in een H2-database, via de JDBC-opslag van core; namen nooit in de events.");

        heading("1. Werving: dertien jongeren, toestemming apart van deelname");
        LocalDate intake = LocalDate.of(2026, 1, 8);
        for (int n = 1; n <= 13; n++) {
            LocalDate born = n <= 7 ? LocalDate.of(2011, n, 10) : LocalDate.of(2008, n - 6, 3);
            ParticipantRecord r = ParticipantRecord.of(young(n), NAMES[n - 1], born).withGuardianContact("ouder-" + n + "@example.org")
                    .withNameOnManifesto(n % 3 != 0);
            r = r.ageOn(intake) < 16 ? r.withPermissionToTakePart(intake) : r.withOwnConsent(intake);
            if (r.ageOn(intake) < 16 && n != 4) {
                r = r.withGuardianConsent(intake);
            }
            ym.participants().put(r);
        }
        ym.participants().putName(WETHOUDER_JANSEN, "wethouder Jansen (Jeugd)");
        ym.participants().putName(WETHOUDER_EL_AMRANI, "wethouder El Amrani (Werk en Inkomen)");
        say("Het deelnemersregister (persoonsgegevens, apart van de events) kent 13 jongeren: naam, geboortedatum, contact van een"
                + " ouder, en de data van toestemming.");
        does(YARA, "start de groep op grondslag toestemming; de groep kiest voor rangschikken",
                new StartGroup("Jongeren aan zet Kanaleneiland", UTRECHT, ProcessingBasis.CONSENT, VotingMethod.RANKING));
        RecruitmentChannel[] channels = {RecruitmentChannel.STREET_OUTREACH, RecruitmentChannel.SCHOOL, RecruitmentChannel.YOUTH_WORK,
                RecruitmentChannel.SPORTS_AND_CULTURE, RecruitmentChannel.COMMUNITY_ORGANISATION};
        NeighbourhoodCode[] where = {KANALENEILAND_NOORD, KANALENEILAND_ZUID, TRANSWIJK};
        for (int n = 1; n <= 13; n++) {
            EnrolParticipant enrol = new EnrolParticipant(young(n), channels[n % channels.length], where[n % where.length]);
            if (n == 4) {
                tries(YARA, "meldt Mehmet (15) aan, maar de AVG-toestemming van zijn moeder ontbreekt nog", enrol);
                ym.participants().put(ym.participants().find(young(4)).orElseThrow().withGuardianConsent(LocalDate.of(2026, 1, 12)));
                say("   De moeder van Mehmet tekent; Yara legt de toestemming vast in het register.");
            }
            ym.groups().handle(group, YARA, enrol).orElseThrow();
        }
        say("13 jongeren in de groep; in de events staat per jongere alleen een id en een leeftijdsgroep.");

        heading("2. De groep bepaalt de vorm: een werkbezoek aan het stadhuis");
        List<Stage> tooEarly = List.of(Stage.of(ManifestoGroupStep.RECRUITMENT), Stage.of(ManifestoGroupStep.TOPICS),
                Stage.of(ManifestoGroupStep.PRIORITISATION), Stage.of(ManifestoGroupStep.DRAFTING), Stage.of(ManifestoGroupStep.FOLLOW_UP),
                Stage.of(ManifestoGroupStep.HANDOVER), Stage.of(ManifestoGroupStep.COUNCIL_RESPONSE));
        tries(YARA, "probeert de opvolging vóór de overhandiging te zetten", new AdaptProcess(tooEarly, "eerst opvolgen"));
        List<Stage> own = new ArrayList<>(GroupProcess.defaults().stages());
        own.set(1, Stage.named(ManifestoGroupStep.TOPICS, "Wat speelt er in Kanaleneiland?"));
        own.add(3, Stage.own("Werkbezoek stadhuis"));
        does(YARA, "legt het besluit van de groep vast: stap 2 heet anders, na het prioriteren een werkbezoek",
                new AdaptProcess(own, "besloten op de startavond van 12 januari"));
        on(LocalDate.of(2026, 1, 19));
        does(YARA, "opent fase 2", new AdvanceStep(2));

        heading("3. Onderwerpen");
        does(youngActor(1), "Sara: 's avonds nergens welkom", new RaiseTopic("Een plek voor jongeren na 21 uur",
                "Het buurthuis sluit om 21 uur; op straat worden we weggestuurd.", PolicyArea.SPORT_CULTURE_AND_RECREATION,
                KANALENEILAND_NOORD));
        does(youngActor(2), "Youssef: bijbaan en stage", new RaiseTopic("Eerlijke kans op een bijbaan",
                "Met mijn naam word ik niet eens uitgenodigd.", PolicyArea.ECONOMY, null));
        does(youngActor(5), "Ayla: het park", new RaiseTopic("Licht en toezicht in het Merwedepark",
                "Meisjes durven er 's avonds niet doorheen.", PolicyArea.SAFETY, KANALENEILAND_ZUID));
        does(YARA, "namens Kevin, op papier aangeleverd", new RaiseTopic("Gratis sporten tot 18 jaar",
                "De contributie is te hoog voor veel gezinnen.", PolicyArea.SPORT_CULTURE_AND_RECREATION, null));

        heading("4. Prioriteren: rangschikken (Borda), twee stembiljetten op papier");
        on(LocalDate.of(2026, 2, 2));
        does(YARA, "opent het prioriteren", new AdvanceStep(3));
        List<List<Integer>> rankings = List.of(List.of(1, 3, 2), List.of(2, 1, 4), List.of(3, 1, 2), List.of(1, 2, 3),
                List.of(3, 2, 1), List.of(1, 4, 2), List.of(2, 3, 1), List.of(1, 2), List.of(4, 1, 3), List.of(3, 1, 4),
                List.of(2, 1, 3), List.of(1, 3), List.of(2, 4, 1));
        for (int n = 1; n <= 13; n++) {
            Actor who = n >= 12 ? YARA : youngActor(n);
            ym.groups().handle(group, who, new CastBallot(young(n), rankings.get(n - 1))).orElseThrow();
        }
        tries(youngActor(3), "Lieke stemt nog een keer", new CastBallot(young(3), List.of(4)));
        does(YARA, "telt de stemmen", new CountBallots());
        ManifestoGroup counted = ym.groups().load(group);
        for (TopicScore s : counted.prioritisation().ranking()) {
            say(String.format("   %d. %-40s %2d punten, %d keer eerste, %d stemmers%s", s.topic(), counted.topic(s.topic()).title().orElse("[gewist]"),
                    s.points(), s.firstPlaces(), s.supporters(), counted.prioritisation().isChosen(s.topic()) ? "  → in het manifest" : ""));
        }

        heading("5. Werkbezoek stadhuis (een eigen stap) en schrijven");
        on(LocalDate.of(2026, 2, 9));
        does(YARA, "de groep gaat op werkbezoek", new AdvanceStep(4));
        on(LocalDate.of(2026, 2, 16));
        does(YARA, "na het werkbezoek: schrijven", new AdvanceStep(5));
        does(youngActor(1), "het probleem van onderwerp 1", new DraftTopic(1,
                "Na 21 uur is er in Kanaleneiland geen plek voor jongeren; wie buiten staat, wordt weggestuurd."));
        does(youngActor(1), "actie: langer open", new AddAction(1, "Houd het buurthuis op vrijdag en zaterdag open tot 23 uur",
                Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Jeugd"), LocalDate.of(2026, 9, 1)));
        does(youngActor(2), "het probleem van onderwerp 2", new DraftTopic(2,
                "Jongeren met een migratieachtergrond worden minder vaak uitgenodigd voor een bijbaan."));
        does(youngActor(2), "actie: anoniem solliciteren", new AddAction(2, "Anoniem solliciteren bij de gemeente en haar partners",
                Addressee.of(Addressee.Kind.COUNCIL, "de gemeenteraad"), LocalDate.of(2026, 6, 1)));
        does(youngActor(2), "actie: werkgevers", new AddAction(2, "Een gesprek met werkgevers uit de buurt over eerlijke kansen",
                Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Werk en Inkomen"), LocalDate.of(2026, 5, 1)));
        does(youngActor(5), "het probleem van onderwerp 3", new DraftTopic(3, "Het Merwedepark is 's avonds donker en onveilig."));
        does(youngActor(5), "actie: licht", new AddAction(3, "Meer verlichting langs het fietspad door het park",
                Addressee.of(Addressee.Kind.DEPARTMENT, "afdeling Openbare Ruimte"), null));
        for (int n = 1; n <= 13; n++) {
            ym.groups().handle(group, youngActor(n), new VoteOnDraft(n != 6 && n != 9)).orElseThrow();
        }
        say("11 van de 13 stemmen voor de tekst, 2 tegen.");

        heading("6. Overhandiging aan de raad");
        on(LocalDate.of(2026, 3, 12));
        does(YARA, "het manifest is vastgesteld", new AdvanceStep(6));
        does(YARA, "de jongeren overhandigen het manifest", new HandOver(LocalDate.of(2026, 3, 12),
                "raadsvergadering 12 maart 2026", "de burgemeester als voorzitter van de raad", null));
        on(LocalDate.of(2026, 3, 16));
        does(GRIFFIE_UTRECHT, "de griffie zet het op de agenda", new RecordAgendaItem(RisId.of("ori:utrecht:ai:2026-0316-07")));
        does(YARA, "wacht op de reactie van de raad", new AdvanceStep(7));

        heading("7. De raad reageert, met zijn eigen instrumenten");
        on(LocalDate.of(2026, 4, 16));
        Party gl = Party.of("GroenLinks");
        Party d66 = Party.of("D66");
        Party pvda = Party.of("PvdA");
        Party vvd = Party.of("VVD");
        Party cda = Party.of("CDA");
        does(GRIFFIE_UTRECHT, "motie 'Buurthuis open tot 23 uur' aangenomen, 22 tegen 13", new RecordCouncilResponse(new Motie(
                "Buurthuis open tot 23 uur", RisId.of("ori:utrecht:motie:2026-118"), LocalDate.of(2026, 4, 16), Result.ADOPTED,
                List.of(gl, pvda), List.of(PartyVote.inFavour(gl, 10), PartyVote.inFavour(d66, 7), PartyVote.inFavour(pvda, 5),
                        PartyVote.against(vvd, 6), PartyVote.against(cda, 4), new PartyVote(Party.of("Student & Starter"), 0, 3)), ""),
                List.of(1)));
        Motie rejectedWithoutReason = new Motie("Anoniem solliciteren", RisId.of("ori:utrecht:motie:2026-119"),
                LocalDate.of(2026, 4, 16), Result.REJECTED, List.of(pvda), List.of(PartyVote.inFavour(pvda, 5),
                PartyVote.inFavour(gl, 10), PartyVote.against(d66, 7), PartyVote.against(vvd, 6), PartyVote.against(cda, 4)), "");
        tries(GRIFFIE_UTRECHT, "legt de verworpen motie vast zonder reden", new RecordCouncilResponse(rejectedWithoutReason, List.of(2)));
        does(GRIFFIE_UTRECHT, "motie 'Anoniem solliciteren' verworpen, met de reden", new RecordCouncilResponse(new Motie(
                rejectedWithoutReason.title(), rejectedWithoutReason.document(), rejectedWithoutReason.votedOn(), Result.REJECTED,
                rejectedWithoutReason.submittedBy(), rejectedWithoutReason.votes(),
                "Een meerderheid wil eerst de landelijke evaluatie van anoniem solliciteren afwachten."), List.of(2)));
        does(Actor.of(WETHOUDER_JANSEN, EXECUTIVE), "toezegging van wethouder Jansen: verlichting onderzoeken (termijn: 8 weken)",
                new RecordCouncilResponse(new Toezegging("Onderzoeken waar in het Merwedepark extra verlichting kan", WETHOUDER_JANSEN,
                        LocalDate.of(2026, 4, 16), null), List.of(4)));
        does(GRIFFIE_UTRECHT, "toezegging van wethouder El Amrani: gesprek met werkgevers vóór 1 juni", new RecordCouncilResponse(
                new Toezegging("Een gesprek met werkgevers uit Kanaleneiland organiseren, met de jongeren erbij", WETHOUDER_EL_AMRANI,
                        LocalDate.of(2026, 4, 16), LocalDate.of(2026, 6, 1)), List.of(3)));
        on(LocalDate.of(2026, 4, 30));
        does(BELEIDSMEDEWERKER, "raadsinformatiebrief van het college over de openingstijden", new RecordCouncilResponse(
                new CouncilInstrument.WrittenAnswer("Het college voert de motie uit vanaf 1 september.", RisId.of("ori:utrecht:rib:2026-201"),
                        LocalDate.of(2026, 4, 30)), List.of(1)));
        does(YARA, "naar de opvolging", new AdvanceStep(8));

        heading("8. Opvolging: houden ze zich aan hun woord?");
        on(LocalDate.of(2026, 6, 2));
        interlude.inFollowUp(group, ym.groups(), clock);
        for (Outcome<ManifestoGroupEvent, ManifestoGroup> fired : ym.groups().fireDue(group)) {
            notifications.addAll(fired.orElseThrow().notifications());
            say("   Systeem: " + fired.orElseThrow().notifications().get(0).message().nl());
        }
        HealthReport health = ym.healthCheck(group);
        out.println();
        out.print(health.toMarkdown(DUTCH));
        on(LocalDate.of(2026, 6, 5));
        does(GRIFFIE_UTRECHT, "de verlichting is onderzocht en besproken: toezegging nagekomen", new SettleCommitment(3, true,
                "Onderzoek gedeeld op 4 juni; drie extra lantaarns gepland."));
        on(LocalDate.of(2026, 6, 10));
        PersonId withdrawn = young(7);
        Outcome<ManifestoGroupEvent, ManifestoGroup> withdrawal = ym.withdrawConsent(group, YARA,
                new WithdrawConsent(withdrawn, Permission.GUARDIAN_CONSENT));
        withdrawal.orElseThrow();
        say("De vader van Fatima trekt zijn toestemming in: Fatima is uit de groep en haar persoonsgegevens zijn gewist "
                + "(register: " + (people.get(withdrawn).isEmpty() ? "niets meer bewaard" : "nog bewaard") + "). Het manifest blijft.");
        does(youngActor(2), "Youssef vraagt de wethouder naar de evaluatie", new RecordProgress(2,
                "De landelijke evaluatie is in juli klaar; de wethouder komt erop terug."));
        on(LocalDate.of(2026, 8, 31));
        does(BELEIDSMEDEWERKER, "het buurthuis gaat langer open", new ConcludeAction(1, true, "Vanaf 1 september open tot 23 uur op vrijdag en zaterdag."));
        on(LocalDate.of(2026, 9, 8));
        does(BELEIDSMEDEWERKER, "anoniem solliciteren ingevoerd", new ConcludeAction(2, true, "De gemeente solliciteert anoniem sinds september."));
        does(YARA, "het gesprek met werkgevers kwam er niet", new ConcludeAction(3, false, "Geen gesprek georganiseerd; de wethouder verwijst naar de landelijke aanpak."));
        does(BELEIDSMEDEWERKER, "de lantaarns staan", new ConcludeAction(4, true, "Drie lantaarns geplaatst in augustus."));
        does(YARA, "sluit de groep af: elke actie heeft een eindstatus", new CloseGroup(""));

        heading("9. Het manifest");
        String manifesto = ym.manifesto(group).toMarkdown(DUTCH);
        out.print(manifesto);
        heading("10. De beloftemeter");
        String tracker = ym.promiseTracker(group).toMarkdown(DUTCH);
        out.print(tracker);

        heading("11. Het audit trail");
        ParticipatieJson json = ParticipatieJson.defaults();
        List<String> events = new ArrayList<>();
        for (RecordedEvent<ManifestoGroupEvent> r : ym.groups().history(group)) {
            events.add(json.write(r.event()));
        }
        boolean valid = ym.groups().verify(group).valid();
        say(events.size() + " events, elk met wie, wanneer, in welke stap en de hash van het vorige; geen naam, geboortedatum of "
                + "toestemming erin.");
        say("Audit trail intact: " + valid);
        return new Run(ym.groups().load(group), refusals, notifications, counted.prioritisation().ranking(), manifesto, tracker, health,
                events, withdrawn, people.get(withdrawn).isEmpty(), valid);
    }

    private void does(Actor actor, String what, ManifestoGroupCommand command) {
        Outcome<ManifestoGroupEvent, ManifestoGroup> outcome = ym.groups().handle(group, actor, command);
        say("- " + actor.role() + " " + actor.person() + ": " + what);
        notifications.addAll(outcome.orElseThrow().notifications());
    }

    private void tries(Actor actor, String what, ManifestoGroupCommand command) {
        Outcome<ManifestoGroupEvent, ManifestoGroup> outcome = ym.groups().handle(group, actor, command);
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
