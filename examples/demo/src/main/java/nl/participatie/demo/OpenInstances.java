package nl.participatie.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.participatie.budgetmonitoring.AreaCode;
import nl.participatie.budgetmonitoring.AreaShare;
import nl.participatie.budgetmonitoring.BudgetRoundCommand;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AllocateToAreas;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AnalyseProgramme;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CastVote;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CompleteAnalysis;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CountVotes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.ProposeReallocation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordSurveyRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SelectProgrammes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.StartRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SubmitAlternativeBudget;
import nl.participatie.budgetmonitoring.Budgetmonitoring;
import nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow;
import nl.participatie.budgetmonitoring.DecisionMode;
import nl.participatie.budgetmonitoring.ProgrammeAnalysis;
import nl.participatie.budgetmonitoring.SocialDomain;
import nl.participatie.budgetmonitoring.Vote;
import nl.participatie.core.value.LocalizedText;
import nl.participatie.core.value.Money;
import nl.participatie.samenspel.Attendance;
import nl.participatie.samenspel.ContributionKind;
import nl.participatie.samenspel.DesignTemplate;
import nl.participatie.samenspel.Frames;
import nl.participatie.samenspel.Phase;
import nl.participatie.samenspel.Samenspel;
import nl.participatie.samenspel.SamenspelWorkflow;
import nl.participatie.samenspel.StakeholderGroup;
import nl.participatie.samenspel.TrajectoryCommand;
import nl.participatie.samenspel.TrajectoryCommand.AdoptDesign;
import nl.participatie.samenspel.TrajectoryCommand.Contribute;
import nl.participatie.samenspel.TrajectoryCommand.DeclareFrames;
import nl.participatie.samenspel.TrajectoryCommand.DraftTrajectory;
import nl.participatie.samenspel.TrajectoryCommand.HoldActivity;
import nl.participatie.samenspel.TrajectoryCommand.RegisterParticipant;
import nl.participatie.samenspel.TrajectoryCommand.StartPhase;
import nl.participatie.samenspel.json.DesignTemplates;

import nl.participatie.core.value.Actor;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.NeighbourhoodCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.StreamId;
import nl.participatie.youthmanifesto.Addressee;
import nl.participatie.youthmanifesto.ManifestoGroupCommand;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AddAction;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.AdvanceStep;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CastBallot;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.CountBallots;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.DraftTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.EnrolParticipant;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.RaiseTopic;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.StartGroup;
import nl.participatie.youthmanifesto.ManifestoGroupCommand.VoteOnDraft;
import nl.participatie.youthmanifesto.ParticipantRecord;
import nl.participatie.youthmanifesto.PolicyArea;
import nl.participatie.youthmanifesto.ProcessingBasis;
import nl.participatie.youthmanifesto.RecruitmentChannel;
import nl.participatie.youthmanifesto.VotingMethod;
import nl.participatie.youthmanifesto.YouthManifesto;
import nl.participatie.youthmanifesto.YouthManifestoWorkflow;

/**
 * Open instances in the demo data (<i>lopende trajecten</i>): next to the walkthroughs' closed ones, instances halfway
 * through their method, told through the demo's own facades on today's clock, so that the personas can take the next
 * steps in the browser.
 */
@Component
public class OpenInstances {

    /** A Youth Manifesto group of Overvecht whose draft is being voted on: one vote short of approval. */
    public static final StreamId MANIFESTO_GROUP_AT_VOTING = StreamId.of(YouthManifestoWorkflow.GROUPS.streamType(), "overvecht-2026");

    /**
     * A Budgetmonitoring round of Zuidoost on the budget of 2026 whose alternative budget is submitted (two
     * reallocations): the council has yet to see and decide it.
     */
    public static final StreamId BUDGET_ROUND_BEFORE_DECISION = StreamId.of(BudgetmonitoringWorkflow.ROUNDS.streamType(), "zuidoost-herzien");

    /**
     * A Samenspel trajectory on Waddinxveen's design, in its first phase: an activity held and residents' advice in,
     * unanswered, so that closing the phase now breaks the promise made to them.
     */
    public static final StreamId TRAJECTORY_IN_PROGRESS = StreamId.of(SamenspelWorkflow.TRAJECTORIES.streamType(), "waddinxveen-vervolg");

    private static final MunicipalityCode BUDGET_MUNICIPALITY = MunicipalityCode.parse("GM0200");
    private static final MunicipalityCode UTRECHT = MunicipalityCode.parse("GM0344");
    private static final NeighbourhoodCode OVERVECHT_NOORD = NeighbourhoodCode.parse("BU03442001");
    private static final int GROUP_SIZE = 13;

