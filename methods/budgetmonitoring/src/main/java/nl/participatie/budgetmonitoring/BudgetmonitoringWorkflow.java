package nl.participatie.budgetmonitoring;

import static nl.participatie.budgetmonitoring.BudgetRoundStep.ALTERNATIVE_BUDGET;
import static nl.participatie.budgetmonitoring.BudgetRoundStep.ANALYSIS;
import static nl.participatie.budgetmonitoring.BudgetRoundStep.CLOSED;
import static nl.participatie.budgetmonitoring.BudgetRoundStep.COUNCIL_DECISION;
import static nl.participatie.budgetmonitoring.BudgetRoundStep.COUNCIL_PROPOSAL;
import static nl.participatie.budgetmonitoring.BudgetRoundStep.DOMAIN_SELECTION;
import static nl.participatie.budgetmonitoring.BudgetRoundStep.MONITORING;
import static nl.participatie.budgetmonitoring.BudgetRoundStep.NEW;
import static nl.participatie.budgetmonitoring.BudgetRoundStep.PROGRAMME_SELECTION;

import java.util.EnumSet;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.AgreeOnDomains;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AllocateToAreas;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AnswerManifestoActions;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AnalyseProgramme;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CastVote;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CloseRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CompleteAnalysis;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CountVotes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.JoinGroup;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.PresentToCouncil;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.ProposeReallocation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordCouncilDecision;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordRealisation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordSurveyRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SelectProgrammes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.StartRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SubmitAlternativeBudget;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.WithdrawReallocation;
import nl.participatie.core.API;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.Workflow;
import nl.participatie.core.value.Role;

/**
 * Budgetmonitoring as a state machine (<i>werkwijze</i>), declared as data: the route from choosing domains to the
 * closed year, which command is allowed in which step and which roles may fire it. Residents choose, analyse and
 * propose; a social professional supports them and enters paper votes; civil servants supply figures; the griffie
 * registers what goes to and comes from the council.
 *
 * <pre>{@code
 * String diagram = BudgetmonitoringWorkflow.ROUNDS.workflow().toMermaid();
 * Actor fatima = Actor.of("p-2b81e0", BudgetmonitoringWorkflow.RESIDENT);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BudgetmonitoringWorkflow {

    /** A resident of the group (<i>bewoner</i>); acts only as a member of the round's group. */
    public static final Role RESIDENT = Role.of("RESIDENT");
    /** The social professional who supports the group (<i>sociaal professional</i>); enters paper votes. */
    public static final Role SOCIAL_PROFESSIONAL = Role.of("SOCIAL_PROFESSIONAL");
    /** A civil servant who supplies budget and realisation figures (<i>ambtenaar</i>). */
    public static final Role CIVIL_SERVANT = Role.of("CIVIL_SERVANT");
    /** An alderman or mayor (<i>bestuurder</i>). */
    public static final Role EXECUTIVE = Role.of("EXECUTIVE");
    /** The council's clerk's office (<i>griffie</i>), which registers council documents and decisions. */
    public static final Role GRIFFIE = Role.of("GRIFFIE");

    private static final Workflow<BudgetRoundStep> WORKFLOW = declare();

    /**
     * Budget rounds (<i>begrotingsrondes</i>) with an empty {@link BudgetData}, the default rules and domains: stream
     * type {@code budgetmonitoring.budget-round}. Its workflow is {@code ROUNDS.workflow()}; to run rounds on real
     * figures use {@link Budgetmonitoring}, which gives the decider the municipality's data.
     */
    public static final ProcessDefinition<BudgetRoundCommand, BudgetRoundEvent, BudgetRound, BudgetRoundStep> ROUNDS =
            rounds(new BudgetData(), BudgetRoundRules.defaults(), SocialDomains.defaults());

    private BudgetmonitoringWorkflow() {
    }

    /** Budget rounds on the municipality's figures, rules and domains; {@link Budgetmonitoring} builds its engine with it. */
    static ProcessDefinition<BudgetRoundCommand, BudgetRoundEvent, BudgetRound, BudgetRoundStep> rounds(BudgetData data,
            BudgetRoundRules rules, SocialDomains domains) {
        return ProcessDefinition.of("budgetmonitoring.budget-round", BudgetRoundCommand.class, BudgetRoundEvent.class,
                new BudgetRoundDecider(data, rules, domains), WORKFLOW, BudgetRound::step);
    }

    private static Workflow<BudgetRoundStep> declare() {
        EnumSet<BudgetRoundStep> active = EnumSet.range(DOMAIN_SELECTION, MONITORING);
        return Workflow.builder("Budgetmonitoring", BudgetRoundStep.class, NEW)
                .terminal(CLOSED)
                .transition(StartRound.class, NEW, DOMAIN_SELECTION, RESIDENT, SOCIAL_PROFESSIONAL)
                .within(JoinGroup.class, active, RESIDENT, SOCIAL_PROFESSIONAL)
                .within(CastVote.class, DOMAIN_SELECTION, RESIDENT, SOCIAL_PROFESSIONAL)
                .transition(CountVotes.class, DOMAIN_SELECTION, PROGRAMME_SELECTION, RESIDENT, SOCIAL_PROFESSIONAL)
                .transition(AgreeOnDomains.class, DOMAIN_SELECTION, PROGRAMME_SELECTION, RESIDENT, SOCIAL_PROFESSIONAL)
                .transition(SelectProgrammes.class, PROGRAMME_SELECTION, ANALYSIS, RESIDENT)
                .within(AnalyseProgramme.class, ANALYSIS, RESIDENT, SOCIAL_PROFESSIONAL)
                .within(AllocateToAreas.class, ANALYSIS, RESIDENT, SOCIAL_PROFESSIONAL, CIVIL_SERVANT)
                .within(RecordSurveyRound.class, ANALYSIS, RESIDENT, SOCIAL_PROFESSIONAL)
                .transition(CompleteAnalysis.class, ANALYSIS, ALTERNATIVE_BUDGET, RESIDENT)
                .within(ProposeReallocation.class, ALTERNATIVE_BUDGET, RESIDENT)
                .within(WithdrawReallocation.class, ALTERNATIVE_BUDGET, RESIDENT)
                // Which manifesto actions a reallocation answers may be recorded until the council decides.
                .within(AnswerManifestoActions.class, EnumSet.of(ALTERNATIVE_BUDGET, COUNCIL_PROPOSAL, COUNCIL_DECISION), RESIDENT, GRIFFIE)
                .transition(SubmitAlternativeBudget.class, ALTERNATIVE_BUDGET, COUNCIL_PROPOSAL, RESIDENT)
                .transition(PresentToCouncil.class, COUNCIL_PROPOSAL, COUNCIL_DECISION, RESIDENT, GRIFFIE)
                .transition(RecordCouncilDecision.class, COUNCIL_DECISION, MONITORING, GRIFFIE)
                .within(RecordRealisation.class, MONITORING, CIVIL_SERVANT)
                .transition(CloseRound.class, MONITORING, CLOSED, RESIDENT, CIVIL_SERVANT)
                .build();
    }
}
