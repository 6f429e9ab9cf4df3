package nl.participatie.budgetmonitoring;

import static nl.participatie.budgetmonitoring.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.*;
import nl.participatie.budgetmonitoring.BudgetRoundEvent.*;
import nl.participatie.core.DecisionContext;
import nl.participatie.core.IdGenerator;
import nl.participatie.core.value.Erasable;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.StreamId;
import nl.participatie.testkit.Spec;

/** Given/when/then specifications of every command of a budget round, and every way it is refused, with the codes. */
class BudgetRoundSpecTest {

    private static final String P = "budgetmonitoring.";

    /** The decider's own code for a command in a state, without the engine's workflow in front of it. */
    static String rejection(BudgetRoundCommand command, BudgetRound state) {
        DecisionContext context = new DecisionContext(StreamId.of("budgetmonitoring.budget-round", "x"), FATIMA_R,
                java.time.Instant.parse("2026-01-05T09:00:00Z"), 0, IdGenerator.sequential("x"));
        var decision = (nl.participatie.core.Decision.Reject<BudgetRoundEvent>) ROUNDS.decider().decide(command, state, context);
        return decision.violations().get(0).code();
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> consensus() {
        return Spec.of(ROUNDS).given(FATIMA_R, new StartRound(GM, 2026, "begroting-2026", DecisionMode.CONSENSUS, List.of()));
    }

    @Nested
    class DomainSelection {

        @Test
        void aResidentStartsARoundOnASuppliedBudgetAndIsAMember() {
            Spec.of(ROUNDS).when(FATIMA_R, START)
                    .thenAccepted(events -> assertThat(events).singleElement().isInstanceOfSatisfying(RoundStarted.class, e -> {
                        assertThat(e.members()).containsExactly(FATIMA, JOOP, KEES);
                        assertThat(e.lines()).isEqualTo(7);
                        assertThat(e.totalLasten()).isEqualTo(Money.of("9500000.00"));
                    }))
                    .thenState(r -> assertThat(r.step()).isEqualTo(BudgetRoundStep.DOMAIN_SELECTION));
        }

        @Test
        void aRoundStartsOnce() {
            // The workflow refuses it first; the decider refuses it too, so no path restarts a round.
            started().when(FATIMA_R, START).thenRejected("workflow.step-not-allowed");
            assertThat(rejection(START, started().state())).isEqualTo(P + "already-started");
        }

        @Test
        void theBudgetMustHaveBeenSupplied() {
            Spec.of(ROUNDS).when(FATIMA_R, new StartRound(GM, 2026, "begroting-2099", DecisionMode.VOTES, List.of()))
                    .thenRejected(P + "budget-unknown");
        }

        @Test
        void theBudgetMustBeOfTheMunicipalityAndYear() {
            Spec.of(ROUNDS).when(FATIMA_R, new StartRound(MunicipalityCode.parse("GM0363"), 2026, "begroting-2026", DecisionMode.VOTES, List.of()))
                    .thenRejected(P + "budget-mismatch");
        }

        @Test
        void nothingButStartingBeforeTheStart() {
            assertThat(rejection(new CountVotes(), BudgetRound.INITIAL)).isEqualTo(P + "not-started");
        }

        @Test
        void aResidentJoinsTheGroupOnce() {
            started().when(SANNE_SP, new JoinGroup(nl.participatie.core.value.PersonId.of("p-nieuw")))
                    .thenEvents(new MemberJoined(nl.participatie.core.value.PersonId.of("p-nieuw")));
            started().when(SANNE_SP, new JoinGroup(JOOP)).thenRejected(P + "already-a-member");
        }

        @Test
        void onlyMembersVoteAndAResidentOnlyTheirOwnVoteInTheApp() {
            started().when(Fixtures.FATIMA_R, new CastVote(FATIMA, List.of(POVERTY), Vote.Channel.DIGITAL))
                    .thenEvents(new VoteCast(new Vote(FATIMA, List.of(POVERTY), Vote.Channel.DIGITAL)));
            started().when(SANNE_SP, new CastVote(nl.participatie.core.value.PersonId.of("p-buiten"), List.of(POVERTY), Vote.Channel.PAPER))
                    .thenRejected(P + "not-a-member");
            started().when(Spec.actor("p-buiten", BudgetmonitoringWorkflow.RESIDENT), new CastVote(FATIMA, List.of(POVERTY), Vote.Channel.DIGITAL))
                    .thenRejected(P + "not-a-member");
            started().when(FATIMA_R, new CastVote(JOOP, List.of(POVERTY), Vote.Channel.DIGITAL)).thenRejected(P + "vote-not-own");
            started().when(FATIMA_R, new CastVote(FATIMA, List.of(POVERTY), Vote.Channel.PAPER)).thenRejected(P + "vote-not-own");
        }

        @Test
        void oneVotePerMemberWhetherDigitalOrOnPaper() {
            started().given(FATIMA_R, new CastVote(FATIMA, List.of(POVERTY), Vote.Channel.DIGITAL))
                    .when(SANNE_SP, new CastVote(FATIMA, List.of(YOUTH), Vote.Channel.PAPER)).thenRejected(P + "already-voted");
        }

        @Test
        void aVoteNamesKnownDomainsUpToTheLimit() {
            started().when(FATIMA_R, new CastVote(FATIMA, List.of(POVERTY, YOUTH, CARE, SocialDomain.of("safety")), Vote.Channel.DIGITAL))
                    .thenRejected(P + "too-many-domains");
            started().when(FATIMA_R, new CastVote(FATIMA, List.of(SocialDomain.of("ruimtevaart")), Vote.Channel.DIGITAL))
                    .thenRejected(P + "domain-unknown");
        }

        @Test
        void countingChoosesTheDomainsWithMostVotesPaperAndDigitalTogether() {
            started().given(FATIMA_R, new CastVote(FATIMA, List.of(POVERTY, YOUTH), Vote.Channel.DIGITAL))
                    .given(SANNE_SP, new CastVote(JOOP, List.of(POVERTY), Vote.Channel.PAPER))
                    .given(KEES_R, new CastVote(KEES, List.of(YOUTH, CARE), Vote.Channel.DIGITAL))
                    .when(FATIMA_R, new CountVotes())
                    .thenEvents(new DomainsChosen(List.of(POVERTY, YOUTH), DecisionMode.VOTES, 3))
                    .thenState(r -> assertThat(r.step()).isEqualTo(BudgetRoundStep.PROGRAMME_SELECTION));
        }

        @Test
        void domainsTiedAtTheLastPlaceComeAlong() {
            started().given(FATIMA_R, new CastVote(FATIMA, List.of(POVERTY), Vote.Channel.DIGITAL))
                    .given(JOOP_R, new CastVote(JOOP, List.of(YOUTH), Vote.Channel.DIGITAL))
                    .given(KEES_R, new CastVote(KEES, List.of(CARE), Vote.Channel.DIGITAL))
                    .when(FATIMA_R, new CountVotes())
                    .thenEvents(new DomainsChosen(List.of(CARE, POVERTY, YOUTH), DecisionMode.VOTES, 3));
        }

        @Test
        void countingNeedsVotesAndTheVotingMode() {
            started().when(FATIMA_R, new CountVotes()).thenRejected(P + "no-votes");
            consensus().when(FATIMA_R, new CountVotes()).thenRejected(P + "wrong-decision-mode");
            consensus().when(FATIMA_R, new CastVote(FATIMA, List.of(POVERTY), Vote.Channel.DIGITAL)).thenRejected(P + "wrong-decision-mode");
            started().when(FATIMA_R, new AgreeOnDomains(List.of(POVERTY))).thenRejected(P + "wrong-decision-mode");
        }

        @Test
        void aGroupOnConsensusRecordsItsAgreement() {
            consensus().when(SANNE_SP, new AgreeOnDomains(List.of(POVERTY, POVERTY)))
                    .thenEvents(new DomainsChosen(List.of(POVERTY), DecisionMode.CONSENSUS, 0));
            consensus().when(SANNE_SP, new AgreeOnDomains(List.of(SocialDomain.of("ruimtevaart")))).thenRejected(P + "domain-unknown");
        }

        @Test
        void aResidentOutsideTheGroupCannotDecide() {
            started().when(Spec.actor("p-buiten", BudgetmonitoringWorkflow.RESIDENT), new CountVotes()).thenRejected(P + "not-a-member");
        }
    }

    @Nested
    class ProgrammesAndAnalysis {

        @Test
        void programmesAreChosenWithinTheDomains() {
            domainsChosen().when(FATIMA_R, new SelectProgrammes(List.of(MEEDOEN, JEUGD)))
                    .thenEvents(new ProgrammesSelected(List.of(MEEDOEN, JEUGD)));
            domainsChosen().when(FATIMA_R, new SelectProgrammes(List.of("Ruimtevaart"))).thenRejected(P + "programme-unknown");
            domainsChosen().when(FATIMA_R, new SelectProgrammes(List.of("Zorg"))).thenRejected(P + "programme-outside-domains");
        }

        @Test
        void aSelectedProgrammeIsAnalysed() {
            analysing().when(SANNE_SP, new AnalyseProgramme(MEEDOEN, " Minder armoede ", ProgrammeAnalysis.CycleMoment.KADERNOTA))
                    .thenEvents(new ProgrammeAnalysed(new ProgrammeAnalysis(MEEDOEN, Erasable.of(null, "Minder armoede"), ProgrammeAnalysis.CycleMoment.KADERNOTA)));
            analysing().when(SANNE_SP, new AnalyseProgramme("Zorg", "x", ProgrammeAnalysis.CycleMoment.BEGROTING))
                    .thenRejected(P + "programme-not-selected");
        }

        @Test
        void aLineIsTranslatedToAreasByPercentagesAddingUpTo100() {
            List<AreaShare> thirds = List.of(AreaShare.of("BU03070101", "33.3333"), AreaShare.of("BU03070102", "33.3333"),
                    AreaShare.of("BU03070103", "33.3334"));
            analysing().when(AMBTENAAR, new AllocateToAreas("bijzondere-bijstand", thirds))
                    .thenEvents(new LineAllocated(new LineAllocation("bijzondere-bijstand", thirds)));
            analysing().when(AMBTENAAR, new AllocateToAreas("bijzondere-bijstand", List.of(AreaShare.of("BU03070101", "60"),
                    AreaShare.of("BU03070102", "30")))).thenRejected(P + "shares-not-100");
            analysing().when(AMBTENAAR, new AllocateToAreas("bijzondere-bijstand", List.of(AreaShare.of("BU03070101", "50"),
                    AreaShare.of("BU03070101", "50")))).thenRejected(P + "shares-not-100");
            analysing().when(AMBTENAAR, new AllocateToAreas("parkeren", thirds)).thenRejected(P + "line-unknown");
            analysing().when(AMBTENAAR, new AllocateToAreas("huishoudelijke-hulp", thirds)).thenRejected(P + "line-not-selected");
        }

        @Test
        void aSurveyRoundIsRecordedWithItsResponses() {
            analysing().when(SANNE_SP, SURVEY).thenEvents(new SurveyRoundRecorded(new SurveyRound(1, BUURT_A, 120, 45,
                    List.of(Erasable.of(null, "Veel gezinnen kennen de bijzondere bijstand niet")))));
            analysing().when(SANNE_SP, new RecordSurveyRound(BUURT_A, 40, 41, List.of("x"))).thenRejected(P + "responses-exceed-invited");
        }

        @Test
        void theAnalysisIsCompleteWithEveryProgrammeAndASurvey() {
            analysed().when(FATIMA_R, new CompleteAnalysis()).thenAccepted(e -> assertThat(e).singleElement().isInstanceOf(AnalysisCompleted.class))
                    .thenState(r -> assertThat(r.step()).isEqualTo(BudgetRoundStep.ALTERNATIVE_BUDGET));
            analysing().given(FATIMA_R, SURVEY).when(FATIMA_R, new CompleteAnalysis()).thenRejected(P + "analysis-incomplete");
            analysing().given(FATIMA_R, new AnalyseProgramme(MEEDOEN, "a", ProgrammeAnalysis.CycleMoment.KADERNOTA),
                    new AnalyseProgramme(JEUGD, "b", ProgrammeAnalysis.CycleMoment.KADERNOTA))
                    .when(FATIMA_R, new CompleteAnalysis()).thenRejected(P + "no-survey");
        }
    }

    @Nested
    class AlternativeBudget {

        @Test
        void aMoveAndAnIncreaseAreProposedWithTheirFindings() {
            alternative().when(FATIMA_R, MOVE)
                    .thenEvents(new ReallocationProposed(new Reallocation(1, "jeugd-ambulant", "bijzondere-bijstand", Money.euros(150_000), List.of(1))));
        }

        @Test
        void aReallocationTouchesRealSelectedSpendingLines() {
            alternative().when(FATIMA_R, new ProposeReallocation("parkeren", "buurtwerk", Money.euros(1), List.of(1))).thenRejected(P + "line-unknown");
            alternative().when(FATIMA_R, new ProposeReallocation("huishoudelijke-hulp", "buurtwerk", Money.euros(1), List.of(1)))
                    .thenRejected(P + "line-not-selected");
            alternative().when(FATIMA_R, new ProposeReallocation("reserves", "buurtwerk", Money.euros(1), List.of(1))).thenRejected(P + "reserve-line");
            alternative().when(FATIMA_R, new ProposeReallocation("buurtwerk", "buurtwerk", Money.euros(1), List.of(1))).thenRejected(P + "same-line");
            alternative().when(FATIMA_R, new ProposeReallocation(null, "buurtwerk", Money.euros(1), List.of(2))).thenRejected(P + "finding-unknown");
            alternative().when(FATIMA_R, new ProposeReallocation(null, "buurtwerk", Money.ZERO, List.of(1))).thenRejected(P + "amount-not-positive");
        }

        @Test
        void aLineNeverGoesBelowZeroCountingTheStandingReallocations() {
            alternative().when(FATIMA_R, new ProposeReallocation("buurtwerk", null, Money.of("400000.00"), List.of(1)))
                    .thenAccepted(e -> assertThat(e).hasSize(1));
            alternative().given(FATIMA_R, new ProposeReallocation("buurtwerk", null, Money.euros(300_000), List.of(1)))
                    .when(FATIMA_R, new ProposeReallocation("buurtwerk", "bijzondere-bijstand", Money.of("100000.01"), List.of(1)))
                    .thenRejected(P + "exceeds-line");
        }

        @Test
        void aReallocationIsWithdrawnByNumberAndNumbersAreNotReused() {
            proposed().when(FATIMA_R, new WithdrawReallocation(1)).thenEvents(new ReallocationWithdrawn(1))
                    .thenState(r -> assertThat(r.reallocations()).extracting(Reallocation::number).containsExactly(2));
            proposed().when(FATIMA_R, new WithdrawReallocation(9)).thenRejected(P + "reallocation-unknown");
        }

        @Test
        void aReallocationAnswersActionsOfAManifestoGroupThatIsInTheStore() {
            // The group is not in this spec's store: the responds-to link has no other end. The examples' chain
            // walkthrough and ManifestoBudgetLinkTest answer a real group's actions.
            StreamId group = StreamId.of("youthmanifesto.group", "jm-zuidoost");
            proposed().when(FATIMA_R, new AnswerManifestoActions(1, group, List.of(1))).thenRejected("link.target.missing");
            proposed().when(FATIMA_R, new AnswerManifestoActions(9, group, List.of(1))).thenRejected(P + "reallocation-unknown");
            proposed().when(FATIMA_R, new AnswerManifestoActions(1, StreamId.of("buurtschouw.report", "idee-1"), List.of(1)))
                    .thenRejected("link.type.mismatch");
        }

        @Test
        void theDeclaredTotalChangeMustBeTheRealOne() {
            proposed().when(FATIMA_R, new SubmitAlternativeBudget(Money.ZERO)).thenRejected(P + "total-change-mismatch");
            proposed().when(FATIMA_R, new SubmitAlternativeBudget(Money.euros(50_000)))
                    .thenAccepted(e -> assertThat(e).singleElement().isInstanceOfSatisfying(AlternativeBudgetSubmitted.class,
                            s -> assertThat(s.residentsLasten()).isEqualTo(Money.of("9550000.00"))));
            alternative().given(FATIMA_R, MOVE).when(FATIMA_R, new SubmitAlternativeBudget(Money.ZERO))
                    .thenState(r -> assertThat(r.totalChange()).isEqualTo(Money.ZERO));
            alternative().when(FATIMA_R, new SubmitAlternativeBudget(Money.ZERO)).thenRejected(P + "no-reallocations");
        }
    }

    @Nested
    class Council {

        @Test
        void theProposalGoesToTheCouncilAndTheGriffieIsTold() {
            submitted().when(FATIMA_R, new PresentToCouncil(CouncilProposal.Form.RAADSADRES, LocalDate.of(2025, 11, 6), "RA-12"))
                    .thenEvents(new ProposalPresented(new CouncilProposal(CouncilProposal.Form.RAADSADRES, LocalDate.of(2025, 11, 6), "RA-12")))
                    .thenNotified(n -> assertThat(n).singleElement().satisfies(x -> assertThat(x.code()).isEqualTo(P + "proposal-presented")));
        }

        @Test
        void aPartialDecisionAdoptsOneWithAnotherAmountAndRejectsTheOther() {
            atCouncil().when(GRIFFIER, PARTLY)
                    .thenAccepted(e -> assertThat(e).singleElement().isInstanceOfSatisfying(CouncilDecisionRecorded.class, d -> {
                        assertThat(d.result()).isEqualTo(CouncilResult.PARTLY);
                        assertThat(d.adoptedLasten()).isEqualTo(Money.of("9500000.00"));
                    }))
                    .thenState(r -> assertThat(r.adopted()).containsExactly(
                            new Reallocation(1, "jeugd-ambulant", "bijzondere-bijstand", Money.euros(100_000), List.of(1))))
                    .thenNotified(n -> assertThat(n).extracting(x -> x.message().en())
                            .containsExactly("The council decided on the alternative budget 2026: partly adopted (1 of 2 reallocations)."));
        }

        @Test
        void everyReallocationGetsOneFittingVerdict() {
            Verdict one = new Verdict(1, Verdict.Outcome.ADOPTED, Money.euros(150_000), "ja", null);
            Verdict two = new Verdict(2, Verdict.Outcome.ADOPTED, Money.euros(50_000), "ja", null);
            atCouncil().when(GRIFFIER, new RecordCouncilDecision(List.of(one, two)))
                    .thenAccepted(e -> assertThat(((CouncilDecisionRecorded) e.get(0)).result()).isEqualTo(CouncilResult.WHOLLY));
            atCouncil().when(GRIFFIER, new RecordCouncilDecision(List.of(one))).thenRejected(P + "verdict-missing");
            atCouncil().when(GRIFFIER, new RecordCouncilDecision(List.of(one, one, two))).thenRejected(P + "verdict-twice");
            atCouncil().when(GRIFFIER, new RecordCouncilDecision(List.of(one, two, new Verdict(7, Verdict.Outcome.REJECTED, Money.ZERO, "", null))))
                    .thenRejected(P + "reallocation-unknown");
            atCouncil().when(GRIFFIER, new RecordCouncilDecision(List.of(one, new Verdict(2, Verdict.Outcome.REJECTED, Money.euros(1), "nee", null))))
                    .thenRejected(P + "adopted-amount-invalid");
            atCouncil().when(GRIFFIER, new RecordCouncilDecision(List.of(one, new Verdict(2, Verdict.Outcome.ADOPTED_AMENDED, Money.euros(50_000), "", null))))
                    .thenRejected(P + "adopted-amount-invalid");
        }

        @Test
        void nothingAdoptedIsTheResultNot() {
            atCouncil().when(GRIFFIER, new RecordCouncilDecision(List.of(new Verdict(1, Verdict.Outcome.REJECTED, Money.ZERO, "nee", null),
                    new Verdict(2, Verdict.Outcome.REJECTED, Money.ZERO, "nee", null))))
                    .thenState(r -> assertThat(r.result()).isEqualTo(CouncilResult.NOT));
        }
    }

    @Nested
    class MonitoringTheYear {

        @Test
        void aRealisationIsRecordedAndResidentsAreToldOfFlaggedDeviations() {
            monitoring().when(AMBTENAAR, new RecordRealisation("realisatie-2026-q1", null))
                    .thenAccepted(e -> assertThat(e).singleElement().isInstanceOfSatisfying(RealisationRecorded.class, r -> {
                        assertThat(r.throughPeriod()).isEqualTo(1);
                        assertThat(r.realised()).isEqualTo(Money.of("2275000.00"));
                        assertThat(r.flagged()).isEqualTo(2);
                    }))
                    .thenNotified(n -> assertThat(n).extracting(x -> x.code()).containsExactly(P + "deviations-flagged"));
        }

        @Test
        void theRealisationMustBelongToTheBudget() {
            monitoring().when(AMBTENAAR, new RecordRealisation("realisatie-onbekend", null)).thenRejected(P + "realisation-unknown");
            monitoring().when(AMBTENAAR, new RecordRealisation("realisatie-2026-q1", "realisatie-onbekend")).thenRejected(P + "realisation-unknown");
            monitoring().when(AMBTENAAR, new RecordRealisation("realisatie-onbekende-regel", null)).thenRejected(P + "realisation-mismatch");
            monitoring().when(AMBTENAAR, new RecordRealisation("realisatie-2025-als-2026", null)).thenRejected(P + "realisation-mismatch");
        }

        @Test
        void theYearClosesAfterARealisation() {
            monitoring().when(FATIMA_R, new CloseRound()).thenRejected(P + "no-realisation");
            monitoring().given(AMBTENAAR, new RecordRealisation("realisatie-2026-q1", null)).when(FATIMA_R, new CloseRound())
                    .thenState(r -> assertThat(r.step()).isEqualTo(BudgetRoundStep.CLOSED));
        }

        @Test
        void theWorkflowKeepsTheGriffieForTheCouncilAndTheRoundClosed() {
            atCouncil().when(FATIMA_R, PARTLY).thenRejected("workflow.role-not-allowed");
            monitoring().given(AMBTENAAR, new RecordRealisation("realisatie-2026-q1", null)).given(FATIMA_R, new CloseRound())
                    .when(SANNE_SP, new JoinGroup(nl.participatie.core.value.PersonId.of("p-laat"))).thenRejected("workflow.step-not-allowed");
        }
    }
}