    private final YouthManifesto ym;
    private final Budgetmonitoring bm;
    private final Samenspel samenspel;

    public OpenInstances(YouthManifesto ym, Budgetmonitoring bm, Samenspel samenspel) {
        this.ym = ym;
        this.bm = bm;
        this.samenspel = samenspel;
    }

    /**
     * A trajectory on the Waddinxveen template as it is: frames declared, the design adopted, the first phase started
     * with the resident persona and the entrepreneur taking part, its first activity held today and the resident's
     * advice in.
     */
    void trajectoryInProgress() {
        Actor facilitator = Persona.FACILITATOR.actorIn(Persona.Method.SAMENSPEL);
        DesignTemplate template = DesignTemplates.waddinxveen();
        trajectory(facilitator, new DraftTrajectory(template.municipality(), template.design()));
        Frames frames = new Frames(LocalizedText.of("De wettelijke taken en de begroting", "The statutory tasks and the budget"),
                LocalizedText.of("Hoe gemeente en inwoners samenwerken", "How municipality and residents work together"),
                Money.euros(20_000), LocalizedText.of("De gemeenteraad", "The council"));
        for (Phase p : template.design().phases()) {
            trajectory(facilitator, new DeclareFrames(p.code(), frames));
        }
        trajectory(Persona.ALDERMAN.actorIn(Persona.Method.SAMENSPEL), new AdoptDesign("B&W-besluit demo"));
        trajectory(facilitator, new StartPhase());
        trajectory(facilitator, new RegisterParticipant(Persona.RESIDENT.person(), StakeholderGroup.RESIDENTS));
        trajectory(facilitator, new RegisterParticipant(Persona.ENTREPRENEUR.person(), StakeholderGroup.ORGANISATIONS));
        Phase first = template.design().phases().get(0);
        trajectory(facilitator, new HoldActivity(first.activities().get(0).code(), LocalDate.now(ZoneOffset.UTC),
                List.of(new Attendance(StakeholderGroup.RESIDENTS, 23), new Attendance(StakeholderGroup.ORGANISATIONS, 4))));
        trajectory(Persona.RESIDENT.actorIn(Persona.Method.SAMENSPEL), new Contribute(ContributionKind.ADVICE, "agenda",
                "platform:demo:inbreng-1"));
    }

    private void trajectory(Actor actor, TrajectoryCommand command) {
        samenspel.trajectories().handle(TRAJECTORY_IN_PROGRESS, actor, command).orElseThrow();
    }

    /**
     * A round on the budget the chain's round reads ({@code begroting-2026}, supplied before this is told): the
     * resident persona and a neighbour choose poverty and youth, analyse a programme, survey a district and submit two
     * budget-neutral reallocations; the council proposal is the griffie's next step.
     */
    void budgetRoundBeforeDecision() {
        Actor resident = Persona.RESIDENT.actorIn(Persona.Method.BUDGETMONITORING);
        Actor neighbour = Actor.of("p-demo-buurvrouw-zuidoost", BudgetmonitoringWorkflow.RESIDENT);
        Actor professional = Persona.FACILITATOR.actorIn(Persona.Method.BUDGETMONITORING);
        List<SocialDomain> povertyAndYouth = List.of(SocialDomain.of("poverty"), SocialDomain.of("youth"));
        round(resident, new StartRound(BUDGET_MUNICIPALITY, 2026, "begroting-2026", DecisionMode.VOTES, List.of(neighbour.person())));
        round(resident, new CastVote(resident.person(), povertyAndYouth, Vote.Channel.DIGITAL));
        round(professional, new CastVote(neighbour.person(), povertyAndYouth, Vote.Channel.PAPER));
        round(resident, new CountVotes());
        round(resident, new SelectProgrammes(List.of("Meedoen en inkomen", "Jeugd en gezin")));
        round(resident, new AnalyseProgramme("Meedoen en inkomen", "Minder huishoudens met schulden",
                ProgrammeAnalysis.CycleMoment.BEGROTING));
        round(professional, new AnalyseProgramme("Jeugd en gezin", "Hulp dicht bij huis", ProgrammeAnalysis.CycleMoment.BEGROTING));
        round(professional, new AllocateToAreas("samenkracht", List.of(AreaShare.of("WK020003", "50"), AreaShare.of("WK020005", "50"))));
        round(neighbour, new RecordSurveyRound(AreaCode.of("WK020003"), 200, 91, List.of("Veel gezinnen komen niet rond")));
        round(resident, new CompleteAnalysis());
        round(resident, new ProposeReallocation("jeugd-verblijf-regionaal", "jeugd-ambulant-lokaal", Money.euros(400_000), List.of(1)));
        round(neighbour, new ProposeReallocation("arbeidsparticipatie", "armoedefonds-zuidoost", Money.euros(90_000), List.of(1)));
        round(resident, new SubmitAlternativeBudget(Money.ZERO));
    }

