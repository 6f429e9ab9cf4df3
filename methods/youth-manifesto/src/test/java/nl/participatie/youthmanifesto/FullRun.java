package nl.participatie.youthmanifesto;

import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.CIVIL_SERVANT;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.EXECUTIVE;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.FACILITATOR;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.GRIFFIE;
import static nl.participatie.youthmanifesto.YouthManifestoWorkflow.YOUNG_PARTICIPANT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.participatie.core.IdGenerator;
import nl.participatie.core.Notification;
import nl.participatie.core.Outcome;
import nl.participatie.core.store.InMemoryPersonalDataStore;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.DutchTime;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.MutableClock;
import nl.participatie.youthmanifesto.CouncilInstrument.Motie;
import nl.participatie.youthmanifesto.CouncilInstrument.Result;
import nl.participatie.youthmanifesto.CouncilInstrument.Toezegging;
import nl.participatie.youthmanifesto.CouncilInstrument.WrittenAnswer;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdvanceStep;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CloseGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.ConcludeAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.EnrolParticipant;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.HandOver;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.LeaveGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RaiseTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordAgendaItem;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordCouncilResponse;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RecordProgress;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RemoveAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.SettleCommitment;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.StartGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.VoteOnDraft;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.WithdrawConsent;

/**
 * A whole Youth Manifesto, from recruitment to closed, through the facade: fourteen young people in Overvecht (one turns
 * 16 and re-confirms her consent, one leaves, one's guardian withdraws consent); five topics, three chosen by dot voting
 * (two ballots on paper); a manifesto of four actions approved by ten; the hand-over; a motie adopted, one rejected
 * with its reason, a written answer, a toezegging kept and one that passes its deadline; every action followed to its
 * final status; closed. {@code FullRunTest} checks its manifesto and promise tracker against expected files.
 */
final class FullRun {

    static final MunicipalityCode UTRECHT = MunicipalityCode.parse("GM0344");
    static final NeighbourhoodCode NOORD = NeighbourhoodCode.parse("BU03440301");
    static final NeighbourhoodCode ZUID = NeighbourhoodCode.parse("BU03440302");
    static final NeighbourhoodCode TIGRIS = NeighbourhoodCode.parse("BU03440305");
    static final Actor SAM = Actor.of("p-sam", FACILITATOR);
    static final Actor GRIFFIE_UTRECHT = Actor.of("p-griffie", GRIFFIE);
    static final PersonId DE_VRIES = PersonId.of("p-wethouder-de-vries");
    static final PersonId BAKKER = PersonId.of("p-wethouder-bakker");
    static final Actor WETHOUDER_DE_VRIES = Actor.of(DE_VRIES, EXECUTIVE);
    static final Actor AMBTENAAR = Actor.of("p-ambtenaar-jeugd", CIVIL_SERVANT);
    static final Party GL = Party.of("GroenLinks");
    static final Party D66 = Party.of("D66");
    static final Party PVDA = Party.of("PvdA");
    static final Party VVD = Party.of("VVD");
    static final Party CDA = Party.of("CDA");
    static final Party CU = Party.of("ChristenUnie");

    static final String[] NAMES = {"Amira", "Bilal", "Chloë", "Daan", "Elif", "Finn", "Gianni", "Hiba", "Ivo", "Jasmijn", "Kaan",
            "Lotte", "Mo", "Noor"};

    /**
     * What the run produced.
     *
     * @param group         the group at the end
     * @param stream        its stream
     * @param ym            the facade, with its engine and register
     * @param notifications every notification, in order
     * @param withdrawn     the participant whose guardian withdrew consent
     */
    record Run(ManifestoGroup group, StreamId stream, YouthManifesto ym, List<Notification> notifications, PersonId withdrawn) {
    }

    private final MutableClock clock = new MutableClock(at(LocalDate.of(2026, 2, 2)));
    private final YouthManifesto ym = YouthManifesto.builder().clock(clock).ids(IdGenerator.sequential("overvecht"))
            .personalData(new InMemoryPersonalDataStore()).rules(ManifestoGroupRules.defaults().withTopTopics(3)).build();
    private final StreamId group = StreamId.of(YouthManifestoWorkflow.GROUPS.streamType(), "overvecht-2026");
    private final List<Notification> notifications = new ArrayList<>();

