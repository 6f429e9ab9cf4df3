package nl.participatie.budgetmonitoring;

import java.util.List;

import nl.participatie.budgetmonitoring.BudgetRoundCommand.AllocateToAreas;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.AnalyseProgramme;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CastVote;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CompleteAnalysis;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.CountVotes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.PresentToCouncil;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.ProposeReallocation;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordCouncilDecision;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.RecordSurveyRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SelectProgrammes;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.StartRound;
import nl.participatie.budgetmonitoring.BudgetRoundCommand.SubmitAlternativeBudget;
import nl.participatie.core.ProcessDefinition;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.Money;
import nl.participatie.core.value.MunicipalityCode;
import nl.participatie.core.value.PersonId;
import nl.participatie.testkit.Spec;

/** A small budget of a fictional municipality in 2026 and a resident group working on it, step by step. */
final class Fixtures {

    static final MunicipalityCode GM = MunicipalityCode.parse("GM0307");
    static final PersonId FATIMA = PersonId.of("p-fatima");
    static final PersonId JOOP = PersonId.of("p-joop");
    static final PersonId KEES = PersonId.of("p-kees");
    static final Actor FATIMA_R = Actor.of(FATIMA, BudgetmonitoringWorkflow.RESIDENT);
    static final Actor JOOP_R = Actor.of(JOOP, BudgetmonitoringWorkflow.RESIDENT);
    static final Actor KEES_R = Actor.of(KEES, BudgetmonitoringWorkflow.RESIDENT);
    static final Actor SANNE_SP = Actor.of("p-sanne", BudgetmonitoringWorkflow.SOCIAL_PROFESSIONAL);
    static final Actor AMBTENAAR = Actor.of("p-ambtenaar", BudgetmonitoringWorkflow.CIVIL_SERVANT);
    static final Actor GRIFFIER = Actor.of("p-griffier", BudgetmonitoringWorkflow.GRIFFIE);
    static final AreaCode WIJK = AreaCode.of("WK030701");
    static final AreaCode BUURT_A = AreaCode.of("BU03070101");
    static final AreaCode BUURT_B = AreaCode.of("BU03070102");
    static final AreaCode BUURT_C = AreaCode.of("BU03070103");
    static final SocialDomain POVERTY = SocialDomain.of("poverty");
    static final SocialDomain YOUTH = SocialDomain.of("youth");
    static final SocialDomain CARE = SocialDomain.of("care");

    static final String MEEDOEN = "Meedoen en inkomen";
    static final String JEUGD = "Jeugd en gezin";

    static final Budget BUDGET = new Budget(GM, 2026, List.of(
            line("bestuur", "0.1", "Bestuur", null, "2500000.00"),
            line("reserves", "0.10", "Financiën", null, "1200000.00"),
            line("bijzondere-bijstand", "6.3", MEEDOEN, null, "1000000.00"),
            line("schuldhulp", "6.3", MEEDOEN, WIJK, "600000.00"),
            line("buurtwerk", "6.1", MEEDOEN, null, "400000.00"),
            line("jeugd-ambulant", "6.751", JEUGD, null, "3000000.00"),
            line("huishoudelijke-hulp", "6.711", "Zorg", null, "2000000.00")));

    /** Quarter 1 of 2026: the youth line runs fast, the poverty line has not started. */
    static final Realisation Q1 = new Realisation(2026, Realisation.Periodicity.QUARTER, List.of(
            new Realisation.Amount("bestuur", 1, Money.of("625000.00")),
            new Realisation.Amount("jeugd-ambulant", 1, Money.of("900000.00")),
            new Realisation.Amount("huishoudelijke-hulp", 1, Money.of("500000.00")),
            new Realisation.Amount("buurtwerk", 1, Money.of("100000.00")),
            new Realisation.Amount("schuldhulp", 1, Money.of("150000.00"))));

