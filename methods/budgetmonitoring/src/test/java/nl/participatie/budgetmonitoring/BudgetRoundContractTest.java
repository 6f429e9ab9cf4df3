package nl.participatie.budgetmonitoring;

import static nl.participatie.budgetmonitoring.Fixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.*;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.*;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Money;
import nl.participatie.testkit.MethodContract;

/** The contract of the budget round: every command decided, every event evolved, type ids, golden JSON files. */
class BudgetRoundContractTest extends MethodContract<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Override
    protected ProcessDefinition<BudgetRoundCommand, BudgetRoundEvent, BudgetRound, ?> definition() {
        return ROUNDS;
    }

    @Override
    protected List<BudgetRoundCommand> sampleCommands() {
        return List.of(START, new JoinGroup(JOOP), new CastVote(FATIMA, List.of(POVERTY), Vote.Channel.PAPER), new CountVotes(),
                new AgreeOnDomains(List.of(POVERTY)), new SelectProgrammes(List.of(MEEDOEN)),
                new AnalyseProgramme(MEEDOEN, "Minder armoede", ProgrammeAnalysis.CycleMoment.KADERNOTA),
                new AllocateToAreas("bijzondere-bijstand", List.of(AreaShare.of("BU03070101", "100"))), SURVEY, new CompleteAnalysis(),
                MOVE, INCREASE,
                new AnswerManifestoActions(1, nl.participatie.core.value.StreamId.of("youthmanifesto.group", "jm-zuidoost"), List.of(2, 1)),
                new WithdrawReallocation(1), new SubmitAlternativeBudget(Money.ZERO),
                new PresentToCouncil(CouncilProposal.Form.AMENDMENTS, LocalDate.of(2025, 11, 6), "A-2025-117"), PARTLY,
                new RecordRealisation("realisatie-2026-q1", null), new CloseRound());
    }

    @Override
    protected List<BudgetRoundEvent> sampleEvents() {
        return List.of(new RoundStarted(GM, 2026, "begroting-2026", 7, Money.of("9500000.00"), DecisionMode.VOTES, List.of(FATIMA, JOOP), T),
                new MemberJoined(KEES), new VoteCast(new Vote(JOOP, List.of(POVERTY, YOUTH), Vote.Channel.PAPER)),
                new DomainsChosen(List.of(POVERTY, YOUTH), DecisionMode.VOTES, 3), new ProgrammesSelected(List.of(MEEDOEN, JEUGD)),
                new ProgrammeAnalysed(new ProgrammeAnalysis(MEEDOEN, Erasable.of(null, "Minder armoede"), ProgrammeAnalysis.CycleMoment.KADERNOTA)),
                new LineAllocated(new LineAllocation("bijzondere-bijstand", List.of(AreaShare.of("BU03070101", "33.3333"),
                        AreaShare.of("BU03070102", "66.6667")))),
                new SurveyRoundRecorded(new SurveyRound(1, BUURT_A, 120, 45, List.of(Erasable.of(null, "Veel gezinnen kennen de regeling niet")))),
                new AnalysisCompleted(T),
                new ReallocationProposed(new Reallocation(1, "jeugd-ambulant", "bijzondere-bijstand", Money.euros(150_000), List.of(1))),
                new ManifestoActionsAnswered(1, nl.participatie.core.value.StreamLink.of("responds-to",
                        nl.participatie.core.value.StreamId.of("youthmanifesto.group", "jm-zuidoost")), List.of(1, 2)),
                new ReallocationWithdrawn(1), new AlternativeBudgetSubmitted(Money.euros(50_000), Money.of("9550000.00"), T),
                new ProposalPresented(new CouncilProposal(CouncilProposal.Form.AMENDMENTS, LocalDate.of(2025, 11, 6), "A-2025-117")),
                new CouncilDecisionRecorded(PARTLY.verdicts(), CouncilResult.PARTLY, Money.of("9500000.00")),
                new RealisationRecorded("realisatie-2026-q1", "realisatie-2025", 1, Money.of("2275000.00"), 2), new RoundClosed(T));
    }

    @Override
    protected List<BudgetRound> sampleStates() {
        return List.of(BudgetRound.INITIAL, started().state(), analysing().state(), proposed().state(), monitoring().state(),
                monitoring().given(AMBTENAAR, new RecordRealisation("realisatie-2026-q1", null)).state());
    }
}