    private void round(Actor actor, BudgetRoundCommand command) {
        bm.rounds().handle(BUDGET_ROUND_BEFORE_DECISION, actor, command).orElseThrow();
    }

    /**
     * A group at its vote on the draft: thirteen young people (the young participant persona among them, who has not
     * voted yet), three topics ranked, drafted and with an action each, and six votes in favour; one more is a majority.
     */
    void manifestoGroupAtVoting() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Actor facilitator = Persona.FACILITATOR.actorIn(Persona.Method.YOUTH_MANIFESTO);
        PersonId persona = Persona.YOUNG_PARTICIPANT.person();
        // The persona is a young person of the walkthrough's group too; her record gets this group's consents of today.
        ParticipantRecord own = ym.participants().find(persona).orElseThrow();
        ym.participants().put(own.withPermissionToTakePart(today).withGuardianConsent(today));
        for (int n = 2; n <= GROUP_SIZE; n++) {
            ym.participants().put(ParticipantRecord.of(young(n), "Jongere " + n + " (Overvecht)", LocalDate.of(2008, n % 12 + 1, 5))
                    .withNameOnManifesto(false).withOwnConsent(today));
        }
        group(facilitator, new StartGroup("Jongeren aan zet Overvecht", UTRECHT, ProcessingBasis.CONSENT, VotingMethod.RANKING));
        group(facilitator, new EnrolParticipant(persona, RecruitmentChannel.YOUTH_WORK, OVERVECHT_NOORD));
        for (int n = 2; n <= GROUP_SIZE; n++) {
            group(facilitator, new EnrolParticipant(young(n), RecruitmentChannel.SCHOOL, OVERVECHT_NOORD));
        }
        group(facilitator, new AdvanceStep(2));
        group(facilitator, new RaiseTopic("Een veilige route naar school", "Bij het viaduct is het 's winters donker.",
                PolicyArea.SAFETY, OVERVECHT_NOORD));
        group(facilitator, new RaiseTopic("Een sportveld dat 's avonds open is", "Het veld gaat om 18 uur op slot.",
                PolicyArea.SPORT_CULTURE_AND_RECREATION, OVERVECHT_NOORD));
        group(facilitator, new RaiseTopic("Stageplekken in de wijk", "Bedrijven in de wijk nemen weinig stagiairs.",
                PolicyArea.ECONOMY, null));
        group(facilitator, new AdvanceStep(3));
        group(facilitator, new CastBallot(persona, List.of(1, 2, 3)));
        for (int n = 2; n <= GROUP_SIZE; n++) {
            group(facilitator, new CastBallot(young(n), n % 2 == 0 ? List.of(2, 1, 3) : List.of(3, 1, 2)));
        }
        group(facilitator, new CountBallots());
        group(facilitator, new AdvanceStep(4));
        for (int topic = 1; topic <= 3; topic++) {
            group(facilitator, new DraftTopic(topic, "Wat de groep over onderwerp " + topic + " schreef."));
        }
        group(facilitator, new AddAction(1, "Licht onder het viaduct aan de Einsteindreef",
                Addressee.of(Addressee.Kind.DEPARTMENT, "afdeling Openbare Ruimte"), today.plusMonths(6)));
        group(facilitator, new AddAction(2, "Het sportveld open tot 22 uur",
                Addressee.of(Addressee.Kind.EXECUTIVE, "wethouder Sport"), today.plusMonths(4)));
        group(facilitator, new AddAction(3, "Vijftig stageplekken bij bedrijven in Overvecht",
                Addressee.of(Addressee.Kind.COUNCIL, "de gemeenteraad"), null));
        for (int n = 2; n <= 7; n++) {
            group(Actor.of(young(n), YouthManifestoWorkflow.YOUNG_PARTICIPANT), new VoteOnDraft(true));
        }
    }

    private void group(Actor actor, ManifestoGroupCommand command) {
        ym.groups().handle(MANIFESTO_GROUP_AT_VOTING, actor, command).orElseThrow();
    }

    private static PersonId young(int n) {
        return PersonId.of("p-demo-jongere-overvecht-" + n);
    }
}