    static final BudgetData DATA = new BudgetData().put("begroting-2026", BUDGET).put("realisatie-2026-q1", Q1)
            .put("realisatie-2025-als-2026", new Realisation(2025, Realisation.Periodicity.QUARTER, List.of()))
            .put("realisatie-onbekende-regel", new Realisation(2026, Realisation.Periodicity.QUARTER,
                    List.of(new Realisation.Amount("parkeren", 1, Money.euros(10)))));

    static final ProcessDefinition<BudgetRoundCommand, BudgetRoundEvent, BudgetRound, BudgetRoundStep> ROUNDS =
            BudgetmonitoringWorkflow.rounds(DATA, BudgetRoundRules.defaults(), SocialDomains.defaults());

    static final StartRound START = new StartRound(GM, 2026, "begroting-2026", DecisionMode.VOTES, List.of(JOOP, KEES));
    static final RecordSurveyRound SURVEY = new RecordSurveyRound(BUURT_A, 120, 45, List.of("Veel gezinnen kennen de bijzondere bijstand niet"));
    static final ProposeReallocation MOVE = new ProposeReallocation("jeugd-ambulant", "bijzondere-bijstand", Money.euros(150_000), List.of(1));
    static final ProposeReallocation INCREASE = new ProposeReallocation(null, "buurtwerk", Money.euros(50_000), List.of(1));

    private Fixtures() {
    }

    static BudgetLine line(String id, String taakveld, String programme, AreaCode area, String lasten) {
        return new BudgetLine(id, TaakveldCode.of(taakveld), programme, area, Money.of(lasten), Money.ZERO);
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> started() {
        return Spec.of(ROUNDS).given(FATIMA_R, START);
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> domainsChosen() {
        return started().given(FATIMA_R, new CastVote(FATIMA, List.of(POVERTY, YOUTH), Vote.Channel.DIGITAL))
                .given(SANNE_SP, new CastVote(JOOP, List.of(POVERTY), Vote.Channel.PAPER))
                .given(KEES_R, new CastVote(KEES, List.of(YOUTH, CARE), Vote.Channel.DIGITAL))
                .given(FATIMA_R, new CountVotes());
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> analysing() {
        return domainsChosen().given(FATIMA_R, new SelectProgrammes(List.of(MEEDOEN, JEUGD)));
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> analysed() {
        return analysing().given(FATIMA_R,
                new AnalyseProgramme(MEEDOEN, "Minder huishoudens in armoede", ProgrammeAnalysis.CycleMoment.KADERNOTA),
                new AnalyseProgramme(JEUGD, "Jeugdhulp dicht bij huis", ProgrammeAnalysis.CycleMoment.BEGROTING),
                new AllocateToAreas("bijzondere-bijstand", List.of(AreaShare.of("BU03070101", "50"), AreaShare.of("BU03070102", "50"))),
                SURVEY);
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> alternative() {
        return analysed().given(FATIMA_R, new CompleteAnalysis());
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> proposed() {
        return alternative().given(FATIMA_R, MOVE, INCREASE);
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> submitted() {
        return proposed().given(FATIMA_R, new SubmitAlternativeBudget(Money.euros(50_000)));
    }

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> atCouncil() {
        return submitted().given(GRIFFIER, new PresentToCouncil(CouncilProposal.Form.AMENDMENTS, java.time.LocalDate.of(2025, 11, 6), "A-2025-117"));
    }

    static final RecordCouncilDecision PARTLY = new RecordCouncilDecision(List.of(
            new Verdict(1, Verdict.Outcome.ADOPTED_AMENDED, Money.euros(100_000), "Deels gedekt", "A-2025-117"),
            new Verdict(2, Verdict.Outcome.REJECTED, Money.ZERO, "Geen dekking", null)));

    static Spec<BudgetRoundCommand, BudgetRoundEvent, BudgetRound> monitoring() {
        return atCouncil().given(GRIFFIER, PARTLY);
    }
}
