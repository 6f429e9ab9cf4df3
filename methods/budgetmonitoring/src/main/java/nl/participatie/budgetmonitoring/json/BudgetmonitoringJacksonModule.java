package nl.participatie.budgetmonitoring.json;

import nl.participatie.budgetmonitoring.AreaCode;
import nl.participatie.budgetmonitoring.BudgetRoundCommand;
import nl.participatie.budgetmonitoring.BudgetRoundEvent;
import nl.participatie.budgetmonitoring.SocialDomain;
import nl.participatie.budgetmonitoring.TaakveldCode;
import nl.participatie.core.API;
import nl.participatie.core.json.TypedJacksonModule;

/**
 * The Jackson module of Budgetmonitoring (<i>JSON-koppeling</i>): the stable, versioned type ids of the budget
 * round's commands and events ({@code budgetmonitoring.reallocation-proposed.v1}), and the one-string values written
 * as plain strings: an area as {@code "BU03070101"}, a taakveld as {@code "6.3"}, a social domain as
 * {@code "poverty"}. The state, the other values and the reports are plain records and need nothing. Found through
 * {@code META-INF/services}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BudgetmonitoringJacksonModule extends TypedJacksonModule {

    private static final long serialVersionUID = 1L;

    /** The module; found by {@link java.util.ServiceLoader}. */
    public BudgetmonitoringJacksonModule() {
        super("participatie-budgetmonitoring");
        commands(BudgetRoundCommand.class);
        family(BudgetRoundEvent.class);
        stringValue(AreaCode.class, AreaCode::value, AreaCode::of);
        stringValue(TaakveldCode.class, TaakveldCode::value, TaakveldCode::of);
        stringValue(SocialDomain.class, SocialDomain::code, SocialDomain::of);
        // Commands
        type(BudgetRoundCommand.StartRound.class, "budgetmonitoring.start-round.v1");
        type(BudgetRoundCommand.JoinGroup.class, "budgetmonitoring.join-group.v1");
        type(BudgetRoundCommand.CastVote.class, "budgetmonitoring.cast-vote.v1");
        type(BudgetRoundCommand.CountVotes.class, "budgetmonitoring.count-votes.v1");
        type(BudgetRoundCommand.AgreeOnDomains.class, "budgetmonitoring.agree-on-domains.v1");
        type(BudgetRoundCommand.SelectProgrammes.class, "budgetmonitoring.select-programmes.v1");
        type(BudgetRoundCommand.AnalyseProgramme.class, "budgetmonitoring.analyse-programme.v1");
        type(BudgetRoundCommand.AllocateToAreas.class, "budgetmonitoring.allocate-to-areas.v1");
        type(BudgetRoundCommand.RecordSurveyRound.class, "budgetmonitoring.record-survey-round.v1");
        type(BudgetRoundCommand.CompleteAnalysis.class, "budgetmonitoring.complete-analysis.v1");
        type(BudgetRoundCommand.ProposeReallocation.class, "budgetmonitoring.propose-reallocation.v1");
        type(BudgetRoundCommand.AnswerManifestoActions.class, "budgetmonitoring.answer-manifesto-actions.v1");
        type(BudgetRoundCommand.WithdrawReallocation.class, "budgetmonitoring.withdraw-reallocation.v1");
        type(BudgetRoundCommand.SubmitAlternativeBudget.class, "budgetmonitoring.submit-alternative-budget.v1");
        type(BudgetRoundCommand.PresentToCouncil.class, "budgetmonitoring.present-to-council.v1");
        type(BudgetRoundCommand.RecordCouncilDecision.class, "budgetmonitoring.record-council-decision.v1");
        type(BudgetRoundCommand.RecordRealisation.class, "budgetmonitoring.record-realisation.v1");
        type(BudgetRoundCommand.CloseRound.class, "budgetmonitoring.close-round.v1");
        // Events
        type(BudgetRoundEvent.RoundStarted.class, "budgetmonitoring.round-started.v1");
        type(BudgetRoundEvent.MemberJoined.class, "budgetmonitoring.member-joined.v1");
        type(BudgetRoundEvent.VoteCast.class, "budgetmonitoring.vote-cast.v1");
        type(BudgetRoundEvent.DomainsChosen.class, "budgetmonitoring.domains-chosen.v1");
        type(BudgetRoundEvent.ProgrammesSelected.class, "budgetmonitoring.programmes-selected.v1");
        type(BudgetRoundEvent.ProgrammeAnalysed.class, "budgetmonitoring.programme-analysed.v2");
        // v2: the resident group's texts became erasable under the round's key (crypto-shredding); see core/TRUST.md.
        upcastToErasable("budgetmonitoring.programme-analysed.v1", "budgetmonitoring.programme-analysed.v2", null, "analysis.goals");
        type(BudgetRoundEvent.LineAllocated.class, "budgetmonitoring.line-allocated.v1");
        type(BudgetRoundEvent.SurveyRoundRecorded.class, "budgetmonitoring.survey-round-recorded.v2");
        upcastToErasable("budgetmonitoring.survey-round-recorded.v1", "budgetmonitoring.survey-round-recorded.v2", null,
                "survey.findings");
        type(BudgetRoundEvent.AnalysisCompleted.class, "budgetmonitoring.analysis-completed.v1");
        type(BudgetRoundEvent.ReallocationProposed.class, "budgetmonitoring.reallocation-proposed.v1");
        type(BudgetRoundEvent.ManifestoActionsAnswered.class, "budgetmonitoring.manifesto-actions-answered.v1");
        type(BudgetRoundEvent.ReallocationWithdrawn.class, "budgetmonitoring.reallocation-withdrawn.v1");
        type(BudgetRoundEvent.AlternativeBudgetSubmitted.class, "budgetmonitoring.alternative-budget-submitted.v1");
        type(BudgetRoundEvent.ProposalPresented.class, "budgetmonitoring.proposal-presented.v1");
        type(BudgetRoundEvent.CouncilDecisionRecorded.class, "budgetmonitoring.council-decision-recorded.v1");
        type(BudgetRoundEvent.RealisationRecorded.class, "budgetmonitoring.realisation-recorded.v1");
        type(BudgetRoundEvent.RoundClosed.class, "budgetmonitoring.round-closed.v1");
    }
}