    private FullRun() {
    }

    static Run run() {
        return new FullRun().tell();
    }

    static PersonId young(int n) {
        return PersonId.of("p-jongere-" + n);
    }

    static Actor youngActor(int n) {
        return Actor.of(young(n), YOUNG_PARTICIPANT);
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(19, 0).atZone(DutchTime.ZONE).toInstant();
    }

    private void on(LocalDate day) {
        clock.set(at(day));
    }

    private void does(Actor actor, ManifestoGroupCommand command) {
        Outcome<ManifestoGroupEvent, ManifestoGroup> outcome = ym.groups().handle(group, actor, command);
        if (!outcome.isAccepted()) {
            throw new AssertionError(command + " by " + actor + " was refused: " + outcome.violations());
        }
        notifications.addAll(outcome.orElseThrow().notifications());
    }

    private Run tell() {
        // Recruitment: the records first (personal data, never in events), then the group.
        LocalDate consent = LocalDate.of(2026, 1, 28);
        for (int n = 1; n <= 14; n++) {
            LocalDate born = n == 1 ? LocalDate.of(2010, 6, 1) : n <= 6 ? LocalDate.of(2011, 3, n) : n <= 10
                    ? LocalDate.of(2009, 1, n) : LocalDate.of(2005, 5, n);
            ParticipantRecord r = ParticipantRecord.of(young(n), NAMES[n - 1], born).withGuardianContact("ouder-" + n + "@example.org")
                    .withNameOnManifesto(n % 4 != 0);
            int age = r.ageOn(LocalDate.of(2026, 2, 2));
            if (age < 16) {
                r = r.withPermissionToTakePart(consent).withGuardianConsent(consent);
            } else {
                r = r.withOwnConsent(consent);
            }
            ym.participants().put(r);
        }
        ym.participants().putName(DE_VRIES, "Wethouder De Vries");
        ym.participants().putName(BAKKER, "Wethouder Bakker");
        does(SAM, new StartGroup("Jongeren Overvecht 2026", UTRECHT, ProcessingBasis.CONSENT, VotingMethod.DOT_VOTING));
        RecruitmentChannel[] channels = {RecruitmentChannel.YOUTH_WORK, RecruitmentChannel.SCHOOL, RecruitmentChannel.STREET_OUTREACH,
                RecruitmentChannel.SPORTS_AND_CULTURE, RecruitmentChannel.COMMUNITY_ORGANISATION};
        NeighbourhoodCode[] where = {NOORD, ZUID, TIGRIS, null};
        for (int n = 1; n <= 14; n++) {
            does(SAM, new EnrolParticipant(young(n), channels[n % channels.length], where[n % where.length]));
        }
        on(LocalDate.of(2026, 2, 9));
        does(SAM, new AdvanceStep(2));

        // Topics.
        does(youngActor(1), new RaiseTopic("Een plek om te chillen na 22 uur",
                "Na tienen worden we overal weggestuurd, ook als we niks doen.", PolicyArea.SPORT_CULTURE_AND_RECREATION, NOORD));
        does(youngActor(2), new RaiseTopic("Stageplekken zonder discriminatie",
                "Met een Marokkaanse of Turkse achternaam vind je moeilijk een stage.", PolicyArea.ECONOMY, null));
        does(youngActor(3), new RaiseTopic("Veilig fietsen naar school", "De oversteek bij het winkelcentrum is gevaarlijk.",
                PolicyArea.TRAFFIC_AND_TRANSPORT, ZUID));
        does(SAM, new RaiseTopic("Gratis sporten tot je 18e", "Contributie is te duur voor veel gezinnen.",
                PolicyArea.SPORT_CULTURE_AND_RECREATION, null));
        does(youngActor(5), new RaiseTopic("Meer licht in het park", "In het Gagelbos is het 's avonds donker.",
                PolicyArea.HOUSING_AND_LIVING_ENVIRONMENT, TIGRIS));

        // Prioritisation: dot voting, 3 dots, at most 2 on a topic; two ballots on paper, entered by Sam.
        on(LocalDate.of(2026, 2, 23));
        does(SAM, new AdvanceStep(3));
        List<List<Integer>> ballots = List.of(List.of(1, 1, 2), List.of(2, 2, 3), List.of(1, 3, 3), List.of(1, 2, 4),
                List.of(3, 1, 5), List.of(2, 1, 3), List.of(4, 4, 1), List.of(1, 2, 3), List.of(5, 5, 2), List.of(3, 2, 1),
                List.of(1, 1, 3), List.of(2, 3, 4), List.of(2, 2), List.of(1, 3));
        for (int n = 1; n <= 14; n++) {
            does(n >= 13 ? SAM : youngActor(n), new CastBallot(young(n), ballots.get(n - 1)));
        }
        does(SAM, new CountBallots());

        // Drafting: the three chosen topics, four actions (one written, removed and rewritten), approved by ten of fourteen.
        on(LocalDate.of(2026, 3, 9));
        does(SAM, new AdvanceStep(4));
        does(youngActor(1), new DraftTopic(1, "In Overvecht is er na 22 uur geen plek voor jongeren. Op straat worden we "
                + "weggestuurd; het jongerencentrum sluit om 21 uur."));
        does(youngActor(1), new AddAction(1, "Houd het jongerencentrum in het weekend open tot 23 uur",
                Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Jeugd"), LocalDate.of(2026, 9, 30)));
        does(youngActor(2), new DraftTopic(2, "Jongeren met een migratieachtergrond worden vaker afgewezen voor een stage."));
        does(youngActor(2), new AddAction(2, "Maak van de gemeente een voorbeeld: anoniem solliciteren op stages",
                Addressee.of(Addressee.Kind.COUNCIL, "de gemeenteraad"), LocalDate.of(2026, 7, 1)));
        does(youngActor(2), new AddAction(2, "Spreek werkgevers aan op discriminatie bij stages",
                Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Werk en Inkomen"), LocalDate.of(2026, 10, 1)));
        does(youngActor(3), new DraftTopic(3, "Bij de oversteek aan de Zamenhofdreef gebeuren bijna-ongelukken."));
        does(youngActor(3), new AddAction(3, "Zebrapad", Addressee.of(Addressee.Kind.DEPARTMENT, "afdeling Verkeer"), null));
        does(youngActor(3), new RemoveAction(4));
        does(youngActor(3), new AddAction(3, "Een veilige oversteek met verkeerslichten bij het winkelcentrum",
                Addressee.of(Addressee.Kind.DEPARTMENT, "afdeling Verkeer"), null));
        for (int n = 1; n <= 12; n++) {
            does(youngActor(n), new VoteOnDraft(n <= 10));
        }

        // Turning 16 on 1 June: the system asks Amira to re-confirm; she does, in the register.
        on(LocalDate.of(2026, 3, 23));
        does(SAM, new AdvanceStep(5));
        does(youngActor(9), new LeaveGroup(young(9), "gaat verhuizen"));
        PersonId withdrawn = young(7);
        Outcome<ManifestoGroupEvent, ManifestoGroup> withdrawal = ym.withdrawConsent(group, SAM,
                new WithdrawConsent(withdrawn, Permission.GUARDIAN_CONSENT));
        if (!withdrawal.isAccepted()) {
            throw new AssertionError(withdrawal.violations());
        }

        // Hand-over at the council meeting of 9 April.
        on(LocalDate.of(2026, 4, 9));
        does(SAM, new HandOver(LocalDate.of(2026, 4, 9), "raadsvergadering 9 april 2026", "de voorzitter van de gemeenteraad", null));
        on(LocalDate.of(2026, 4, 14));
        does(GRIFFIE_UTRECHT, new RecordAgendaItem(RisId.of("ori:utrecht:ai:2026-0412")));
        does(SAM, new AdvanceStep(6));

        // The council and the executive respond.
        on(LocalDate.of(2026, 5, 21));
        does(GRIFFIE_UTRECHT, new RecordCouncilResponse(new Motie("Jongerenplek open tot 23 uur", RisId.of("ori:utrecht:motie:2026-041"),
                LocalDate.of(2026, 5, 21), Result.ADOPTED, List.of(GL, PVDA),
                List.of(PartyVote.inFavour(GL, 9), PartyVote.inFavour(D66, 6), PartyVote.inFavour(PVDA, 4), new PartyVote(CDA, 1, 2),
                        PartyVote.against(VVD, 5), PartyVote.against(CU, 3)), ""), List.of(1)));
        does(GRIFFIE_UTRECHT, new RecordCouncilResponse(new Motie("Anoniem solliciteren bij de gemeente",
                RisId.of("ori:utrecht:motie:2026-042"), LocalDate.of(2026, 5, 21), Result.REJECTED, List.of(PVDA),
                List.of(PartyVote.inFavour(PVDA, 4), PartyVote.inFavour(GL, 9), PartyVote.against(D66, 6), PartyVote.against(VVD, 5),
                        PartyVote.against(CDA, 3), PartyVote.against(CU, 3)),
                "De meerderheid wacht de evaluatie van de lopende pilot anoniem solliciteren af (september 2026)."), List.of(2)));
        does(WETHOUDER_DE_VRIES, new RecordCouncilResponse(new Toezegging("De oversteek bij het winkelcentrum laten onderzoeken en "
                + "de uitkomst met de jongeren bespreken", DE_VRIES, LocalDate.of(2026, 5, 21), null), List.of(5)));
        does(GRIFFIE_UTRECHT, new RecordCouncilResponse(new Toezegging("Een gesprek organiseren met werkgevers over stagediscriminatie",
                BAKKER, LocalDate.of(2026, 5, 21), LocalDate.of(2026, 6, 30)), List.of(3)));
        on(LocalDate.of(2026, 6, 2));
        notifications.addAll(ym.groups().fireDue(group).stream().flatMap(o -> o.orElseThrow().notifications().stream()).toList());
        ym.participants().put(ym.participants().find(young(1)).orElseThrow().withOwnConsent(LocalDate.of(2026, 6, 2)));
        does(AMBTENAAR, new RecordCouncilResponse(new WrittenAnswer("Het college steunt de motie en zoekt budget voor de extra uren.",
                RisId.of("ori:utrecht:rib:2026-077"), LocalDate.of(2026, 6, 2)), List.of(1)));
        does(SAM, new AdvanceStep(7));

        // Follow-up.
        on(LocalDate.of(2026, 7, 1));
        notifications.addAll(ym.groups().fireDue(group).stream().flatMap(o -> o.orElseThrow().notifications().stream()).toList());
        does(GRIFFIE_UTRECHT, new SettleCommitment(3, true, "Verkeersonderzoek gedeeld en besproken op 30 juni"));
        does(youngActor(2), new RecordProgress(2, "De pilot loopt nog; we vroegen de wethouder om de evaluatie."));
        on(LocalDate.of(2026, 7, 6));
        notifications.addAll(ym.groups().fireDue(group).stream().flatMap(o -> o.orElseThrow().notifications().stream()).toList());
        on(LocalDate.of(2026, 9, 12));
        does(AMBTENAAR, new RecordProgress(1, "Vanaf 1 september open tot 23 uur op vrijdag en zaterdag."));
        does(AMBTENAAR, new ConcludeAction(1, true, "Open tot 23 uur in het weekend."));
        on(LocalDate.of(2026, 10, 20));
        does(AMBTENAAR, new ConcludeAction(2, true, "Anoniem solliciteren geldt nu voor alle gemeentelijke stages."));
        does(SAM, new ConcludeAction(3, false, "Het gesprek met werkgevers kwam er niet; de wethouder verwijst naar het landelijke beleid."));
        does(AMBTENAAR, new ConcludeAction(5, true, "Verkeerslichten geplaatst in oktober."));
        does(SAM, new CloseGroup(""));
        return new Run(ym.groups().load(group), group, ym, notifications, withdrawn);
    }
}
